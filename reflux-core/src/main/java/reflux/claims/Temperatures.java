package reflux.claims;

import java.util.List;
import java.util.Locale;
import reflux.claims.ClaimChart.Evidence;
import reflux.claims.ClaimChart.LimitationResult;
import reflux.claims.ClaimChart.Verdict;

/**
 * A route's reaction temperatures against a claimed range: all inside reads, one wholly outside does not, one
 * straddling a bound is undetermined (part of the reaction ran outside the range). A range given by a term ("room
 * temperature") takes the range and source of {@code terms.tsv}.
 */
final class Temperatures {

    private final Vocabulary vocabulary;

    Temperatures(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    LimitationResult compare(Limitation l, List<double[]> ranges, List<Evidence> ev) {
        double low;
        double high;
        String claimed;
        if (l.term() != null) {
            Vocabulary.Term t = vocabulary.term(l.term()).orElseThrow(() -> new IllegalStateException(
                    "no term '" + l.term() + "' in terms.tsv"));
            low = t.low();
            high = t.high();
            claimed = fmt(low) + " to " + fmt(high) + " °C (\"" + l.term() + "\" as " + t.source() + ")";
        } else {
            low = l.low() == null ? Double.NEGATIVE_INFINITY : l.low();
            high = l.high() == null ? Double.POSITIVE_INFINITY : l.high();
            claimed = fmt(low) + " to " + fmt(high) + " °C";
        }
        boolean allInside = true;
        for (int i = 0; i < ranges.size(); i++) {
            double[] r = ranges.get(i);
            if (r[1] < low || r[0] > high) {
                return LimitationChecks.result(l, Verdict.DOES_NOT_READ, (l.during() == null ? "" : l.during() + " at ")
                        + fmt(r[0], r[1]) + " °C is outside " + claimed, ev, null);
            }
            allInside &= r[0] >= low && r[1] <= high;
        }
        String route = String.join(", ", ranges.stream().map(r -> fmt(r[0], r[1]) + " °C").toList());
        String what = l.during() == null ? "" : l.during().toLowerCase(Locale.ROOT) + " at ";
        if (!allInside) {
            return LimitationChecks.result(l, Verdict.UNDETERMINED, what + route + " straddles a bound of " + claimed
                    + ": part of the reaction ran outside the range", ev, null);
        }
        return LimitationChecks.result(l, Verdict.READS, what + route + " is inside " + claimed, ev, what + route
                + " is inside " + claimed + ": " + (Double.isInfinite(low) ? "" : "below " + fmt(low) + " °C")
                + (Double.isInfinite(low) || Double.isInfinite(high) ? "" : " or ")
                + (Double.isInfinite(high) ? "" : "above " + fmt(high) + " °C") + " this limitation fails");
    }

    static String fmt(double a, double b) {
        return a == b ? fmt(a) : fmt(a) + " to " + fmt(b);
    }

    static String fmt(double v) {
        String s = v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
        return s.startsWith("-") ? "\u2212" + s.substring(1) : s;
    }
}
