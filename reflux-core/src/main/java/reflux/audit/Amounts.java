package reflux.audit;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import reflux.model.quantity.Quantity;

/**
 * Picks the printed amounts of a charge or outcome apart and converts them to g, mol, mL, eq, mol/L and %, keeping
 * each printed {@link Quantity} (its precision is the audit's tolerance). "2x5 ml" counts as 10 mL.
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
        return first(Kind.MASS);
    }

    Optional<Base> moles() {
        return first(Kind.MOLES);
    }

    Optional<Base> volume() {
        return first(Kind.VOLUME);
    }

    Optional<Base> equivalents() {
        return first(Kind.EQ);
    }

    Optional<Base> molarity() {
        return first(Kind.MOLARITY);
    }

    Optional<Base> percent() {
        return first(Kind.PERCENT);
    }

    boolean isEmpty() {
        return amounts.isEmpty();
    }

    private enum Kind { MASS, MOLES, VOLUME, EQ, MOLARITY, PERCENT }

    private Optional<Base> first(Kind kind) {
        for (Quantity q : amounts) {
            Double factor = factor(kind, q.unit());
            if (factor != null) {
                double portions = portions(q);
                return Optional.of(new Base(q, q.doubleValue() * factor * portions,
                        q.halfLastDigit().doubleValue() * factor * portions));
            }
        }
        return Optional.empty();
    }

    /** "2x5 ml" → 2 when the value is the single portion; otherwise 1. */
    static double portions(Quantity q) {
        if (q.text() == null) {
            return 1;
        }
        Matcher m = PORTIONS.matcher(q.text());
        if (m.find()) {
            try {
                if (new java.math.BigDecimal(m.group(2)).compareTo(q.value()) == 0) {
                    return Integer.parseInt(m.group(1));
                }
            } catch (NumberFormatException e) {
                return 1;
            }
        }
        return 1;
    }

    /** Factor to the base unit of {@code kind}, or null when the unit is of another kind. */
    private static Double factor(Kind kind, String unit) {
        String u = unit.trim().toLowerCase(Locale.ROOT).replace("μ", "µ");
        return switch (kind) {
            case MASS -> switch (u) {
                case "g", "gram", "grams" -> 1.0;
                case "mg" -> 1e-3;
                case "kg" -> 1e3;
                case "µg", "ug" -> 1e-6;
                default -> null;
            };
            case MOLES -> switch (u) {
                case "mol", "mole", "moles" -> 1.0;
                case "mmol" -> 1e-3;
                case "kmol" -> 1e3;
                case "µmol", "umol" -> 1e-6;
                default -> null;
            };
            case VOLUME -> switch (u) {
                case "ml", "cm3" -> 1.0;
                case "l" -> 1e3;
                case "µl", "ul" -> 1e-3;
                default -> null;
            };
            case EQ -> switch (u) {
                case "eq", "equiv", "equivalents", "equiv." -> 1.0;
                default -> null;
            };
            case MOLARITY -> switch (u) {
                case "mol/l", "m" -> 1.0;
                case "mmol/l", "mm" -> 1e-3;
                default -> null;
            };
            case PERCENT -> switch (u) {
                case "%", "% w/w", "%w/w", "wt%" -> 1.0;
                default -> null;
            };
        };
    }
}
