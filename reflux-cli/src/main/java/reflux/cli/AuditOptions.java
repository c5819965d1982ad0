package reflux.cli;

import reflux.report.RouteCheck;
import reflux.report.CheckJson;
import reflux.report.CheckText;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import reflux.text.TerminalText;

/**
 * The report options {@code reflux audit} and {@code reflux check} share ({@code --json}, {@code --fail-on},
 * {@code --brief}) as a picocli mixin, and the loop both run: process each route file, print its problems to stderr,
 * print one report (text or JSON) to stdout and return the exit code.
 */
final class AuditOptions {

    @Option(names = "--json", description = "Print one JSON document (one for all files).")
    boolean json;

    @Option(names = "--fail-on", paramLabel = "LEVEL", description = "Exit 1 when a finding is at least LEVEL: "
            + "error (default), warning, info, never.", converter = FailOnConverter.class)
    AuditOutput.FailOn failOn = AuditOutput.FailOn.ERROR;

    @Option(names = "--brief", description = "Leave INFO findings out of the text report.")
    boolean brief;

    /** Processes {@code files} with {@code job} and prints the report; returns the exit code. */
    int run(CommandSpec spec, String command, List<Path> files, RouteCheck job) throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<RouteCheck.Result> results = new ArrayList<>();
        for (Path f : files) {
            RouteCheck.Result r = job.process(f);
            results.add(r);
            r.problems().forEach(p -> err.println("reflux " + command + ": " + TerminalText.escape(p)));
        }
        int exit = AuditOutput.exitCode(results, failOn);
        if (json) {
            CheckJson.json(out, command, results, exit);
        } else {
            CheckText.text(out, results, !brief);
        }
        out.flush();
        return exit;
    }
}
