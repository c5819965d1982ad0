package reflux.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Placeholder for `reflux bench resolve` until its issue lands. */
@Command(name = "resolve", description = "Names per second, cold and cached.")
final class BenchResolveCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("reflux bench resolve: not implemented yet");
        return ExitCode.INTERNAL;
    }
}
