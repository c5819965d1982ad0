package reflux.audit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import reflux.model.finding.Finding;
import reflux.model.finding.FindingCode;
import reflux.model.finding.Severity;

/** Collects what the checkers find; turned into an {@link AuditReport} at the end. Not thread-safe. */
final class AuditSink {

    final List<Finding> findings = new ArrayList<>();
    final List<AuditReport.AmountRow> amounts = new ArrayList<>();
    final List<AuditReport.YieldRow> yields = new ArrayList<>();
    final List<AuditReport.MassBalanceRow> massBalance = new ArrayList<>();
    final List<AuditReport.MetricsRow> metrics = new ArrayList<>();
    final List<AuditReport.VolumeRow> volumes = new ArrayList<>();
    final List<AuditReport.ConcentrationRow> concentrations = new ArrayList<>();
    final List<AuditReport.VesselRow> vessels = new ArrayList<>();
    private final Set<Assumption> assumptions = new LinkedHashSet<>();

    /** A finding at the code's default severity. */
    void add(FindingCode code, String message, String path, String quote, Finding.Comparison... numbers) {
        add(code.defaultSeverity(), code, message, path, quote, numbers);
    }

    /** A finding at a severity the checker decides (e.g. a missing amount that matters is a warning). */
    void add(Severity severity, FindingCode code, String message, String path, String quote,
             Finding.Comparison... numbers) {
        findings.add(new Finding(severity, code, message, path, quote, List.of(numbers)));
    }

    /**
     * An assumption a figure rests on: listed in the report and, unless {@code reported} (a checker already gave it
     * its own finding, e.g. HYDRATE_ASSUMED), an INFO finding of its code at the figure's path.
     */
    void assume(Assumption a, String quote, boolean reported) {
        if (assumptions.add(a) && !reported) {
            findings.add(new Finding(a.code().defaultSeverity(), a.code(), a.message(), a.path(), quote, List.of()));
        }
    }

    static Finding.Comparison cmp(String quantity, Double expected, Double actual, Double tolerance, String unit) {
        return new Finding.Comparison(quantity, expected, actual, tolerance, unit);
    }

    AuditReport report(String routeId) {
        return new AuditReport(routeId, findings, amounts, yields, massBalance, metrics, volumes, concentrations,
                vessels, assumptions.stream().map(Assumption::text).toList());
    }
}
