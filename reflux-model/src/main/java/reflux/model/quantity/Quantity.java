package reflux.model.quantity;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A number with its unit exactly as a document printed it ("0.0040 mol", "26.72 g", "-25 °C").
 *
 * <p>The value is a {@link BigDecimal} so the printed precision survives: {@code 0.0040} has two significant
 * figures and the audit derives its tolerance from that. Conversion to base units lives in the core module
 * ({@code reflux.route.units}); the model only records.
 *
 * @param value  the number as printed (never null)
 * @param unit   canonical unit symbol, e.g. {@code g}, {@code mol}, {@code mL}, {@code °C}, {@code h}, {@code %}
 * @param dimension what the quantity measures
 * @param text   the quantity as written in the source, or null when not written (computed or defaulted)
 */
public record Quantity(BigDecimal value, String unit, Dimension dimension, String text) {

    public Quantity {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(dimension, "dimension");
    }

    /** A quantity without source text, e.g. {@code Quantity.of("10", "g", MASS)}. */
    public static Quantity of(String value, String unit, Dimension dimension) {
        return new Quantity(new BigDecimal(value), unit, dimension, null);
    }

    /**
     * Significant figures of the printed value: {@code 10} → 2, {@code 0.03} → 1, {@code 0.0040} → 2,
     * {@code 7.73} → 3. Trailing zeros of an integer count (a chemist writing "10 g" means ±0.5 g at worst).
     */
    public int significantFigures() {
        BigDecimal v = value.abs();
        if (v.signum() == 0) {
            return Math.max(1, value.scale());
        }
        return v.precision();
    }

    /**
     * Half a unit in the last printed place: {@code 0.03} → 0.005, {@code 13.2} → 0.05, {@code 10} → 0.5.
     */
    public BigDecimal halfLastDigit() {
        return BigDecimal.ONE.movePointLeft(value.scale()).divide(BigDecimal.valueOf(2));
    }

    /** The value as a double. */
    public double doubleValue() {
        return value.doubleValue();
    }

    @Override
    public String toString() {
        return text != null ? text : value.toPlainString() + " " + unit;
    }
}
