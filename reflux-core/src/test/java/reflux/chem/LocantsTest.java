package reflux.chem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.ac.cam.ch.wwmm.opsin.NameToStructure;

/**
 * Locants are checked against systematic names: each structure comes from its IUPAC name through OPSIN, and the
 * expected descriptor is the one written in that name (von Baeyer numbering), so the two sides are independent of
 * the scaffold table.
 */
class LocantsTest {

    private static StructureFacts facts(String name) throws Exception {
        String smiles = NameToStructure.getInstance().parseToSmiles(name);
        assertThat(smiles).as(name).isNotNull();
        return Structures.facts(Structures.parseSmiles(smiles));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        // cefepime: (6R,7R), (Z)-methoxyimino
        "(6R,7R)-7-[[(2Z)-2-(2-amino-1,3-thiazol-4-yl)-2-methoxyiminoacetyl]amino]-3-[(1-methylpyrrolidin-1-ium-1-yl)methyl]-8-oxo-5-thia-1-azabicyclo[4.2.0]oct-2-ene-2-carboxylate|(6R,7R) (cephem)|oxime",
        // its 7-epimer
        "(6R,7S)-7-amino-3-methyl-8-oxo-5-thia-1-azabicyclo[4.2.0]oct-2-ene-2-carboxylic acid|(6R,7S) (cephem)|",
        // benzylpenicillin
        "(2S,5R,6R)-3,3-dimethyl-7-oxo-6-[(2-phenylacetyl)amino]-4-thia-1-azabicyclo[3.2.0]heptane-2-carboxylic acid|(2S,5R,6R) (penam)|",
        // clavulanic acid (4-oxa; its exocyclic C=C has its own Z)
        "(2R,3Z,5R)-3-(2-hydroxyethylidene)-7-oxo-4-oxa-1-azabicyclo[3.2.0]heptane-2-carboxylic acid|(2R,5R) (penam)|",
    })
    void ringStereocentresArePrintedByTheirLocants(String name, String expected, String also) throws Exception {
        StructureFacts f = facts(name);
        String d = Locants.standard().describe(f.smiles(), f.cip());
        assertThat(d).startsWith(expected).doesNotContain(":R").doesNotContain(":S");
        if (also != null) {
            assertThat(d).contains(also);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "(2S)-butan-2-ol|C",
        "(2Z)-2-methoxyiminoacetic acid|oxime",
    })
    void labelsOutsideANumberedSystemKeepTheirAtomIndex(String name, String kind) throws Exception {
        StructureFacts f = facts(name);
        String d = Locants.standard().describe(f.smiles(), f.cip());
        assertThat(d).doesNotContain("(cephem)").doesNotContain("(penam)").contains(kind);
    }
}
