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
import reflux.engine.Executor;
import reflux.engine.RuleLibrary;
import reflux.identity.NameResolver;
import reflux.model.route.Route;
import reflux.model.route.Variant;
import reflux.route.io.RouteLoad;
import reflux.route.io.RouteReader;

/**
 * {@code reflux bench run [ROUTE...]}: in-process time of executing each route (every variant). First the shared
 * start-up (rule library, OPSIN, CDK, InChI library, route schema) is timed on its own; then per route cold (its
 * first run on the shared {@link Executor#standard()}, whose resolution and facts caches already hold what earlier
 * routes of this call filled; the JIT still cold for the first route) and warm (the same executor again, median of
 * {@code --rounds}).
 */
@Command(mixinStandardHelpOptions = true, name = "run", description = "In-process time of reflux run on the seed routes (cold and warm ms).")
final class BenchRunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--rounds", description = "Warm runs per route (default ${DEFAULT-VALUE}).", defaultValue = "20")
    int rounds;

    @Parameters(arity = "0..*", paramLabel = "ROUTE", description = "Route files (default: routes/*.yaml).")
    List<Path> files;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (rounds < 1) {
            err.println("reflux bench run: --rounds must be at least 1");
            return ExitCode.USAGE;
        }
        List<Path> routes = files == null || files.isEmpty() ? defaultRoutes() : files;
        if (routes.isEmpty()) {
            err.println("reflux bench run: no route files given and none in routes/");
            return ExitCode.INPUT;
        }
        out.printf(Locale.ROOT, "reflux bench run: %d route(s), warm = median of %d%n", routes.size(), rounds);
        long s0 = System.nanoTime();
        RuleLibrary.standard();
        NameResolver.standard().resolve("thiourea");
        NameResolver.standard().resolve("5-chloro-2-methylhexan-3-one"); // a name only OPSIN parses
        new RouteReader().read(routes.get(0));
        out.printf(Locale.ROOT, "  start-up (rule library, OPSIN, CDK, InChI, route schema): %.1f ms%n",
                (System.nanoTime() - s0) / 1e6);
        out.printf(Locale.ROOT, "  %-36s %9s %9s %9s%n", "route", "cold ms", "warm ms", "warm min");
        int exit = ExitCode.OK;
        for (Path p : routes) {
            RouteLoad load = new RouteReader().read(p);
            if (!load.isOk()) {
                // skipped, and the exit code says so: 3 for a file that does not read, 1 for an invalid route
                err.println("reflux bench run: " + p + ": " + (load.readable() ? "invalid" : "unreadable")
                        + " route, skipped");
                exit = Math.max(exit, load.readable() ? ExitCode.FINDINGS : ExitCode.INPUT);
                continue;
            }
            Route route = load.route();
            long t0 = System.nanoTime();
            Executor executor = Executor.standard();
            runAll(executor, route);
            double cold = (System.nanoTime() - t0) / 1e6;
            double[] warm = new double[rounds];
            for (int i = 0; i < rounds; i++) {
                long t = System.nanoTime();
                runAll(executor, route);
                warm[i] = (System.nanoTime() - t) / 1e6;
            }
            double[] sorted = warm.clone();
            Arrays.sort(sorted);
            out.printf(Locale.ROOT, "  %-36s %9.1f %9.1f %9.1f%n", route.id(), cold, sorted[sorted.length / 2],
                    sorted[0]);
        }
        out.flush();
        return exit;
    }

    private static void runAll(Executor executor, Route route) {
        if (route.variants().isEmpty()) {
            executor.run(route, null);
        } else {
            for (Variant v : route.variants()) {
                executor.run(route, v);
            }
        }
    }

    private static List<Path> defaultRoutes() throws IOException {
        Path dir = Path.of("routes");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return new ArrayList<>(s.filter(f -> f.toString().endsWith(".yaml")).sorted().toList());
        }
    }
}
