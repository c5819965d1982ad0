package reflux.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code reflux bench check [--rounds N] [ROUTE...]}: in-process time of the main job per route file (read + run +
 * audit): the first (cold, in this JVM) call and the median of N warm calls. Default: every routes/*.yaml.
 */
@Command(name = "check", description = "In-process time of reflux check per route (cold first call, warm median).")
final class BenchCheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--rounds", description = "Warm rounds per route (default ${DEFAULT-VALUE}).")
    int rounds = 50;

    @Parameters(paramLabel = "ROUTE", arity = "0..*", description = "Route files (default: routes/*.yaml).")
    List<Path> files = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        List<Path> routes = new ArrayList<>(files);
        if (routes.isEmpty() && Files.isDirectory(Path.of("routes"))) {
            try (Stream<Path> s = Files.list(Path.of("routes"))) {
                s.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(routes::add);
            }
        }
        if (routes.isEmpty()) {
            spec.commandLine().getErr().println("reflux bench check: no route files");
            return ExitCode.USAGE;
        }
        CheckJob job = new CheckJob(true);
        out.printf(Locale.ROOT, "%-45s %10s %10s %10s%n", "route", "first ms", "warm ms", "min ms");
        for (Path p : routes) {
            long t0 = System.nanoTime();
            CheckJob.Result first = job.process(p);
            double cold = (System.nanoTime() - t0) / 1e6;
            double[] warm = new double[Math.max(1, rounds)];
            for (int i = 0; i < warm.length; i++) {
                long t = System.nanoTime();
                job.process(p);
                warm[i] = (System.nanoTime() - t) / 1e6;
            }
            Arrays.sort(warm);
            out.printf(Locale.ROOT, "%-45s %10.1f %10.2f %10.2f%s%n", p.getFileName(), cold, warm[warm.length / 2],
                    warm[0], first.audit() == null ? "  (" + first.status() + ")" : "");
        }
        return ExitCode.OK;
    }
}
