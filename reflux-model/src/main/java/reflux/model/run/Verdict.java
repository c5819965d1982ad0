package reflux.model.run;

/** How a stage's product, derived forward from what is charged, compares with the product the route declares. */
public enum Verdict {
    /** Same parent structure by full InChIKey (connectivity and stereo; salt form checked separately). */
    MATCH,
    /** Same constitution but a stereocentre or double bond fixed differently (an epimer, E/Z). */
    CONSTITUTION_ONLY,
    /** Same constitution; the derivation leaves open stereo that the declared product fixes (or the reverse). */
    STEREO_UNDETERMINED,
    /** Different structure. */
    MISMATCH,
    /** No rule converts what is charged, or the stage could not be executed. */
    NO_RULE,
    /** A component has no InChIKey, so derived and declared cannot be compared. */
    NOT_COMPARABLE,
    /** The stage's input comes from an earlier stage that failed. */
    UPSTREAM_FAILED
}
