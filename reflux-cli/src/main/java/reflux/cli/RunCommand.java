package reflux.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Placeholder for `reflux run` until its issue lands. */
@Command(name = "run", description = "Execute a route in silico.")
final class RunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("reflux run: not implemented yet");
        return ExitCode.INTERNAL;
    }
}
