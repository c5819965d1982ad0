package reflux.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Placeholder for `reflux validate` until its issue lands. */
@Command(name = "validate", description = "Validate route files.")
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("reflux validate: not implemented yet");
        return ExitCode.INTERNAL;
    }
}
