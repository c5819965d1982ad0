package reflux.claims;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import reflux.engine.Executor;
import reflux.engine.RuleLibrary;
import reflux.model.route.Route;
import reflux.model.route.Variant;
import reflux.model.run.RunResult;
import reflux.route.io.RouteLoad;
import reflux.route.io.RouteReader;

/**
 * Claim charts of route files: finds the claim file of a route's own document ({@code claims/NNN.yaml} for a route
 * whose {@code documents} name seed NNN) and the example a route takes "as per the procedure given in Example N"
 * (a route file beside it whose id ends in {@code exampleN} and that has the same documents), executed with the
 * same engine.
 *
 * <pre>{@code
 * ClaimCharts charts = ClaimCharts.standard();
 * ClaimChart c = charts.chart(claimSet, routeFile, route, variant, run);
 * }</pre>
 *
 * <p>Thread-safe; the incorporated examples are memoised per instance.
 */
public final class ClaimCharts {

    private final ClaimCharter charter;
    private final Executor executor;
    private final RouteReader reader = new RouteReader();
    private final Map<Path, Optional<RouteFacts>> examples = new ConcurrentHashMap<>();

    public ClaimCharts(ClaimCharter charter, Executor executor) {
        this.charter = charter;
        this.executor = executor;
    }

    public static ClaimCharts standard() {
        return new ClaimCharts(ClaimCharter.standard(), Executor.standard());
    }

    public ClaimCharter charter() {
        return charter;
    }

    /** The document number ("001") of a route's first seed document, or empty. */
    public static Optional<String> document(Route route) {
        return route.documents().stream().map(d -> d.length() >= 3 ? d.substring(0, 3) : d)
                .filter(d -> d.matches("\\d{3}")).findFirst();
    }

    /** The chart of one executed variant (run may be null) of the route read from {@code file} (may be null). */
    public ClaimChart chart(ClaimSet set, Path file, Route route, Variant variant, RunResult run) {
        RouteFacts facts = RouteFacts.of(route, variant, run, RuleLibrary.standard());
        return charter.chart(set, facts, file == null ? null : incorporated(file, route).orElse(null));
    }

    /** The facts of the example the route incorporates by reference, when a file beside it holds that example. */
    Optional<RouteFacts> incorporated(Path file, Route route) {
        Integer n = null;
        for (var stage : route.stages()) {
            for (var step : stage.steps()) {
                for (var op : step.operations()) {
                    for (String t : new String[] {op.details(), op.source().quote(), step.source().quote()}) {
                        Matcher m = t == null ? null : LimitationChecks.BY_REFERENCE.matcher(t);
                        if (m != null && m.find()) {
                            n = Integer.parseInt(m.group(1));
                        }
                    }
                }
            }
        }
        if (n == null) {
            return Optional.empty();
        }
        String suffix = "example" + n;
        Path dir = file.toAbsolutePath().getParent();
        if (dir == null) {
            return Optional.empty();
        }
        List<Path> candidates;
        try (Stream<Path> s = Files.list(dir)) {
            candidates = s.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            return Optional.empty();
        }
        for (Path p : candidates) {
            if (p.toAbsolutePath().equals(file.toAbsolutePath())) {
                continue;
            }
            RouteLoad load = reader.read(p);
            if (!load.isOk() || !load.route().id().endsWith(suffix)
                    || !load.route().documents().equals(route.documents())) {
                continue;
            }
            return examples.computeIfAbsent(p.toAbsolutePath().normalize(), k -> {
                Route r = load.route();
                Variant v = r.variants().isEmpty() ? null : r.variants().get(0);
                return Optional.of(RouteFacts.of(r, v, executor.run(r, v), RuleLibrary.standard()));
            });
        }
        return Optional.empty();
    }
}
