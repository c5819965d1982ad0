package reflux.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Placeholder for `reflux check` until its issue lands. */
@Command(name = "check", description = "Run and audit a route (the main job).")
final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("reflux check: not implemented yet");
        return ExitCode.INTERNAL;
    }
}
