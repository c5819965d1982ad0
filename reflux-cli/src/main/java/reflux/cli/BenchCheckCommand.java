package reflux.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import reflux.audit.Auditor;
import reflux.engine.Executor;
import reflux.model.run.RunResult;
import reflux.route.io.RouteLoad;
import reflux.route.io.RouteReader;

/**
 * {@code reflux bench check [--rounds N] [ROUTE...]}: in-process time of the main job per route file (read + run +
 * audit): the first (cold, in this JVM) call, then warm medians of reading, running, auditing and their total.
 * Default: every routes/*.yaml.
 */
@Command(mixinStandardHelpOptions = true, name = "check", description = "In-process time of reflux check per route (cold first call, warm median).")
final class BenchCheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--rounds", description = "Warm rounds per route (default ${DEFAULT-VALUE}).")
    int rounds = 20;

    @Parameters(paramLabel = "ROUTE", arity = "0..*", description = "Route files (default: routes/*.yaml).")
    List<Path> files = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        List<Path> routes = files.isEmpty() ? BenchCommand.routeFiles(Path.of("routes")) : files;
        if (routes.isEmpty()) {
            spec.commandLine().getErr().println("reflux bench check: no route files");
            return ExitCode.USAGE;
        }
        RouteReader reader = new RouteReader();
        out.printf(Locale.ROOT, "%-36s %9s | %8s %8s %8s %8s  (warm medians, ms, %d rounds)%n", "route", "first ms",
                "read", "run", "audit", "total", rounds);
        for (Path p : routes) {
            long t0 = System.nanoTime();
            new CheckJob(true).process(p);
            double cold = (System.nanoTime() - t0) / 1e6;
            int n = Math.max(1, rounds);
            double[][] ms = new double[4][n];
            for (int i = 0; i < n; i++) {
                long a = System.nanoTime();
                RouteLoad load = reader.read(p);
                long b = System.nanoTime();
                RunResult run = load.isOk() ? Executor.standard().run(load.route(), null) : null;
                long c = System.nanoTime();
                if (load.isOk()) {
                    Auditor.standard().audit(load.route(), run);
                }
                long d = System.nanoTime();
                ms[0][i] = (b - a) / 1e6;
                ms[1][i] = (c - b) / 1e6;
                ms[2][i] = (d - c) / 1e6;
                ms[3][i] = (d - a) / 1e6;
            }
            for (double[] m : ms) {
                Arrays.sort(m);
            }
            out.printf(Locale.ROOT, "%-36s %9.1f | %8.2f %8.2f %8.2f %8.2f%n", p.getFileName(), cold, ms[0][n / 2],
                    ms[1][n / 2], ms[2][n / 2], ms[3][n / 2]);
        }
        return ExitCode.OK;
    }
}
