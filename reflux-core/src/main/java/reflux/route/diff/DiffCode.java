package reflux.route.diff;

/** What kind of difference {@link RouteDiff} found; tests and tools assert these codes, never the message. */
public enum DiffCode {
    /** A structure (InChIKey) is named only in route A. */
    SUBSTANCE_ONLY_IN_A("a substance whose structure route B does not name"),
    /** A structure is named only in route B. */
    SUBSTANCE_ONLY_IN_B("a substance whose structure route A does not name"),
    /** Same constitution (first InChIKey block), different stereo or charge layer. */
    SUBSTANCE_STEREO("the same constitution with different stereo (InChIKey blocks 2-3 differ)"),
    /** A substance resolves in one route only, or in neither (then compared by name). */
    SUBSTANCE_UNRESOLVED("a substance without a structure in one route; compared by its name"),
    /** The routes have a different number of stages. */
    STAGE_COUNT("different number of stages"),
    /** The stage's declared product differs in structure. */
    STAGE_PRODUCT("the stage's declared product differs"),
    /** A charge of a structure that the other route's stage does not charge. */
    CHARGE_ONLY_IN_A("a material charged only in route A's stage"),
    /** A charge only in route B's stage. */
    CHARGE_ONLY_IN_B("a material charged only in route B's stage"),
    /** The same material charged with different amounts. */
    CHARGE_AMOUNT("the same material charged with different amounts"),
    /** A temperature (or range) of the stage differs. */
    TEMPERATURE("a temperature of the stage printed in one route only"),
    /** A duration of the stage differs. */
    TIME("a duration of the stage printed in one route only"),
    /** A pH of the stage differs. */
    PH("a pH of the stage printed in one route only"),
    /** An outcome (product) of the stage in one route only. */
    OUTCOME_ONLY_IN_A("an outcome of route A's stage that route B does not have"),
    /** An outcome only in route B. */
    OUTCOME_ONLY_IN_B("an outcome of route B's stage that route A does not have"),
    /** Isolated amounts of the same product differ. */
    OUTCOME_AMOUNT("the product amounts differ"),
    /** Stated yields differ. */
    YIELD("the stated yields differ"),
    /** HPLC purity or water content differ. */
    PURITY("the HPLC purity or water content differ"),
    /** MS m/z values (or their labels) differ. */
    MS("an MS value printed in one route only"),
    /** 1H NMR signals (shift, multiplicity, integral) differ. */
    NMR("an NMR signal printed in one route only"),
    /** IR bands differ. */
    IR("an IR band printed in one route only");

    private final String meaning;

    DiffCode(String meaning) {
        this.meaning = meaning;
    }

    /** One line: what the code means. */
    public String meaning() {
        return meaning;
    }
}
