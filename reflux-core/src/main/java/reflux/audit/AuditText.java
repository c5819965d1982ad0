package reflux.audit;

import java.util.List;
import java.util.Locale;
import reflux.model.finding.Finding;
import reflux.model.finding.Severity;
import reflux.text.TerminalText;

/**
 * Renders an {@link AuditReport} as a readable text report: findings grouped by severity (INFO findings in a
 * compact list), then the yield, volume, mass-balance and green-metrics tables, then the assumptions. Route data
 * (names, quotes, notes, messages) is printed with its control characters escaped ({@link TerminalText}). Stateless.
 *
 * <pre>{@code
 * String text = AuditText.render(report, true);
 * }</pre>
 */
public final class AuditText {

    private AuditText() {
    }

    /** The report as text; {@code withInfo} false leaves out INFO findings. */
    public static String render(AuditReport r, boolean withInfo) {
        return render(r, withInfo, path -> java.util.Optional.empty());
    }

    /**
     * The report as text, each finding's path followed by where it is in the route file ({@code file:line:col},
     * from {@code locate}).
     */
    public static String render(AuditReport r, boolean withInfo,
                                java.util.function.Function<String, java.util.Optional<String>> locate) {
        StringBuilder sb = new StringBuilder();
        sb.append("Audit of ").append(t(r.routeId())).append(": ").append(r.count(Severity.ERROR)).append(" error(s), ")
                .append(r.count(Severity.WARNING)).append(" warning(s), ").append(r.count(Severity.INFO))
                .append(" info\n");
        for (Severity s : Severity.values()) {
            if (s == Severity.INFO && !withInfo) {
                continue;
            }
            for (Finding f : r.findings()) {
                if (f.severity() == s) {
                    sb.append(finding(f, locate));
                }
            }
        }
        sb.append("  Amounts (g, mol computed / printed, eq vs the stage's limiting reactant)\n");
        for (AuditReport.AmountRow a : r.amounts()) {
            if (a.massG() == null && a.molesComputed() == null && a.molesPrinted() == null) {
                continue;
            }
            sb.append("    ").append(String.format(Locale.ROOT, "%-6s %-22s %-9s %10s g %12s mol %12s mol %8s eq",
                    t(a.stage()), t(a.substance()), t(a.role()), num(a.massG()), num6(a.molesComputed()),
                    num6(a.molesPrinted()), num(a.equivalents())));
            if (a.substrate() != null) {
                sb.append(String.format(Locale.ROOT, "  (%s eq vs %s)", num(a.substrateEquivalents()),
                        t(a.substrate())));
            }
            sb.append('\n');
        }
        sb.append("  Yields\n");
        for (AuditReport.YieldRow y : r.yields()) {
            sb.append("    ").append(String.format(Locale.ROOT, "%-6s", t(y.stage())))
                    .append(y.molarYieldPct() == null ? "n/a   "
                            : String.format(Locale.ROOT, "%5.1f %%", y.molarYieldPct()))
                    .append(y.wwYieldPct() == null ? ""
                            : String.format(Locale.ROOT, "  (w/w %5.1f %%)", y.wwYieldPct()))
                    .append(y.purityCorrectedYieldPct() == null ? ""
                            : String.format(Locale.ROOT, "  (%5.1f %% at HPLC purity %s %%)",
                            y.purityCorrectedYieldPct(), num(y.purityPct())))
                    .append("  ").append(y.note() == null ? "" : t(y.note())).append('\n');
        }
        sb.append("  Volumes (mL; L/kg of the stage's limiting reactant: solvents, work-up)\n");
        for (AuditReport.VolumeRow v : r.volumes()) {
            sb.append("    ").append(String.format(Locale.ROOT, "%-6s %-40s solvents %8.1f mL %s L/kg  work-up"
                    + " %8.1f mL %s L/kg  %s", t(v.stage()), t(v.path()), v.solventsMl(), num(v.solventsLPerKg()),
                    v.workupMl(), num(v.workupLPerKg()), t(v.liquids()))).append('\n');
        }
        sb.append("  Mass balance (g)\n");
        for (AuditReport.MassBalanceRow m : r.massBalance()) {
            sb.append("    ").append(String.format(Locale.ROOT,
                    "%-6s in %8.2f  product %s  by-products %s  unaccounted %s = solvents/work-up/water %s"
                            + " + excess reagents, unreacted and mother-liquor losses %s", t(m.stage()), m.inputsG(),
                    num(m.productG()), num(m.byProductsG()), num(m.unaccountedG()), num(m.liquidsG()),
                    num(m.residueG())))
                    .append('\n');
        }
        sb.append("  Green metrics (PMI kg/kg: total = reactants + reagents + solvents + water; E-factor; AE; RME)\n");
        for (AuditReport.MetricsRow m : r.metrics()) {
            String ge = m.pmiLowerBound() ? "≥ " : "";
            sb.append("    ").append(String.format(Locale.ROOT, "%-6s PMI %s%s = %s + %s + %s + %s  E %s%s  AE %s  RME %s",
                    t(m.scope()), ge, num(m.pmi()), num(m.pmiReactants()), num(m.pmiReagents()), num(m.pmiSolvents()),
                    num(m.pmiWater()), ge, num(m.eFactor()), pct(m.atomEconomyPct()), pct(m.rmePct())));
            if (m.pmi() == null || m.atomEconomyPct() == null || m.pmiLowerBound()) {
                sb.append("  (").append(t(m.note())).append(')');
            }
            sb.append('\n');
        }
        List<String> as = r.assumptions();
        if (!as.isEmpty()) {
            sb.append("  Assumptions\n");
            for (String a : as) {
                sb.append("    - ").append(t(a)).append('\n');
            }
        }
        return sb.toString();
    }

    /**
     * One finding as the report prints it: severity, code and path on one line, the message below, and the quote
     * for findings above INFO; each line indented and ending in a newline.
     */
    public static String finding(Finding f) {
        return finding(f, path -> java.util.Optional.empty());
    }

    /** One finding as {@link #finding(Finding)} prints it, its path followed by {@code (file:line:col)}. */
    public static String finding(Finding f, java.util.function.Function<String, java.util.Optional<String>> locate) {
        StringBuilder sb = new StringBuilder();
        sb.append("  ").append(String.format(Locale.ROOT, "%-7s", f.severity())).append(' ').append(f.code());
        if (f.path() != null) {
            sb.append("  ").append(t(f.path()));
            locate.apply(f.path()).ifPresent(l -> sb.append("  (").append(t(l)).append(')'));
        }
        sb.append("\n      ").append(t(f.message())).append('\n');
        if (f.quote() != null && f.severity() != Severity.INFO) {
            sb.append("      quote: \"").append(t(f.quote())).append("\"\n");
        }
        return sb.toString();
    }

    /** Route data as printed: control characters escaped ({@link TerminalText}). */
    private static String t(String s) {
        return TerminalText.escape(s);
    }

    private static String num(Double v) {
        return v == null ? "n/a" : String.format(Locale.ROOT, "%.2f", v);
    }

    private static String num6(Double v) {
        return v == null ? "-" : String.format(Locale.ROOT, "%.5g", v);
    }

    private static String pct(Double v) {
        return v == null ? "n/a" : String.format(Locale.ROOT, "%.1f %%", v);
    }
}
