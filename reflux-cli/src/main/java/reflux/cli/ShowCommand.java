package reflux.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import reflux.route.RouteSummary;
import reflux.route.io.RouteLoad;
import reflux.route.io.RouteProblem;
import reflux.route.io.RouteReader;
import reflux.text.TerminalText;

/**
 * {@code reflux show ROUTE}: a readable summary of a route file (stages, steps, operations, charges with amounts,
 * conditions, outcomes with analytics). Exit 0 shown, 1 the file has problems, 3 unreadable.
 */
@Command(mixinStandardHelpOptions = true, name = "show", description = "Print a readable summary of a route.")
final class ShowCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1", paramLabel = "ROUTE", description = "Route file (YAML, reflux.route/1).")
    Path route;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RouteLoad load = new RouteReader().read(route);
        if (!load.isOk()) {
            for (RouteProblem p : load.problems()) {
                err.println(TerminalText.escape(p.format()));
            }
            return load.readable() ? ExitCode.FINDINGS : ExitCode.INPUT;
        }
        out.print(TerminalText.escapeKeepingLines(RouteSummary.text(load.route())));
        out.flush();
        return ExitCode.OK;
    }
}
