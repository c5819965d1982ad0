package reflux.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import reflux.report.RouteCheck;
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

    /**
     * Processes {@code files} with {@code job} and prints the report; returns the exit code. Each file's report comes
     * from the persistent memo when its inputs and the code are unchanged ({@link CheckMemo}; off with
     * REFLUX_NO_CACHE=1), and is printed the same either way.
     */
    int run(CommandSpec spec, String command, List<Path> files, RouteCheck job) throws Exception {
        return run(spec, command, files, job, CheckMemo.fromEnvironment());
    }

    /** As above with the memo given (tests). */
    int run(CommandSpec spec, String command, List<Path> files, RouteCheck job, Optional<CheckMemo> memo)
            throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        AuditOutput.Mode mode = json ? AuditOutput.Mode.JSON : brief ? AuditOutput.Mode.BRIEF : AuditOutput.Mode.TEXT;
        List<AuditOutput.FileReport> results = new ArrayList<>();
        java.util.concurrent.atomic.AtomicBoolean warming = new java.util.concurrent.atomic.AtomicBoolean();
        for (Path f : files) {
            Callable<AuditOutput.FileReport> compute = () -> {
                if (memo.isPresent() && !warming.getAndSet(true)) {
                    Warmup.startFor(command); // not started at launch: the memo might have answered every file
                }
                return AuditOutput.report(job.process(f), mode);
            };
            AuditOutput.FileReport r = memo.isPresent() ? memo.get().report(command, mode, f, compute)
                    : compute.call();
            results.add(r);
            r.problems().forEach(p -> err.println("reflux " + command + ": " + TerminalText.escape(p)));
        }
        int exit = AuditOutput.exitCode(results, failOn);
        if (json) {
            AuditOutput.json(out, command, results, exit);
        } else {
            AuditOutput.text(out, results);
        }
        out.flush();
        return exit;
    }
}
