package reflux.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Placeholder for `reflux show` until its issue lands. */
@Command(name = "show", description = "Print a readable summary of a route.")
final class ShowCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("reflux show: not implemented yet");
        return ExitCode.INTERNAL;
    }
}
