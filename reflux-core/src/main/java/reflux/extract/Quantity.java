package reflux.extract;

/**
 * A number with a unit as printed: "2.5 g", "0-5° C", "2x50 ml", "pH 7".
 *
 * @param kind    what it measures
 * @param value   the value (for a range its low end; for "2x50 ml" the single portion, 50)
 * @param high    the high end of a range, or null = not a range
 * @param count   the number of portions ("2x50 ml" → 2; 1 otherwise)
 * @param unit    the ORD unit enum name ({@code GRAM}, {@code CELSIUS}); {@code -} where ORD has none
 * @param span    where it is in the text
 */
public record Quantity(QuantityKind kind, double value, Double high, int count, String unit, Span span) {
    public Quantity {
        if (kind == null || unit == null || span == null || count < 1) {
            throw new IllegalArgumentException("incomplete quantity");
        }
    }

    /** Whether ORD can hold it as a component amount (mass, moles or volume with an ORD unit). */
    public boolean isOrdAmount() {
        return (kind == QuantityKind.MASS || kind == QuantityKind.MOLES || kind == QuantityKind.VOLUME)
                && !unit.equals("-");
    }

    /** The total of all portions ("2x50 ml" → 100). */
    public double total() {
        return value * count;
    }
}
