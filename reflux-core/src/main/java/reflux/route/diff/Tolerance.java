package reflux.route.diff;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import reflux.model.quantity.Dimension;
import reflux.model.quantity.Quantity;
import reflux.model.quantity.Range;
import reflux.route.units.Units;

/**
 * When two printed values are the same value: converted to base units, they may differ by the larger of a relative
 * tolerance (rounding, default 0.5 %) and half a unit in the last printed decimal digit of either ("7.7 g" ≈ 7.73 g,
 * "0.03 mol" ≈ 0.030 mol). Temperatures compare in °C (affine), never relatively. Immutable.
 *
 * @param relative relative tolerance (0.005 = 0.5 %)
 */
record Tolerance(double relative) {

    /** The default: 0.5 % or the last printed digit. */
    static final Tolerance DEFAULT = new Tolerance(0.005);

    boolean same(Quantity a, Quantity b) {
        if (a.dimension() != b.dimension()) {
            return false;
        }
        if (!Units.convertible(a) || !Units.convertible(b)) {
            return a.value().compareTo(b.value()) == 0 && a.unit().equalsIgnoreCase(b.unit());
        }
        double x = Units.toBase(a);
        double y = Units.toBase(b);
        double tol = Math.max(halfDigit(a), halfDigit(b));
        if (a.dimension() != Dimension.TEMPERATURE) {
            tol = Math.max(tol, relative * Math.max(Math.abs(x), Math.abs(y)));
        }
        return Math.abs(x - y) <= tol + 1e-12;
    }

    boolean same(Range a, Range b) {
        return same(a.low(), b.low()) && same(a.high(), b.high());
    }

    /** Same dimensions printed, and each dimension's values pairwise the same (sorted). */
    boolean sameAmounts(List<Quantity> a, List<Quantity> b) {
        if (a.size() != b.size()) {
            return false;
        }
        List<Quantity> rest = new ArrayList<>(b);
        for (Quantity q : a) {
            Quantity hit = rest.stream().filter(r -> same(q, r)).findFirst().orElse(null);
            if (hit == null) {
                return false;
            }
            rest.remove(hit);
        }
        return true;
    }

    /**
     * Half the last printed decimal digit of {@code q}, in the base unit of its dimension; 0 for a whole number ("1 h"
     * is not ±0.5 h: whole numbers compare by the relative tolerance only).
     */
    private static double halfDigit(Quantity q) {
        if (q.value().scale() <= 0) {
            return 0;
        }
        BigDecimal h = q.halfLastDigit();
        Quantity up = new Quantity(q.value().add(h), q.unit(), q.dimension(), null);
        return Math.abs(Units.toBase(up) - Units.toBase(q));
    }
}
