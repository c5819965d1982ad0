package reflux.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import reflux.chem.Structures;
import reflux.extract.ParagraphExtractor;
import reflux.identity.NameResolver;

/**
 * The product-side screen rules out a template only when the target lacks the atoms its product side writes (carbon by
 * hydrogen count, other elements by element), and a target already charged is not credited to any template. The
 * expectations are read off the SMILES by hand.
 */
class ProductScreenTest {

    private static int[] keys(String smiles) throws Exception {
        return ProductScreen.keysOf(Structures.parseSmiles(smiles));
    }

    @Test
    void aTargetWithoutTheWrittenElementIsRuledOut() throws Exception {
        // nitro reduction: the product side writes an NH2 nitrogen
        ProductScreen s = ProductScreen.of("[#7;A;H0;+1:1](-[#6;A:2])(-[#8;A;H0;-1])=[#8;A;H0;+0]>>[NH2+0:1]-[C:2]");
        assertThat(s.allows(keys("CCN"))).isTrue();
        assertThat(s.allows(keys("CCO"))).isFalse();
    }

    @Test
    void carbonIsComparedByItsHydrogenCount() throws Exception {
        // ketone reduction writes a CH carbon and an OH oxygen: propan-2-ol has both, acetone has no CH
        ProductScreen s = ProductScreen.of("[#6;A;H0;+0:1](-[#6;A:3])(=[#8;A;H0;+0:2])-[#6;A:4]"
                + ">>[CH1+0:1](-[C:3])(-[OH1+0:2])-[C:4]");
        assertThat(s.allows(keys("CC(O)C"))).isTrue();
        assertThat(s.allows(keys("CC(=O)C"))).isFalse();
        // hydrogens written as atoms count like implicit ones
        assertThat(s.allows(keys("[H]C(C)(C)O"))).isTrue();
    }

    @Test
    void heteroatomHydrogenIsNotComparedBecauseInChIMovesIt() throws Exception {
        // a template writing the O-H of 2-hydroxypyridine must not rule out 2-pyridone (one standard InChIKey)
        ProductScreen s = ProductScreen.of("[#8;A;H0;+0:1]-[#6;A:2]>>[OH1+0:1]-[c:2]");
        assertThat(Structures.inchiKey(Structures.parseSmiles("Oc1ccccn1")))
                .isEqualTo(Structures.inchiKey(Structures.parseSmiles("O=C1C=CC=CN1")));
        assertThat(s.allows(keys("O=C1C=CC=CN1"))).isTrue();
    }

    @Test
    void aProductSideInSeveralComponentsNeedsOnlyOne() throws Exception {
        ProductScreen s = ProductScreen.of("[#7;A;H1;+0:1].[#17;A;H0;+0:2]>>[NH2+1:1].[ClH0-1:2]");
        assertThat(s.allows(keys("CC[NH3+]"))).isTrue();
        assertThat(s.allows(keys("[Cl-]"))).isTrue();
        assertThat(s.allows(keys("CCO"))).isFalse();
    }

    @Test
    void aProductSideThatWritesNoAtomOrAnUnknownTargetRulesNothingOut() throws Exception {
        assertThat(ProductScreen.of("[#6;A:1]-[#35;A]>>[C:1]").allows(keys("O"))).isTrue();
        assertThat(ProductScreen.of("[#7;A;H1;+0:1]>>[NH2+0:1]").allows(null)).isTrue();
    }

    @Test
    void aProductAlreadyChargedIsNotCreditedToATemplate() throws Exception {
        // a recrystallisation: the stored product is the charged substance itself. Before, any template firing on
        // the solvent (an O-H deprotonation on ethanol, say) "made" it
        RecordProcessor p = new RecordProcessor(ParagraphExtractor.standard(), NameResolver.standard()::resolve,
                new RuleMatcher(DerivedRules.standard()));
        CorpusRow row = p.process(new CorpusRecord(0, "r", "Crude 4-nitrophenol (5.0 g) was dissolved in hot "
                + "ethanol (20 ml) and water (5 ml); on cooling, 4-nitrophenol (4.1 g) crystallised.",
                "Oc1ccc(cc1)[N+](=O)[O-]", null, null));
        JsonNode r = new ObjectMapper().readTree(row.json());
        assertThat(r.path("verdict").asText()).isEqualTo("PRODUCT_CHARGED");
        assertThat(r.path("execution").path("rule").isMissingNode() || r.path("execution").path("rule").isNull())
                .isTrue();
        List<String> codes = r.path("findings").findValuesAsText("code");
        assertThat(codes).contains("RUN_NO_CONVERSION").doesNotContain("RUN_MATCH");
    }
}
