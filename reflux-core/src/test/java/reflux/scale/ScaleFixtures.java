package reflux.scale;

import java.nio.file.Path;
import java.util.List;
import reflux.audit.Auditor;
import reflux.route.io.RouteLoad;
import reflux.route.io.RouteReader;
import reflux.testkit.SharedFiles;

/** The seed routes and one shared {@link ScaleUp} for the scale tests. */
final class ScaleFixtures {

    static final ScaleUp SCALE = new ScaleUp(Auditor.standard());

    private ScaleFixtures() {
    }

    static RouteLoad route(String name) {
        Path p = SharedFiles.repoRoot().resolve("routes/" + name);
        RouteLoad load = new RouteReader().read(p);
        if (!load.isOk()) {
            throw new IllegalStateException("seed route does not read: " + load.problems());
        }
        return load;
    }

    static ScaleResult scale(String route, String target, Double vesselL, String... yields) {
        List<YieldOverride> ys = java.util.Arrays.stream(yields).map(y -> YieldOverride.parse(y).value()).toList();
        Target t = Target.parse(target).value();
        return SCALE.scale(route(route), new ScaleRequest(t, ys, vesselL, ScaleRequest.DEFAULT_MAX_FILL_PCT, null));
    }

    static BatchSheet.Line line(BatchSheet sheet, String path) {
        return sheet.stages().stream().flatMap(s -> s.lines().stream()).filter(l -> l.path().equals(path))
                .findFirst().orElseThrow(() -> new AssertionError("no line " + path));
    }
}
