package reflux.report;

import static reflux.report.Html.escape;
import static reflux.report.ReportCharts.fmt;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.Optional;
import reflux.audit.AuditReport;
import reflux.audit.AuditReport.YieldRow;
import reflux.claims.ClaimChart;
import reflux.model.finding.Finding;
import reflux.scale.BatchSheet;
import reflux.scale.BatchSheet.BomLine;
import reflux.scale.BatchSheet.StageSheet;

/** The report's tables as HTML: findings with their quotes, yields, the claim chart and the scale-up sheet. */
final class ReportTables {

    private ReportTables() {
    }

    /** Findings worst first, each with its location in the route file and the quote it rests on. */
    static void findings(StringBuilder sb, List<Finding> findings, Function<String, Optional<String>> locate,
                         boolean withInfo) {
        List<Finding> shown = findings.stream().filter(f -> withInfo || f.severity() != reflux.model.finding.Severity.INFO)
                .sorted(java.util.Comparator.comparingInt(f -> f.severity().ordinal())).toList();
        if (shown.isEmpty()) {
            sb.append("<p class=\"muted\">No findings.</p>");
            return;
        }
        sb.append("<table class=\"findings\"><thead><tr><th>severity</th><th>code</th><th>finding</th>"
                + "<th>where</th><th>quote</th></tr></thead><tbody>");
        for (Finding f : shown) {
            String where = f.path() == null ? "" : locate.apply(f.path()).map(l -> l + " ").orElse("") + f.path();
            sb.append("<tr class=\"sev-").append(f.severity().name().toLowerCase(Locale.ROOT)).append("\"><td>")
                    .append("<span class=\"sev\">").append(f.severity()).append("</span></td><td><code>")
                    .append(f.code()).append("</code></td><td>").append(escape(f.message())).append("</td><td class=\"path\">")
                    .append(escape(where)).append("</td><td>").append(f.quote() == null ? ""
                            : "<q>" + escape(f.quote()) + "</q>").append("</td></tr>");
        }
        sb.append("</tbody></table>");
    }

    /** The yields per stage and for the route. */
    static void yields(StringBuilder sb, AuditReport audit) {
        if (audit.yields().isEmpty()) {
            return;
        }
        sb.append("<table class=\"num\"><thead><tr><th>stage</th><th>product</th><th>mass g</th><th>mol</th>"
                + "<th>limiting</th><th>molar yield %</th><th>w/w %</th><th>stated %</th><th>purity %</th>"
                + "<th>purity-corrected %</th><th>note</th></tr></thead><tbody>");
        for (YieldRow y : audit.yields()) {
            sb.append("<tr><td>").append(escape(y.stage())).append("</td><td class=\"text\">").append(escape(y.product()))
                    .append("</td><td>").append(fmt(y.productMassG())).append("</td><td>").append(mol(y.productMoles()))
                    .append("</td><td class=\"text\">").append(escape(y.limiting())).append("</td><td><b>").append(fmt(y.molarYieldPct()))
                    .append("</b></td><td>").append(fmt(y.wwYieldPct())).append("</td><td>").append(fmt(y.statedYieldPct()))
                    .append("</td><td>").append(fmt(y.purityPct())).append("</td><td>").append(fmt(y.purityCorrectedYieldPct()))
                    .append("</td><td class=\"text\">").append(escape(y.note())).append("</td></tr>");
        }
        sb.append("</tbody></table>");
    }

    /** Green metrics as figures beside the chart. */
    static void metrics(StringBuilder sb, AuditReport audit) {
        sb.append("<table class=\"num\"><thead><tr><th>scope</th><th>PMI</th><th>reactants</th><th>reagents</th>"
                + "<th>solvents</th><th>water</th><th>E-factor</th><th>atom economy %</th><th>RME %</th><th>note</th>"
                + "</tr></thead><tbody>");
        for (AuditReport.MetricsRow m : audit.metrics()) {
            sb.append("<tr><td>").append(escape(m.scope())).append("</td><td><b>").append(m.pmiLowerBound() ? "≥ " : "")
                    .append(fmt(m.pmi())).append("</b></td><td>").append(fmt(m.pmiReactants())).append("</td><td>")
                    .append(fmt(m.pmiReagents())).append("</td><td>").append(fmt(m.pmiSolvents())).append("</td><td>")
                    .append(fmt(m.pmiWater())).append("</td><td>").append(fmt(m.eFactor())).append("</td><td>")
                    .append(fmt(m.atomEconomyPct())).append("</td><td>").append(fmt(m.rmePct()))
                    .append("</td><td class=\"text\">").append(escape(m.note())).append("</td></tr>");
        }
        sb.append("</tbody></table>");
    }

    /** The mass balance figures beside the picture. */
    static void massBalance(StringBuilder sb, AuditReport audit) {
        sb.append("<table class=\"num\"><thead><tr><th>stage</th><th>in g</th><th>product g</th><th>by-products g</th>"
                + "<th>unaccounted g</th><th>liquids g</th><th>residue g</th><th>by-products</th><th>note</th>"
                + "</tr></thead><tbody>");
        for (AuditReport.MassBalanceRow m : audit.massBalance()) {
            sb.append("<tr><td>").append(escape(m.stage())).append("</td><td>").append(fmt(m.inputsG())).append("</td><td>")
                    .append(fmt(m.productG())).append("</td><td>").append(fmt(m.byProductsG())).append("</td><td>")
                    .append(fmt(m.unaccountedG())).append("</td><td>").append(fmt(m.liquidsG())).append("</td><td>")
                    .append(fmt(m.residueG())).append("</td><td class=\"text\">").append(escape(String.join(", ", m.byProducts())))
                    .append("</td><td class=\"text\">").append(escape(m.note())).append("</td></tr>");
        }
        sb.append("</tbody></table>");
    }

    /** The claim chart: each claim's verdict, its words, and the first failing limitation or the design-around. */
    static void claims(StringBuilder sb, ClaimChart chart) {
        sb.append("<table class=\"claims\"><thead><tr><th>claim</th><th>verdict</th><th>claim text</th>"
                + "<th>first failing limitation / design-around</th></tr></thead><tbody>");
        for (ClaimChart.Result r : chart.claims()) {
            String why = r.firstFailing() != null ? r.firstFailing() : String.join("; ", r.designAround());
            sb.append("<tr><td>").append(r.claim()).append(r.dependsOn().isEmpty() ? "" : " <span class=\"muted\">(of "
                    + r.dependsOn().stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", ")) + ")</span>")
                    .append("</td><td><span class=\"verdict v-").append(r.verdict().name().toLowerCase(Locale.ROOT))
                    .append("\">").append(r.verdict()).append("</span></td><td class=\"quote\">")
                    .append(escape(r.text().text())).append("</td><td>").append(escape(why)).append("</td></tr>");
        }
        sb.append("</tbody></table>");
    }

    /** The scale-up sheet: per stage its factor, yield basis and bill of materials. */
    static void scale(StringBuilder sb, BatchSheet b) {
        sb.append("<p>Target <b>").append(escape(b.target())).append("</b> (").append(fmt(b.targetKg()))
                .append(" kg of <code>").append(escape(b.product())).append("</code>, matched by ")
                .append(escape(b.matchedBy())).append(")").append(b.vesselL() == null ? ""
                        : "; vessel " + fmt(b.vesselL()) + " L").append(b.pmiMax() == null ? ""
                        : "; route PMI " + (b.pmiLowerBound() ? "≥ " : "") + range(b.pmiMin(), b.pmiMax())).append(".</p>");
        for (StageSheet s : b.stages()) {
            sb.append("<h4>Stage ").append(escape(s.stage())).append(": ").append(escape(s.name())).append("</h4><p>")
                    .append("scale factor ").append(range(s.factorMin(), s.factorMax())).append("; yield: ")
                    .append(escape(s.yieldBasis())).append("; makes ").append(range(s.productKgMin(), s.productKgMax()))
                    .append(" kg").append(s.batches() == null ? "" : "; " + s.batches() + " batch(es)")
                    .append(s.vesselNote() == null ? "" : " — " + escape(s.vesselNote())).append("</p>");
            sb.append("<table class=\"num\"><thead><tr><th>material</th><th>kind</th><th>kg</th><th>L</th>"
                    + "<th>density g/mL</th><th>density source</th></tr></thead><tbody>");
            for (BomLine m : s.bom()) {
                sb.append("<tr><td class=\"text\">").append(escape(m.name() == null ? m.substance() : m.name()))
                        .append("</td><td class=\"text\">").append(escape(m.kind())).append("</td><td>")
                        .append(m.kgMax() == null ? "–" : range(m.kgMin(), m.kgMax())).append("</td><td>")
                        .append(m.litresMax() == null ? "–" : range(m.litresMin(), m.litresMax())).append("</td><td>")
                        .append(fmt(m.density())).append("</td><td class=\"text\">").append(escape(m.densitySource()))
                        .append("</td></tr>");
            }
            sb.append("</tbody></table>");
        }
        b.notes().forEach(n -> sb.append("<p class=\"muted\">").append(escape(n)).append("</p>"));
    }

    private static String range(Double lo, Double hi) {
        return lo == null || hi == null || Math.abs(lo - hi) < 1e-9 * Math.max(1, Math.abs(hi)) ? fmt(hi)
                : fmt(lo) + "–" + fmt(hi);
    }

    private static String mol(Double d) {
        return d == null ? "–" : String.format(Locale.ROOT, "%.4f", d);
    }
}
