package reflux.model.finding;

/**
 * Every finding code Reflux emits, with its default severity and what it means in one line: the one registry
 * (docs/finding-codes.md lists it; a test keeps the two in step). Checkers and the engine name codes through this
 * enum only; tests assert codes, not message prose.
 */
public enum FindingCode {
    // --- execution (engine) ---------------------------------------------------------------------------------------
    RUN_MATCH(Severity.INFO, "the product derived forward from what is charged is the declared product (full InChIKey)"),
    RUN_SELECTIVITY(Severity.WARNING, "several products can form from what is charged; the declared one is among them"),
    RUN_STEREO_MISMATCH(Severity.ERROR, "derived and declared product share their constitution but differ in a stereocentre or double bond"),
    RUN_STEREO_UNDETERMINED(Severity.WARNING, "the derivation leaves open stereo that the declared product fixes (or the reverse)"),
    RUN_MISMATCH(Severity.ERROR, "the derived product has another constitution than the declared product"),
    RUN_NO_DERIVATION(Severity.ERROR, "no reaction rule converts what is charged in the stage"),
    RUN_UNRESOLVED(Severity.ERROR, "a reactant or the declared product has no structure, so the stage cannot be executed"),
    RUN_UNKNOWN_RULE(Severity.ERROR, "a stage names a rule id the rule library does not have"),
    RUN_MISSING_REAGENT(Severity.ERROR, "a rule the stage needs (or names) consumes or requires a reagent that is never charged in the stage"),
    RUN_SALT_FORM_IMPOSSIBLE(Severity.ERROR, "the declared salt or hydrate form needs an acid (or water) the vessel never had, or more acid than there are basic sites"),
    RUN_NO_CONVERSION(Severity.ERROR, "the stage's product is its own input and nothing in the stage changes it"),
    RUN_REACTANT_NOT_CHARGED(Severity.ERROR, "a reactant the stage lists is never charged in any of its operations"),
    RUN_UNREACTED(Severity.WARNING, "a charged reactant is not consumed by any rule and is not part of the product"),
    RUN_UPSTREAM_FAILED(Severity.ERROR, "the stage takes its input from an earlier stage that failed"),
    RUN_NOT_COMPARABLE(Severity.ERROR, "a component has no InChIKey (e.g. an R group), so derived and declared cannot be compared"),
    RUN_RULE_HINT_UNUSED(Severity.INFO, "a rule id the stage names is not used by the forward derivation"),
    RUN_ISOLATION(Severity.INFO, "an isolation or purification stage: the product is separated from the incoming stream"),
    RUN_REAGENT_ASSUMED(Severity.WARNING, "a charge the source does not print was assumed so that the stage can run"),
    RUN_UNBALANCED(Severity.INFO, "the stage's equation does not balance in atoms or charge (formal reagents, resin-bound ions)"),
    // --- claim charts ---------------------------------------------------------------------------------------------
    CLAIM_READS(Severity.INFO, "a claim of the route's own document reads on the executed route (every limitation met)"),
    CLAIM_DOES_NOT_READ(Severity.INFO, "a claim of the route's own document does not read on the executed route (a limitation fails)"),
    CLAIM_UNDETERMINED(Severity.INFO, "the executed route cannot decide whether a claim of its own document reads"),
    CLAIMS_INVALID(Severity.ERROR, "the claim file of the route's document cannot be read or breaks its schema"),
    // --- route file -----------------------------------------------------------------------------------------------
    ROUTE_INVALID(Severity.ERROR, "the route file breaks the schema, a unit, a reference, or a substance does not resolve"),
    // --- stoichiometry --------------------------------------------------------------------------------------------
    MOLES_MISMATCH(Severity.ERROR, "a printed mole figure disagrees with the printed mass and the molar mass"),
    MOLES_CONSISTENT(Severity.INFO, "a printed mass/mole pair agrees"),
    FORM_CONSISTENT(Severity.INFO, "the printed mass/mole pairs agree with the declared (or another) salt form"),
    FORM_CONTRADICTS_AMOUNTS(Severity.ERROR, "a printed mass/mole pair excludes the declared salt or hydrate form and fits another"),
    SALT_FORM_AMBIGUOUS(Severity.WARNING, "a mass/mole pair fits another salt or hydrate form better than the declared one"),
    EQUIVALENTS_MISMATCH(Severity.WARNING, "printed equivalents disagree with the moles against the limiting reactant"),
    REAGENT_EQUIVALENTS(Severity.INFO, "equivalents of a reagent against the substrate the stage's rules say it reacts with and against the limiting reactant"),
    MISSING_AMOUNT(Severity.INFO, "a charge has no amount, so figures that need it are not computed"),
    DENSITY_ASSUMED(Severity.INFO, "a charge's mass comes from its printed volume and a tabulated density (source given)"),
    STRENGTH_ASSUMED(Severity.INFO, "a charged solution's moles come from a tabulated strength (e.g. 37 % w/w HCl; source given)"),
    COMPOSITION_UNSTATED(Severity.INFO, "a charged solution's own amount is not printed: only its printed contents are counted"),
    // --- yields ---------------------------------------------------------------------------------------------------
    YIELD_COMPUTED(Severity.INFO, "a stage yield computed from the masses"),
    YIELD_OVERALL(Severity.INFO, "the overall yield over the stages"),
    YIELD_NOT_COMPUTABLE(Severity.INFO, "a yield cannot be computed from what is printed"),
    YIELD_MISMATCH(Severity.WARNING, "a stated yield is off the yield the masses give, within their precision"),
    YIELD_CONTRADICTED(Severity.ERROR, "a stated yield lies outside the yields the printed masses allow"),
    YIELD_OVER_100(Severity.ERROR, "a computed or stated yield exceeds 100 %"),
    YIELD_FORM_SENSITIVITY(Severity.INFO, "the yield depends on which salt form is assumed"),
    YIELD_PURITY_CORRECTED(Severity.INFO, "a stage yield corrected for the printed HPLC purity of the product"),
    PURITY_AS_MASS_FRACTION(Severity.INFO, "an HPLC area % is read as the product's mass fraction (no response factors printed)"),
    WATER_CONTENT_CONSISTENT(Severity.INFO, "a printed water content is nearest the theoretical water of the declared hydrate"),
    WATER_CONTENT_MISMATCH(Severity.WARNING, "a printed water content is nearer another hydrate than the declared one"),
    HYDRATE_ASSUMED(Severity.INFO, "a yield counts the product as its declared hydrate while no water content is printed"),
    // --- mass balance and green metrics ---------------------------------------------------------------------------
    MASS_BALANCE(Severity.INFO, "the stage's mass balance"),
    MASS_BALANCE_VIOLATION(Severity.ERROR, "more mass leaves a stage than enters it"),
    GREEN_METRICS(Severity.INFO, "PMI, E-factor, atom economy and RME"),
    // --- volumes and concentrations -------------------------------------------------------------------------------
    SOLVENT_VOLUMES(Severity.INFO, "a stage's solvent and work-up volumes in mL and L/kg of the limiting reactant"),
    CHARGE_CONCENTRATION(Severity.INFO, "the molar concentration of a charge in the liquid of its vessel"),
    // --- analytics ------------------------------------------------------------------------------------------------
    MS_PEAK_EXPLAINED(Severity.INFO, "a printed m/z is explained by an ion of a species present"),
    MS_PEAK_UNEXPLAINED(Severity.WARNING, "a printed m/z is explained by no ion of any species present"),
    MS_NOMINAL_COLLISION(Severity.WARNING, "two species present give the same nominal m/z"),
    NMR_H_COUNT_OK(Severity.INFO, "the NMR integrals add up to the structure's H count"),
    NMR_H_COUNT(Severity.WARNING, "the NMR integrals do not add up to the structure's H count"),
    NMR_MULTIPLICITY(Severity.WARNING, "a printed multiplicity contradicts the structure"),
    // --- structures given by the route ----------------------------------------------------------------------------
    STEREO_ASSUMED(Severity.WARNING, "a SMILES override fills in stereo the printed name leaves open"),
    NAME_ASSUMPTION(Severity.INFO, "a substance's structure rests on how its printed name was read (a configuration, an implied group, a salt convention)"),
    STRUCTURE_FROM_ROUTE(Severity.INFO, "a substance's structure is the route's SMILES: its printed name does not resolve to one compound"),
    OVERRIDE_AGREES_WITH_NAME(Severity.INFO, "a SMILES override agrees with its printed name"),
    OVERRIDE_CONTRADICTS_NAME(Severity.ERROR, "a SMILES override's constitution contradicts its printed name"),
    // --- the audit itself -----------------------------------------------------------------------------------------
    CHECK_FAILED(Severity.WARNING, "one audit check could not run on this route (the others did)");

    private final Severity defaultSeverity;
    private final String meaning;

    FindingCode(Severity defaultSeverity, String meaning) {
        this.defaultSeverity = defaultSeverity;
        this.meaning = meaning;
    }

    /** The severity a finding with this code has unless a checker states otherwise. */
    public Severity defaultSeverity() {
        return defaultSeverity;
    }

    /** What the code means, in one line. */
    public String meaning() {
        return meaning;
    }
}
