package reflux.cli;

import reflux.report.RouteCheck;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
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
import reflux.model.route.Route;
import reflux.model.route.Variant;
import reflux.model.run.RunResult;
import reflux.route.RouteValidator;

/**
 * {@code reflux bench check [--rounds N] [ROUTE...]}: in-process time of the main job per route file (validate +
 * run + audit, every variant): the first (cold, in this JVM) call, then warm medians of validating (reading and
 * resolving every substance), running and auditing every variant, and their total. Default: every routes/*.yaml.
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
        RouteValidator validator = RouteValidator.standard();
        out.printf(Locale.ROOT, "%-36s %9s | %8s %8s %8s %8s  (warm medians, ms, %d rounds)%n", "route", "first ms",
                "validate", "run", "audit", "total", rounds);
        RouteCheck job = RouteCheck.check();
        int exit = ExitCode.OK;
        for (Path p : routes) {
            long t0 = System.nanoTime();
            RouteCheck.Result first = job.process(p);
            double cold = (System.nanoTime() - t0) / 1e6;
            if (!"ok".equals(first.status())) {
                // not timed, and the exit code says so: 3 for a file that does not read, 1 for an invalid route
                spec.commandLine().getErr().println("reflux bench check: " + p + ": " + first.status()
                        + " route, skipped");
                exit = Math.max(exit, first.unreadable() ? ExitCode.INPUT : ExitCode.FINDINGS);
                continue;
            }
            int n = Math.max(1, rounds);
            double[][] ms = new double[4][n];
            for (int i = 0; i < n; i++) {
                long a = System.nanoTime();
                Route route = validator.validate(p).route();
                long b = System.nanoTime();
                List<RunResult> runs = route == null ? List.of() : runs(route);
                long c = System.nanoTime();
                runs.forEach(run -> Auditor.standard().audit(route, run));
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
        return exit;
    }

    /** One run per variant, as {@code check} does (one run without a variant for a route that has none). */
    private static List<RunResult> runs(Route route) {
        List<Variant> variants = route.variants().isEmpty() ? Collections.singletonList(null) : route.variants();
        List<RunResult> runs = new ArrayList<>();
        for (Variant v : variants) {
            runs.add(Executor.standard().run(route, v));
        }
        return runs;
    }
}
