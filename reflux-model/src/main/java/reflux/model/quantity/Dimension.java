package reflux.model.quantity;

/**
 * What a quantity measures. The closed vocabulary of amounts and conditions a patent prints;
 * {@link #CUSTOM} is the escape for anything else (kept with its text).
 */
public enum Dimension {
    /** Mass; base unit g. */
    MASS,
    /** Amount of substance; base unit mol. */
    AMOUNT,
    /** Volume; base unit mL. */
    VOLUME,
    /** Molar equivalents relative to the stage's limiting reactant; base unit eq. */
    EQUIVALENTS,
    /** Molar concentration; base unit mol/L. */
    MOLARITY,
    /** Mass fraction or percentage (w/w, HPLC area %, yield %); base unit % . */
    PERCENT,
    /** Density; base unit g/mL. */
    DENSITY,
    /** Temperature; base unit °C (converted affinely, never scaled). */
    TEMPERATURE,
    /** Duration; base unit s. */
    TIME,
    /** Pressure; base unit bar. */
    PRESSURE,
    /** pH; dimensionless. */
    PH,
    /** Spectroscopic frequency (NMR field); base unit MHz. */
    FREQUENCY,
    /** Anything else, kept with its text. */
    CUSTOM
}
