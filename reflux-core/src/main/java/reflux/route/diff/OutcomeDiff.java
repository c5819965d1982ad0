package reflux.route.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import reflux.model.quantity.Quantity;
import reflux.model.route.Analytics;
import reflux.model.route.MsPeak;
import reflux.model.route.NmrPeak;
import reflux.model.route.Outcome;

/**
 * Outcomes of one stage pair: matched by the structure of their substance, then amounts, stated yield, HPLC purity,
 * water content and analytics (MS m/z with ion label, NMR shift/multiplicity/integral, IR bands). Printed values
 * compare with the last printed digit as tolerance (MS and IR as integers, NMR shifts to 0.005 ppm).
 */
final class OutcomeDiff {
    private static final double NMR_TOLERANCE = 0.005;
    private static final double BAND_TOLERANCE = 0.5;

    private final Tolerance tolerance;

    OutcomeDiff(Tolerance tolerance) {
        this.tolerance = tolerance;
    }

    List<Difference> diff(String where, List<Outcome> a, Function<String, String> keyA, Function<String, String> labelA,
                          List<Outcome> b, Function<String, String> keyB, Function<String, String> labelB) {
        List<Difference> out = new ArrayList<>();
        List<Outcome> rest = new ArrayList<>(b);
        for (int i = 0; i < a.size(); i++) {
            Outcome oa = a.get(i);
            String k = keyA.apply(oa.substance());
            Outcome ob = rest.stream().filter(o -> Objects.equals(keyB.apply(o.substance()), k)).findFirst()
                    .orElse(null);
            String w = where + ".outcomes[" + i + "]";
            if (ob == null) {
                out.add(new Difference(DiffCode.OUTCOME_ONLY_IN_A, w, labelA.apply(oa.substance()), null));
                continue;
            }
            rest.remove(ob);
            compare(w, oa, ob, out);
        }
        for (Outcome ob : rest) {
            out.add(new Difference(DiffCode.OUTCOME_ONLY_IN_B, where + ".outcomes", null, labelB.apply(ob.substance())));
        }
        return out;
    }

    private void compare(String w, Outcome a, Outcome b, List<Difference> out) {
        if (!tolerance.sameAmounts(a.amounts(), b.amounts())) {
            out.add(new Difference(DiffCode.OUTCOME_AMOUNT, w + ".amounts", show(a.amounts()), show(b.amounts())));
        }
        Quantity ya = a.statedYield();
        Quantity yb = b.statedYield();
        if (ya == null ? yb != null : yb == null || !tolerance.same(ya, yb)) {
            out.add(new Difference(DiffCode.YIELD, w + ".statedYield", String.valueOf(ya), String.valueOf(yb)));
        }
        Analytics xa = a.analytics();
        Analytics xb = b.analytics();
        if (!samePercent(xa.hplcPurity(), xb.hplcPurity())) {
            out.add(new Difference(DiffCode.PURITY, w + ".analytics.hplcPurity", str(xa.hplcPurity()),
                    str(xb.hplcPurity())));
        }
        if (!samePercent(xa.waterContent(), xb.waterContent())) {
            out.add(new Difference(DiffCode.PURITY, w + ".analytics.waterContent", str(xa.waterContent()),
                    str(xb.waterContent())));
        }
        out.addAll(RouteDiff.multiset(w + ".analytics.ms", DiffCode.MS, xa.ms(), xb.ms(),
                (p, q) -> Math.abs(p.mz() - q.mz()) <= BAND_TOLERANCE && sameLabel(p.label(), q.label()),
                p -> fmt(p.mz()) + (p.label() == null ? "" : " " + p.label())));
        out.addAll(RouteDiff.multiset(w + ".analytics.nmr", DiffCode.NMR, xa.nmr(), xb.nmr(), OutcomeDiff::sameNmr,
                p -> fmt(p.shift()) + " (" + p.multiplicity() + ", " + p.protons() + "H)"));
        out.addAll(RouteDiff.multiset(w + ".analytics.irBands", DiffCode.IR, xa.irBands(), xb.irBands(),
                (p, q) -> Math.abs(p - q) <= BAND_TOLERANCE, OutcomeDiff::fmt));
    }

    private static boolean sameNmr(NmrPeak p, NmrPeak q) {
        return Math.abs(p.shift() - q.shift()) <= NMR_TOLERANCE + 1e-9
                && Objects.equals(multiplicity(p.multiplicity()), multiplicity(q.multiplicity()))
                && Objects.equals(p.protons(), q.protons());
    }

    /** "*m*" (markup), "br" and "b" (broad) read the same. */
    static String multiplicity(String m) {
        if (m == null) {
            return null;
        }
        String s = m.replace("*", "").replace("_", "").strip().toLowerCase(Locale.ROOT);
        return s.equals("br") || s.equals("bs") || s.equals("br s") ? "b" : s;
    }

    /** Ion labels compared without brackets, charge signs and spaces: "[M+1]" = "M+1" = "[M+1]+". */
    private static boolean sameLabel(String a, String b) {
        return Objects.equals(label(a), label(b));
    }

    private static String label(String l) {
        if (l == null) {
            return null;
        }
        String s = l.replaceAll("[\\[\\]\\s^$]", "").toUpperCase(Locale.ROOT);
        return s.endsWith("+") && s.length() > 2 && s.charAt(s.length() - 2) != 'M' ? s.substring(0, s.length() - 1)
                : s;
    }

    private static boolean samePercent(Double a, Double b) {
        return a == null ? b == null : b != null && Math.abs(a - b) <= 0.005 + 1e-9;
    }

    private static String str(Double d) {
        return d == null ? null : fmt(d);
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    private static String show(List<Quantity> qs) {
        return qs.isEmpty() ? "no amount" : String.join(", ", qs.stream().map(Quantity::toString).toList());
    }
}
