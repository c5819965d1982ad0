package reflux.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Placeholder for `reflux bench train` until its issue lands. */
@Command(name = "train", description = "Exercise the main code paths once (used to build the class-data-sharing archive).")
final class BenchTrainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("reflux bench train: not implemented yet");
        return ExitCode.INTERNAL;
    }
}
