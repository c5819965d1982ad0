package reflux.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import reflux.model.finding.FindingCode;
import reflux.model.route.Charge;
import reflux.model.route.Operation;
import reflux.model.route.OperationType;
import reflux.model.route.Role;
import reflux.model.route.Route;
import reflux.model.route.Stage;
import reflux.model.route.Step;
import reflux.model.route.SubstanceRef;
import reflux.model.route.Variant;
import reflux.model.run.ImpurityMass;
import reflux.model.run.RunResult;
import reflux.model.run.StageFinding;
import reflux.model.run.StageRun;
import reflux.model.run.Verdict;

/**
 * The executor on in-code routes whose substances carry the reference SMILES (shared/reference/seed-compounds.tsv)
 * and whose stages charge what seed 001 Example 1 charges, vessel by vessel; the seed route files are run in
 * {@code SeedRoutesRunTest}, the deliberately wrong routes in {@code ForwardCorpusTest}.
 */
class ExecutorTest {

    private static SubstanceRef ref(String id, String refId) {
        return new SubstanceRef(id, Fixtures.compound(refId).get("name"), Fixtures.compound(refId).get("smiles"),
                null, null, List.of("reference row " + refId), null);
    }

    private static SubstanceRef smiles(String id, String name, String smiles) {
        return new SubstanceRef(id, name, smiles, null, null, List.of(), null);
    }

    private static Charge c(String substance, Role role) {
        return new Charge(substance, null, role, List.of(), List.of(), null);
    }

    private static Charge from(String stream) {
        return new Charge(null, stream, Role.REACTANT, List.of(), List.of(), null);
    }

    private static Operation op(OperationType type, String produces, Charge... charges) {
        return new Operation(type, List.of(charges), null, null, produces, null);
    }

    private static Step step(String id, Operation... ops) {
        return new Step(id, null, List.of(ops), null);
    }

    private static final List<SubstanceRef> SUBSTANCES = List.of(ref("acp-hcl", "001-III.HCl"),
            ref("bromo-acid", "001-IV.BrOH"), ref("bromo-int-hcl", "001-II.Br.HCl"), ref("thiourea", "thiourea"),
            ref("cefepime-2hcl-h2o", "001-I.2HCl.H2O"), smiles("tmsa", "N-trimethylsilylacetamide",
                    "CC(=O)N[Si](C)(C)C"), smiles("pcl5", "phosphorus pentachloride", "ClP(Cl)(Cl)(Cl)Cl"),
            smiles("water", "water", "O"), smiles("dcm", "dichloromethane", "ClCCl"),
            smiles("hcl", "hydrogen chloride", "Cl"), smiles("tea", "triethylamine", "CCN(CC)CC"),
            smiles("hbr", "hydrogen bromide", "Br"));

    /** Stage I of Example 1: solution A (nucleus + TMSA), solution B (PCl5 + acid), B into A, water quench. */
    private static Stage stageI(List<String> rules, String product, String acid) {
        return new Stage("I", null, rules, List.of("acp-hcl", acid), product, List.of(
                step("A", op(OperationType.CHARGE, null, c("acp-hcl", Role.REACTANT), c("dcm", Role.SOLVENT)),
                        op(OperationType.ADD, "solution-A", c("tmsa", Role.REAGENT))),
                step("B", op(OperationType.CHARGE, null, c("pcl5", Role.REAGENT), c("dcm", Role.SOLVENT)),
                        op(OperationType.ADD, null, c(acid, Role.REACTANT)),
                        op(OperationType.WASH, "solution-B", c("water", Role.WORKUP))),
                step("C", op(OperationType.CHARGE, null, from("solution-A")), op(OperationType.ADD, null,
                        from("solution-B")), op(OperationType.QUENCH, null, c("water", Role.WORKUP)),
                        op(OperationType.FILTER, null))), List.of(), false, List.of(), null);
    }

    /** Stage II of Example 1: the intermediate with thiourea in acetone/water, triethylamine, then HCl. */
    private static Stage stageII(List<String> rules, String product, String acidId) {
        return stageII(rules, "bromo-int-hcl", product, acidId);
    }

    private static Stage stageII(List<String> rules, String input, String product, String acidId) {
        return new Stage("II", null, rules, List.of(input, "thiourea"), product, List.of(
                step("A", op(OperationType.CHARGE, null, c(input, Role.REACTANT), c("water",
                        Role.SOLVENT)), op(OperationType.ADD, null, c("thiourea", Role.REACTANT)),
                        op(OperationType.ADJUST_PH, null, c("tea", Role.REAGENT)),
                        op(OperationType.ADD, null, c(acidId, Role.REAGENT)), op(OperationType.FILTER, null))),
                List.of(), false, List.of(), null);
    }

    private static Route route(List<SubstanceRef> extra, Stage... stages) {
        List<SubstanceRef> subs = new ArrayList<>(SUBSTANCES);
        subs.addAll(extra);
        return new Route("reflux.route/1", "test-001-ex1", "fixture", List.of(), Route.Kind.EXAMPLE, subs,
                List.of(stages), List.of(), List.of());
    }

    private static Route example1(List<String> rulesI, List<String> rulesII) {
        return route(List.of(), stageI(rulesI, "bromo-int-hcl", "bromo-acid"),
                stageII(rulesII, "cefepime-2hcl-h2o", "hcl"));
    }

    private static List<FindingCode> codes(StageRun s) {
        return s.findings().stream().map(StageFinding::code).toList();
    }

    private static final List<String> RULES_I = List.of("acid-chloride-pcl5", "silylation-o-tmsa",
            "silylation-n-tmsa", "acylation-n-silyl-amine", "desilylation-o-water");

    private final Executor executor = Executor.standard();

    @Test
    void example1ReachesCefepimeDihydrochlorideMonohydrateWithOrWithoutRuleIds() {
        for (Route r : List.of(example1(RULES_I, List.of("hantzsch-thiazole-br")), example1(List.of(),
                List.of()))) {
            RunResult run = executor.run(r, null);
            assertThat(run.stages()).extracting(StageRun::verdict).containsExactly(Verdict.MATCH, Verdict.MATCH);
            assertThat(run.allMatch()).isTrue();
            assertThat(run.stages()).allSatisfy(s -> assertThat(s.balanced()).as(s.equation()).isTrue());
            StageRun ii = run.stages().get(1);
            assertThat(ii.products().get(0).inchiKey())
                    .isEqualTo(Fixtures.compound("001-I.2HCl.H2O").get("inchikey"));
            // the five rules of the acylation, found forward from the charges whether or not the route names them
            assertThat(run.stages().get(0).rules()).containsExactlyInAnyOrderElementsOf(RULES_I);
        }
    }

    @Test
    void separateVesselsKeepTheNucleusAcidAwayFromThePhosphorusPentachloride() {
        RunResult run = executor.run(example1(List.of(), List.of()), null);
        StageRun i = run.stages().get(0);
        // PCl5 is in vessel B with the side-chain acid; the nucleus (vessel A) is silylated before B is poured in,
        // and the water wash of B destroys the excess PCl5: one product, no alternative
        assertThat(i.alternatives()).isEmpty();
        assertThat(i.rules()).containsOnlyOnce("acid-chloride-pcl5");
        assertThat(i.evidence()).anyMatch(e -> e.contains("destroyed"));
    }

    @Test
    void stageOneEquationNamesTheChargedReagentsAndTheRulesByProducts() {
        StageRun i = executor.run(example1(RULES_I, List.of()), null).stages().get(0);
        assertThat(i.inputs()).extracting(s -> s.substance()).contains("acp-hcl", "bromo-acid", "pcl5", "tmsa",
                "water");
        // PCl5 -> POCl3 + HCl (acid chloride), 2 TMSA -> 2 acetamide (O- and N-silylation), TMSCl (acylation),
        // TMSOH (desilylation)
        assertThat(i.byProducts()).extracting(s -> s.formula()).contains("Cl3OP", "ClH", "C2H5NO", "C3H9ClSi",
                "C3H10OSi");
    }

    @Test
    void anUnknownRuleIdIsAnErrorFindingAndTheStageIsNotRun() {
        StageRun i = executor.run(example1(List.of("no-such-rule"), List.of()), null).stages().get(0);
        assertThat(i.verdict()).isEqualTo(Verdict.NO_RULE);
        assertThat(codes(i)).contains(FindingCode.RUN_UNKNOWN_RULE);
        assertThat(i.findings()).anyMatch(f -> f.message().contains("no-such-rule"));
    }

    @Test
    void aRuleHintWhoseReagentIsNeverChargedIsAMissingReagent() {
        StageRun i = executor.run(example1(List.of("acid-chloride-oxalyl"), List.of()), null).stages().get(0);
        assertThat(codes(i)).contains(FindingCode.RUN_MISSING_REAGENT);
        assertThat(i.ok()).isFalse();
    }

    @Test
    void theAntiOximeDeclaredIsAStereoMismatch() {
        List<SubstanceRef> extra = List.of(ref("anti-br", "imp-anti-Br"));
        Route r = route(extra, stageI(List.of(), "anti-br", "bromo-acid"));
        assertThat(executor.run(r, null).stages().get(0).verdict()).isEqualTo(Verdict.CONSTITUTION_ONLY);
    }

    @Test
    void moreHydrogenChlorideThanBasicSitesIsAnImpossibleSaltForm() {
        // cefepime has two basic sites (inner-salt carboxylate, aminothiazole): a trihydrochloride cannot form
        String tri = Fixtures.compound("001-I.HCl").get("smiles") + ".Cl.Cl";
        Route r = route(List.of(smiles("cef-3hcl", "cefepime trihydrochloride", tri)),
                stageI(List.of(), "bromo-int-hcl", "bromo-acid"), stageII(List.of(), "cef-3hcl", "hcl"));
        StageRun ii = executor.run(r, null).stages().get(1);
        assertThat(ii.verdict()).isEqualTo(Verdict.MATCH);
        assertThat(codes(ii)).contains(FindingCode.RUN_SALT_FORM_IMPOSSIBLE);
    }

    @Test
    void aHydrobromideNeedsBromideInTheVessel() {
        // the bromo intermediate as a hydrobromide: stage I never has HBr or bromide (the Br is covalent)
        String hbr = Fixtures.compound("001-II.Br").get("smiles") + ".Br";
        Route r = route(List.of(smiles("int-hbr", "bromo intermediate hydrobromide", hbr)),
                stageI(List.of(), "int-hbr", "bromo-acid"));
        StageRun i = executor.run(r, null).stages().get(0);
        assertThat(i.verdict()).isEqualTo(Verdict.MATCH);
        assertThat(codes(i)).contains(FindingCode.RUN_SALT_FORM_IMPOSSIBLE);
    }

    @Test
    void aStageDownstreamOfAFailedStageSaysSo() {
        // stage I declares the chloro intermediate although the bromo acid is charged: stage II then takes what
        // stage I derived (the bromo intermediate) and reports that its input comes from a failed stage
        Route r = route(List.of(ref("chloro-int-hcl", "001-II.Cl.HCl")),
                stageI(List.of(), "chloro-int-hcl", "bromo-acid"),
                stageII(List.of(), "chloro-int-hcl", "cefepime-2hcl-h2o", "hcl"));
        RunResult run = executor.run(r, null);
        assertThat(run.stages().get(0).verdict()).isEqualTo(Verdict.MISMATCH);
        assertThat(codes(run.stages().get(1))).contains(FindingCode.RUN_UPSTREAM_FAILED);
    }

    @Test
    void impuritiesAreTheAntiAndDelta2IsomersOfTheReferenceWithTheirMzByHand() {
        RunResult r = executor.run(example1(RULES_I, List.of()), null);
        Map<String, ImpurityMass> byId = new java.util.HashMap<>();
        r.impurityMasses().forEach(m -> byId.put(m.id(), m));
        assertThat(byId).containsKeys("anti-isomer", "delta2-isomer");
        assertThat(byId.get("anti-isomer").inchiKey()).isEqualTo(Fixtures.compound("imp-anti").get("inchikey"));
        assertThat(byId.get("delta2-isomer").inchiKey()).isEqualTo(Fixtures.compound("imp-d2").get("inchikey"));
        // C19H24N6O5S2 (reference mono 480.1250); [M+H]+ = M + 1.00782503207 - 0.000548579909 (hand)
        for (ImpurityMass m : byId.values()) {
            assertThat(m.formula()).isEqualTo("C19H24N6O5S2");
            assertThat(m.monoisotopicMass()).isCloseTo(480.1250, org.assertj.core.data.Offset.offset(5e-4));
            assertThat(m.ion()).isEqualTo("[M+H]+");
            assertThat(m.mz()).isCloseTo(481.1323, org.assertj.core.data.Offset.offset(5e-4));
        }
    }

    @Test
    void aVariantSubstitutesSubstancesAndPicksItsStages() {
        Route r = route(List.of(ref("chloro-acid", "001-IV.ClOH"), ref("chloro-int-hcl", "001-II.Cl.HCl")),
                stageI(List.of(), "bromo-int-hcl", "bromo-acid"));
        Route withVariant = new Route(r.schema(), r.id(), r.title(), r.documents(), r.kind(), r.substances(),
                r.stages(), List.of(new Variant("cl", "X = Cl", List.of("I"), Map.of(),
                        Map.of("bromo-acid", "chloro-acid", "bromo-int-hcl", "chloro-int-hcl"))), r.notes());
        RunResult run = executor.run(withVariant, withVariant.variants().get(0));
        assertThat(run.stages()).hasSize(1);
        assertThat(run.stages().get(0).verdict()).isEqualTo(Verdict.MATCH);
        assertThat(run.stages().get(0).products().get(0).substance()).isEqualTo("chloro-int-hcl");
    }
}
