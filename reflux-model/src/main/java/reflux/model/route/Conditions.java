package reflux.model.route;

import reflux.model.quantity.Range;

/**
 * Conditions of an operation; each component null = not reported.
 *
 * @param temperature temperature or range
 * @param duration    time ("1 h", "over 10 minutes"); a range when printed as one ("~6 h" is a point with text)
 * @param pH          pH value or range
 * @param atmosphere  "nitrogen", "hydrogen", ...
 * @param pressure    pressure or range
 */
public record Conditions(Range temperature, Range duration, Range pH, String atmosphere, Range pressure) {
    /** No conditions reported. */
    public static final Conditions NONE = new Conditions(null, null, null, null, null);

    /** True when nothing is reported. */
    public boolean isEmpty() {
        return temperature == null && duration == null && pH == null && atmosphere == null && pressure == null;
    }

    /** The conditions as printed, e.g. {@code -25 to -20 °C, 30 min, pH 7, under nitrogen}; empty when none. */
    public String printed() {
        java.util.List<String> parts = new java.util.ArrayList<>();
        if (temperature != null) {
            parts.add(temperature.toString());
        }
        if (duration != null) {
            parts.add(duration.toString());
        }
        if (pH != null) {
            parts.add("pH " + pH);
        }
        if (atmosphere != null) {
            parts.add("under " + atmosphere);
        }
        if (pressure != null) {
            parts.add(pressure.toString());
        }
        return String.join(", ", parts);
    }

    /** Convenience: a temperature only. */
    public static Conditions at(Range temperature) {
        return new Conditions(temperature, null, null, null, null);
    }
}
