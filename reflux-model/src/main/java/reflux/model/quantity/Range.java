package reflux.model.quantity;

import java.util.Objects;

/**
 * A closed range as printed ("-25 to -20 °C", "2-5 °C", "20-25°C"); a single value has {@code low == high}.
 *
 * @param low  lower bound (never null)
 * @param high upper bound (never null; same dimension as {@code low})
 * @param text the range as written, or null
 */
public record Range(Quantity low, Quantity high, String text) {

    public Range {
        Objects.requireNonNull(low, "low");
        Objects.requireNonNull(high, "high");
        if (low.dimension() != high.dimension()) {
            throw new IllegalArgumentException("range bounds differ in dimension: " + low + " / " + high);
        }
    }

    /** A one-point range. */
    public static Range of(Quantity value) {
        return new Range(value, value, value.text());
    }

    /** True when the range is a single value. */
    public boolean isPoint() {
        return low.value().compareTo(high.value()) == 0 && low.unit().equals(high.unit());
    }

    @Override
    public String toString() {
        return text != null ? text : isPoint() ? low.toString() : low + " to " + high;
    }
}
