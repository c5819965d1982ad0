package reflux.export;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import reflux.engine.Executor;
import reflux.route.RouteStructures;
import reflux.route.io.RouteLoad;
import reflux.route.io.RouteReader;
import reflux.testkit.SharedFiles;

/** The seed routes' exports, made once per test JVM (the engine and the resolver are heavy to build). */
final class ExportFixtures {

    static final RouteExport.ExportInfo INFO = new RouteExport.ExportInfo("reflux test", "tester",
            Instant.parse("2026-01-01T00:00:00Z"));
    private static final Map<String, RouteExport> CACHE = new HashMap<>();

    private ExportFixtures() {
    }

    /** The export of {@code routes/NAME} (a route without variants). */
    static synchronized RouteExport of(String name) {
        return CACHE.computeIfAbsent(name, n -> {
            RouteLoad load = new RouteReader().read(SharedFiles.repoRoot().resolve("routes/" + n));
            if (!load.isOk()) {
                throw new IllegalStateException("seed route " + n + " does not load: " + load.problems());
            }
            return RouteExport.of(load.route(), null, Executor.standard(), RouteStructures.standard(), "routes/" + n,
                    INFO);
        });
    }
}
