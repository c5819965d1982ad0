package reflux.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import reflux.claims.ClaimChart;
import reflux.claims.ClaimCharts;
import reflux.claims.ClaimsReader;
import reflux.model.finding.Finding;
import reflux.model.finding.FindingCode;
import reflux.model.route.Route;
import reflux.model.route.Variant;
import reflux.model.run.RunResult;

/**
 * The claim chart {@code reflux check} adds to each executed variant: the route against the claims of its own
 * document ({@code claims/NNN.yaml} beside the route's folder, or in the working directory), one INFO finding per
 * claim. Thread-safe; claim files are read once per instance.
 */
public final class ClaimFindings {

    private final ClaimCharts charts = ClaimCharts.standard();
    private final ClaimsReader reader = new ClaimsReader();
    private final java.util.Map<Path, ClaimsReader.Load> loads = new ConcurrentHashMap<>();

    /** The claim file of the route's document, if there is one. */
    public static Optional<Path> claimsFile(Path routeFile, Route route, Path claimsDir) {
        Optional<String> doc = ClaimCharts.document(route);
        if (doc.isEmpty()) {
            return Optional.empty();
        }
        List<Path> dirs = new ArrayList<>();
        if (claimsDir != null) {
            dirs.add(claimsDir);
        }
        Path parent = routeFile.toAbsolutePath().getParent();
        if (parent != null && parent.getParent() != null) {
            dirs.add(parent.getParent().resolve("claims"));
        }
        dirs.add(Path.of("claims"));
        return dirs.stream().map(d -> d.resolve(doc.get() + ".yaml")).filter(Files::isRegularFile).findFirst();
    }

    public ClaimsReader.Load load(Path file) {
        return loads.computeIfAbsent(file.toAbsolutePath().normalize(), reader::read);
    }

    /** The chart (null when the route's document has no claim file) and its findings. */
    public record Charted(ClaimChart chart, List<Finding> findings) {
    }

    public Charted chart(Path routeFile, Route route, Variant variant, RunResult run) {
        Optional<Path> file = claimsFile(routeFile, route, null);
        if (file.isEmpty()) {
            return new Charted(null, List.of());
        }
        ClaimsReader.Load load = load(file.get());
        if (!load.isOk()) {
            return new Charted(null, load.problems().stream().map(p -> new Finding(FindingCode.CLAIMS_INVALID
                    .defaultSeverity(), FindingCode.CLAIMS_INVALID, p.format(), null, null, List.of())).toList());
        }
        ClaimChart chart;
        try {
            chart = charts.chart(load.claims(), routeFile, route, variant, run);
        } catch (RuntimeException e) {
            // a bug in the chart must not stop the check: the route's own findings stand
            return new Charted(null, List.of());
        }
        List<Finding> out = new ArrayList<>();
        for (ClaimChart.Result r : chart.claims()) {
            FindingCode code = switch (r.verdict()) {
                case READS -> FindingCode.CLAIM_READS;
                case DOES_NOT_READ -> FindingCode.CLAIM_DOES_NOT_READ;
                case UNDETERMINED -> FindingCode.CLAIM_UNDETERMINED;
            };
            String why = r.firstFailing() != null ? ": " + r.firstFailing()
                    : !r.designAround().isEmpty() ? "; design-around: " + r.designAround().get(0) : "";
            out.add(new Finding(code.defaultSeverity(), code, "claim " + r.claim() + " of " + chart.document() + " "
                    + r.verdict() + why, null, r.text().text(), List.of()));
        }
        return new Charted(chart, out);
    }
}
