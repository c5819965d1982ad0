package reflux.cli;

import picocli.CommandLine.Command;

/** {@code reflux bench ...}: throughput and latency figures for the notes (not timed unit tests). */
@Command(mixinStandardHelpOptions = true, name = "bench", description = "Measure throughput and latency (figures for notes and reports).",
        subcommands = {BenchResolveCommand.class, BenchRunCommand.class, BenchCheckCommand.class,
                BenchTrainCommand.class})
final class BenchCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
