package reflux.report;

import java.util.List;
import java.util.Locale;
import reflux.audit.AuditReport.MassBalanceRow;
import reflux.audit.AuditReport.MetricsRow;

/**
 * The report's two charts as inline SVG, drawn here from the audit's rows (no script, no library): the green
 * metrics (PMI per stage and for the route, each bar split into reactants, reagents, solvents and water) and the
 * mass balance (per stage, what went in against product, by-products, liquids and residue). Stateless.
 */
final class ReportCharts {

    /** The PMI classes in bar order, with their colours (colour-blind-safe Okabe–Ito hues). */
    static final String[][] PMI_CLASSES = {
        {"reactants", "#0072B2"}, {"reagents", "#E69F00"}, {"solvents", "#56B4E9"}, {"water", "#009E73"}};

    /** The mass-balance classes in bar order. */
    static final String[][] MASS_CLASSES = {
        {"product", "#009E73"}, {"by-products", "#E69F00"}, {"liquids (waste)", "#56B4E9"}, {"residue", "#CC79A7"}};

    private static final int LABEL_W = 150;
    private static final int BAR_W = 520;
    private static final int ROW_H = 30;

    private ReportCharts() {
    }

    /** Horizontal stacked bars of PMI (kg/kg) per stage and route; empty string when no row has a PMI. */
    static String pmi(List<MetricsRow> rows) {
        List<MetricsRow> drawn = rows.stream().filter(r -> r.pmi() != null).toList();
        if (drawn.isEmpty()) {
            return "";
        }
        double max = drawn.stream().mapToDouble(MetricsRow::pmi).max().orElse(1);
        StringBuilder sb = open(drawn.size(), "Process mass intensity per stage, split by class");
        int y = 8;
        for (MetricsRow r : drawn) {
            double[] parts = {nz(r.pmiReactants()), nz(r.pmiReagents()), nz(r.pmiSolvents()), nz(r.pmiWater())};
            String label = "route".equals(r.scope()) ? "route (per kg)" : "stage " + r.scope();
            bar(sb, y, label, parts, max, PMI_CLASSES, (r.pmiLowerBound() ? "≥ " : "") + fmt(r.pmi()) + " kg/kg");
            y += ROW_H;
        }
        legend(sb, y + 4, PMI_CLASSES);
        return sb.append("</svg>").toString();
    }

    /** Horizontal stacked bars of the mass balance (g) per stage; empty string when there are no rows. */
    static String massBalance(List<MassBalanceRow> rows) {
        List<MassBalanceRow> drawn = rows.stream().filter(r -> r.inputsG() > 0).toList();
        if (drawn.isEmpty()) {
            return "";
        }
        double max = drawn.stream().mapToDouble(MassBalanceRow::inputsG).max().orElse(1);
        StringBuilder sb = open(drawn.size(), "Mass balance per stage: inputs against where the mass went");
        int y = 8;
        for (MassBalanceRow r : drawn) {
            double[] parts = {nz(r.productG()), nz(r.byProductsG()), nz(r.liquidsG()), nz(r.residueG())};
            bar(sb, y, "stage " + r.stage(), parts, max, MASS_CLASSES, fmt(r.inputsG()) + " g in");
            y += ROW_H;
        }
        legend(sb, y + 4, MASS_CLASSES);
        return sb.append("</svg>").toString();
    }

    private static StringBuilder open(int rows, String title) {
        int h = 8 + rows * ROW_H + 30;
        int w = LABEL_W + BAR_W + 130;
        StringBuilder sb = new StringBuilder();
        sb.append("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ").append(w)
                .append(' ').append(h).append("\" width=\"").append(w).append("\" height=\"").append(h)
                .append("\"><title>").append(Html.escape(title)).append("</title>");
        return sb;
    }

    private static void bar(StringBuilder sb, int y, String label, double[] parts, double max, String[][] classes,
                            String total) {
        sb.append("<text x=\"").append(LABEL_W - 8).append("\" y=\"").append(y + 15)
                .append("\" text-anchor=\"end\" class=\"lbl\">").append(Html.escape(label)).append("</text>");
        double x = LABEL_W;
        for (int i = 0; i < parts.length; i++) {
            double w = max <= 0 ? 0 : parts[i] / max * BAR_W;
            if (w <= 0) {
                continue;
            }
            sb.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"20\" fill=\"%s\">"
                    + "<title>%s: %s</title></rect>", x, y, w, classes[i][1], Html.escape(label + " " + classes[i][0]),
                    fmt(parts[i])));
            x += w;
        }
        sb.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" class=\"val\">%s</text>", x + 6, y + 15,
                Html.escape(total)));
    }

    private static void legend(StringBuilder sb, int y, String[][] classes) {
        int x = LABEL_W;
        for (String[] c : classes) {
            sb.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"12\" height=\"12\" fill=\"")
                    .append(c[1]).append("\"/><text x=\"").append(x + 16).append("\" y=\"").append(y + 11)
                    .append("\" class=\"lbl\">").append(Html.escape(c[0])).append("</text>");
            x += 30 + c[0].length() * 7;
        }
    }

    private static double nz(Double d) {
        return d == null || d.isNaN() || d < 0 ? 0 : d;
    }

    /** A figure with three significant digits at most, no exponent. */
    static String fmt(Double d) {
        if (d == null) {
            return "–";
        }
        double a = Math.abs(d);
        return String.format(Locale.ROOT, a >= 100 ? "%.0f" : a >= 10 ? "%.1f" : "%.2f", d);
    }
}
