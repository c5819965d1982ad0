package reflux.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Placeholder for `reflux resolve` until its issue lands. */
@Command(name = "resolve", description = "Resolve substance names to structures.")
final class ResolveCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("reflux resolve: not implemented yet");
        return ExitCode.INTERNAL;
    }
}
