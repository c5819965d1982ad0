package reflux.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import reflux.route.RouteValidator;
import reflux.route.io.RouteProblem;
import reflux.text.TerminalText;

/**
 * {@code reflux validate ROUTE...}: checks route files against the schema, their references and units, and that
 * every substance resolves. Problems go to stderr as {@code file:line:col: field: message (suggestion)}; one
 * {@code file: ok} line per valid file to stdout. Exit 0 all valid, 1 some invalid, 3 some unreadable or missing,
 * 2 no files given.
 */
@Command(mixinStandardHelpOptions = true, name = "validate", description = "Validate route files (schema, units, references, substance names).")
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "ROUTE", description = "Route files (YAML, reflux.route/1).")
    List<Path> routes;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RouteValidator validator = RouteValidator.standard();
        boolean invalid = false;
        boolean unreadable = false;
        for (Path file : routes) {
            RouteValidator.Result r = validator.validate(file);
            if (r.isValid()) {
                out.println(TerminalText.escape(file.toString()) + ": ok (" + r.route().substances().size() + " substances resolved, "
                        + r.route().stages().size() + " stages)");
                continue;
            }
            for (RouteProblem p : r.problems()) {
                err.println(TerminalText.escape(p.format()));
            }
            if (r.readable()) {
                invalid = true;
            } else {
                unreadable = true;
            }
        }
        out.flush();
        err.flush();
        return unreadable ? ExitCode.INPUT : invalid ? ExitCode.FINDINGS : ExitCode.OK;
    }
}
