package reflux.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code reflux check [--json] [--fail-on LEVEL] ROUTE...}: the main job. Each route file is read, executed in
 * silico and audited; several files give one JSON document (or one text report). Exit 0 ok, 1 findings at or above
 * --fail-on (default error) or invalid route files, 2 usage, 3 a file cannot be read.
 */
@Command(name = "check", description = "Run and audit routes (the main job).")
final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print one JSON document for all files.")
    boolean json;

    @Option(names = "--fail-on", paramLabel = "LEVEL", description = "Exit 1 when a finding is at least LEVEL: "
            + "error (default), warning, info, never.", converter = FailOnConverter.class)
    AuditOutput.FailOn failOn = AuditOutput.FailOn.ERROR;

    @Option(names = "--brief", description = "Leave INFO findings out of the text report.")
    boolean brief;

    @Parameters(paramLabel = "ROUTE", arity = "1..*", description = "Route files (YAML).")
    List<Path> routes = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        return runAll(spec, "check", routes, new CheckJob(true), json, failOn, brief);
    }

    static int runAll(CommandSpec spec, String command, List<Path> files, CheckJob job, boolean json,
                      AuditOutput.FailOn failOn, boolean brief) throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<CheckJob.Result> results = new ArrayList<>();
        for (Path f : files) {
            CheckJob.Result r = job.process(f);
            results.add(r);
            if (!r.problems().isEmpty()) {
                r.problems().forEach(p -> err.println("reflux " + command + ": " + p));
            }
        }
        int exit = AuditOutput.exitCode(results, failOn);
        if (json) {
            AuditOutput.json(out, command, results, exit);
        } else {
            AuditOutput.text(out, results, !brief);
        }
        out.flush();
        return exit;
    }
}
