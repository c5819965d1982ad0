package reflux.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openscience.cdk.interfaces.IAtomContainer;
import reflux.chem.Structures;
import reflux.identity.NameResolver;
import reflux.model.identity.Resolution;

class RuleDeriverTest {

    /** Acetyl chloride + methylamine → N-methylacetamide, mapped by hand. */
    private static final String AMIDE = "[CH3:1][C:2](=[O:3])Cl.[NH2:4][CH3:5]>>[CH3:1][C:2](=[O:3])[NH:4][CH3:5]";

    @Test
    void theCentreOfAnAmideFormationIsTheCarbonylCarbonAndTheNitrogenWithChlorideLeaving() {
        RuleDeriver.Result r = new RuleDeriver().derive(AMIDE);
        assertThat(r.ok()).isTrue();
        // reactant side: the acyl carbon (no H) bonded to the chloride that leaves, the NH2 nitrogen
        assertThat(r.smirks()).contains("[#17;A;H0;+0]").contains("[#7;A;H2;+0:").contains(">>");
        // product side: the nitrogen has one H left
        assertThat(r.smirks().substring(r.smirks().indexOf(">>"))).contains("NH1+0");
    }

    @Test
    void aTemplateFromOneRecordMakesTheAmideOfOtherPartnersAsOpsinNamesIt() throws Exception {
        DerivedRules rules = new DerivedRules(List.of(new DerivedRules.Template("t1",
                new RuleDeriver().derive(AMIDE).smirks(), List.of("hand"))));
        // propanoyl chloride + ethylamine: not the record the template came from
        IAtomContainer pot = Structures.parseSmiles("CCC(=O)Cl.CCN");
        Resolution expected = NameResolver.standard().resolve("N-ethylpropanamide");
        IAtomContainer product = Structures.parseSmiles(expected.smiles());
        RuleMatcher.Outcome o = new RuleMatcher(rules).execute(pot, RecordProcessor.formula(product),
                expected.inchiKey());
        assertThat(o.rule()).isEqualTo("t1");
    }

    @Test
    void aNearMissSubstrateWithoutTheLeavingGroupDoesNotReact() throws Exception {
        DerivedRules rules = new DerivedRules(List.of(new DerivedRules.Template("t1",
                new RuleDeriver().derive(AMIDE).smirks(), List.of("hand"))));
        // propanoic acid instead of its chloride: no chloride to leave, so no amide
        IAtomContainer pot = Structures.parseSmiles("CCC(=O)O.CCN");
        Resolution expected = NameResolver.standard().resolve("N-ethylpropanamide");
        RuleMatcher.Outcome o = new RuleMatcher(rules).execute(pot,
                RecordProcessor.formula(Structures.parseSmiles(expected.smiles())), expected.inchiKey());
        assertThat(o.rule()).isNull();
        assertThat(o.fired()).isZero();
    }

    @Test
    void aReactionWithoutChangesGivesNoTemplateAndSaysWhy() {
        RuleDeriver.Result r = new RuleDeriver().derive("[CH3:1][OH:2]>>[CH3:1][OH:2]");
        assertThat(r.ok()).isFalse();
        assertThat(r.problem()).startsWith("no atom changes");
    }
}
