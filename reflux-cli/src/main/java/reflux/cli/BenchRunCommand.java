package reflux.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Placeholder for `reflux bench run` until its issue lands. */
@Command(name = "run", description = "In-process time of reflux run on the seed routes.")
final class BenchRunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("reflux bench run: not implemented yet");
        return ExitCode.INTERNAL;
    }
}
