package reflux.extract;

/** What a number with a unit measures, as experimental text prints it. */
public enum QuantityKind {
    MASS, MOLES, VOLUME, EQUIVALENTS, CONCENTRATION, PERCENT, TIME, TEMPERATURE, PH;

    /** Whether the quantity says how much of a substance was used or obtained (an ORD amount or its companions). */
    public boolean isAmount() {
        return this == MASS || this == MOLES || this == VOLUME || this == EQUIVALENTS || this == CONCENTRATION
                || this == PERCENT;
    }
}
