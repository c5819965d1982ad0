package reflux.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import reflux.identity.NameResolver;

/**
 * {@code reflux bench resolve}: names per second over the seed names, first pass (includes OPSIN's start-up), cold
 * (a fresh resolver with an empty cache each pass) and cached (the same resolver again).
 */
@Command(name = "resolve", mixinStandardHelpOptions = true,
        description = "Names per second, cold and cached, over ../shared/reference/seed-names.tsv.")
final class BenchResolveCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--names", paramLabel = "FILE", description = "Names file: a TSV with a name_as_written column, "
            + "or one name per line (default: ../shared/reference/seed-names.tsv above the working directory).")
    Path namesFile;

    @Option(names = "--rounds", description = "Cold passes (default ${DEFAULT-VALUE}).", defaultValue = "5")
    int rounds;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (rounds < 1) {
            err.println("reflux bench resolve: --rounds must be at least 1");
            return ExitCode.USAGE;
        }
        Path file = namesFile != null ? namesFile : findSeedNames();
        if (file == null) {
            err.println("reflux bench resolve: ../shared/reference/seed-names.tsv not found; give --names FILE");
            return ExitCode.INPUT;
        }
        List<String> names;
        try {
            names = readNames(file);
        } catch (IOException | RuntimeException e) {
            err.println("reflux bench resolve: cannot read " + file + ": " + NamesFile.reason(e));
            return ExitCode.INPUT;
        }
        if (names.isEmpty()) {
            err.println("reflux bench resolve: no names in " + file);
            return ExitCode.INPUT;
        }
        out.printf(Locale.ROOT, "reflux bench resolve: %d names from %s%n", names.size(), file);
        long t0 = System.nanoTime();
        pass(NameResolver.fresh(), names);
        double first = (System.nanoTime() - t0) / 1e6;
        out.printf(Locale.ROOT, "  first pass (includes OPSIN start-up) %9.1f ms  %10.1f names/s%n", first,
                names.size() / (first / 1000));
        double[] cold = new double[rounds];
        NameResolver warm = null;
        for (int i = 0; i < rounds; i++) {
            warm = NameResolver.fresh();
            long t = System.nanoTime();
            pass(warm, names);
            cold[i] = (System.nanoTime() - t) / 1e6;
        }
        double coldMedian = median(cold);
        out.printf(Locale.ROOT, "  cold, fresh resolver (median of %d)  %9.1f ms  %10.1f names/s%n", rounds,
                coldMedian, names.size() / (coldMedian / 1000));
        int cachedRounds = 1000;
        long t = System.nanoTime();
        for (int i = 0; i < cachedRounds; i++) {
            pass(warm, names);
        }
        double cachedMs = (System.nanoTime() - t) / 1e6 / cachedRounds;
        out.printf(Locale.ROOT, "  cached (mean of %d passes)          %9.3f ms  %10.0f names/s%n", cachedRounds,
                cachedMs, names.size() / (cachedMs / 1000));
        out.flush();
        return ExitCode.OK;
    }

    private static int pass(NameResolver resolver, List<String> names) {
        int resolved = 0;
        for (String n : names) {
            if (resolver.resolve(n).isResolved()) {
                resolved++;
            }
        }
        return resolved;
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static Path findSeedNames() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null) {
            Path candidate = p.resolveSibling("shared").resolve("reference/seed-names.tsv");
            if (Files.isReadable(candidate)) {
                return candidate;
            }
            p = p.getParent();
        }
        return null;
    }

    static List<String> readNames(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> names = new ArrayList<>();
        if (!lines.isEmpty() && lines.get(0).contains("\t")) {
            List<String> header = List.of(lines.get(0).split("\t", -1));
            int col = header.indexOf("name_as_written");
            if (col < 0) {
                throw new IOException("TSV without a name_as_written column");
            }
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split("\t", -1);
                if (cells.length > col && !cells[col].isBlank()) {
                    names.add(cells[col]);
                }
            }
            return names;
        }
        for (String line : lines) {
            if (!line.isBlank() && !line.startsWith("#")) {
                names.add(line.strip());
            }
        }
        return names;
    }
}
