package reflux.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Placeholder for `reflux bench` until its issue lands. */
@Command(name = "bench", description = "Measure throughput.")
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("reflux bench: not implemented yet");
        return ExitCode.INTERNAL;
    }
}
