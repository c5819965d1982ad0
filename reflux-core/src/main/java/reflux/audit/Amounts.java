package reflux.audit;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import reflux.model.quantity.Dimension;
import reflux.model.quantity.Quantity;
import reflux.route.units.Units;

/**
 * Picks the printed amounts of a charge or outcome apart by dimension and converts them to base units (g, mol, mL,
 * eq) through {@link Units}, keeping each printed {@link Quantity} (its precision is the audit's tolerance).
 * "2x5 ml" counts as 10 mL.
 *
 * <p>Stateless and thread-safe.
 */
final class Amounts {

    private static final Pattern PORTIONS = Pattern.compile("^\\s*(\\d+)\\s*[x×]\\s*([0-9.]+)");

    /** One printed amount in base units, with the quantity it came from. */
    record Base(Quantity printed, double value, double halfLastDigit) {
    }

    private final List<Quantity> amounts;

    Amounts(List<Quantity> amounts) {
        this.amounts = amounts;
    }

    Optional<Base> mass() {
        return first(Dimension.MASS);
    }

    Optional<Base> moles() {
        return first(Dimension.AMOUNT);
    }

    Optional<Base> volume() {
        return first(Dimension.VOLUME);
    }

    Optional<Base> equivalents() {
        return first(Dimension.EQUIVALENTS);
    }

    boolean isEmpty() {
        return amounts.isEmpty();
    }

    /** The first amount of this dimension that {@link Units} can convert (these dimensions convert linearly). */
    private Optional<Base> first(Dimension dimension) {
        for (Quantity q : amounts) {
            if (q.dimension() == dimension && Units.convertible(q)) {
                double portions = portions(q);
                double half = Units.toBase(new Quantity(q.halfLastDigit(), q.unit(), q.dimension(), null));
                return Optional.of(new Base(q, Units.toBase(q) * portions, half * portions));
            }
        }
        return Optional.empty();
    }

    /** "2x5 ml" → 2 when the value is the single portion; otherwise 1 (the parser already stores the total). */
    static double portions(Quantity q) {
        if (q.text() == null) {
            return 1;
        }
        Matcher m = PORTIONS.matcher(q.text());
        if (m.find()) {
            try {
                if (new BigDecimal(m.group(2)).compareTo(q.value()) == 0) {
                    return Integer.parseInt(m.group(1));
                }
            } catch (NumberFormatException e) {
                return 1;
            }
        }
        return 1;
    }
}
