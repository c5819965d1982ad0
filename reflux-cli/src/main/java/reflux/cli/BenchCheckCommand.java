package reflux.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Placeholder for `reflux bench check` until its issue lands. */
@Command(name = "check", description = "In-process time of reflux check on the seed routes.")
final class BenchCheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("reflux bench check: not implemented yet");
        return ExitCode.INTERNAL;
    }
}
