package reflux.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine.Command;

/** {@code reflux bench ...}: throughput and latency figures for the notes (not timed unit tests). */
@Command(mixinStandardHelpOptions = true, name = "bench", description = "Measure throughput and latency (figures for notes and reports).",
        subcommands = {BenchResolveCommand.class, BenchNamesCommand.class, BenchRunCommand.class, BenchCheckCommand.class,
                BenchTrainCommand.class, BenchExtractCommand.class, BenchServeCommand.class, BenchRolesCommand.class,
                BenchDeriveRulesCommand.class, BenchCorpusCommand.class, BenchCoverageCommand.class})
final class BenchCommand implements java.util.concurrent.Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** Without a subcommand there is nothing to measure: the usage on stderr, exit 2 (unusable arguments). */
    @Override
    public Integer call() {
        spec.commandLine().getErr().println("reflux bench: name what to measure (resolve, run, check, train, extract, serve)");
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.USAGE;
    }

    /** The {@code *.yaml} files of {@code dir}, sorted; empty when it is not a folder (the benches' default input). */
    static List<Path> routeFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }
}
