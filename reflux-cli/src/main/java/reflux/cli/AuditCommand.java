package reflux.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Placeholder for `reflux audit` until its issue lands. */
@Command(name = "audit", description = "Audit a route.")
final class AuditCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("reflux audit: not implemented yet");
        return ExitCode.INTERNAL;
    }
}
