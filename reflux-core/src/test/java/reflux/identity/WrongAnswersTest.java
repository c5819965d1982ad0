package reflux.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openscience.cdk.exception.InvalidSmilesException;
import reflux.chem.Structures;
import reflux.model.identity.Resolution;
import reflux.model.identity.ResolutionStatus;
import reflux.model.identity.ResolverWarning;

/**
 * The wrong answers of issue 10 (measured on the USPTO/ORD sample), one test per class. Expected structures are
 * SMILES written by hand from the chemistry (textbook formulas of the salts, the Stock number as the ion charge),
 * compared by InChIKey.
 */
class WrongAnswersTest {

    private static String key(String smiles) throws InvalidSmilesException {
        return Structures.inchiKey(Structures.parseSmiles(smiles));
    }

    private static Resolution resolve(String name) {
        return NameResolver.fresh().resolve(name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            potassium bisulfate                    | [K+].OS(=O)(=O)[O-]
            sodium bisulfite                       | [Na+].OS(=O)[O-]
            3-aminopropionate hydrochloride        | NCCC(=O)O.Cl
            piperazine oxalate hemihydrate         | C1CNCCN1.C1CNCCN1.OC(=O)C(=O)O.OC(=O)C(=O)O.O
            disodium phosphate dodecahydrate       | [Na+].[Na+].OP(=O)([O-])[O-].O.O.O.O.O.O.O.O.O.O.O.O
            """)
    void saltWordsAfterAnInorganicOrAnionicParentGiveTheNeutralSalt(String name, String smiles) throws Exception {
        Resolution r = resolve(name);
        assertThat(r.status()).as(r.message()).isEqualTo(ResolutionStatus.RESOLVED);
        assertThat(r.inchiKey()).as(r.smiles()).isEqualTo(key(smiles));
        assertThat(r.charge()).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            cobalt (III)  | [Co+3]
            Thallium (I)  | [Tl+]
            iron (II)     | [Fe+2]
            """)
    void aStockNumberAfterAnElementIsItsChargeNotACompoundLabel(String name, String smiles) throws Exception {
        assertThat(resolve(name).inchiKey()).isEqualTo(key(smiles));
    }

    @Test
    void aCompoundLabelAfterANameIsStillRemoved() throws Exception {
        assertThat(resolve("4-chlorobutan-1-ol (II)").inchiKey()).isEqualTo(key("OCCCCCl"));
    }

    @Test
    void relativeDescriptorsKeepTheirAsterisks() {
        Resolution r = resolve("(4aR*,5R*,8aS*)-5-methyl-decahydronaphthalene");
        assertThat(r.warnings()).noneMatch(w -> w.contains("italics"));
        assertThat(r.warnings()).anyMatch(w -> w.startsWith(ResolverWarning.STEREO_RELATIVE.name()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"NBS", "CDI", "PCC", "TCDD", "CsF", "Ni", "CS2", "ACN", "DMAP"})
    void abbreviationsAndFormulasAreNeverReadAsSmiles(String name) {
        assertThat(SmilesInput.looksLikeSmiles(name)).isFalse();
        assertThat(resolve(name).source()).isNotEqualTo("SMILES");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"CC(=O)O", "c1ccccc1O", "C[C@H](N)C(=O)O", "OC(=O)/C=C\\C(=O)O"})
    void unambiguousSmilesAreRead(String smiles) throws Exception {
        Resolution r = resolve(smiles);
        assertThat(r.source()).isEqualTo("SMILES");
        assertThat(r.inchiKey()).isEqualTo(key(smiles));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            II
            compound 3
            title compound
            the title compound
            ( 38 )
            Example 12
            formula II
            compounds ( a )
            2A
            crude title product
            white crystalline material
            free base
            """)
    void compoundLabelsHaveTheirOwnStatus(String name) {
        Resolution r = resolve(name);
        assertThat(r.status()).isEqualTo(ResolutionStatus.LABEL);
        assertThat(r.smiles()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Borax", "acetic acid", "acetamide", "iodine", "vitamin C"})
    void namesThatLookLikeLabelsAreNotLabels(String name) {
        assertThat(resolve(name).status()).isNotEqualTo(ResolutionStatus.LABEL);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2,2-dimethyl-6-(2-phenylacetamido)-penam-3-carboxylic acid | (2S,5R,6R)-3,3-dimethyl-7-oxo-6-[(2-phenylacetyl)amino]-4-thia-1-azabicyclo[3.2.0]heptane-2-carboxylic acid
            7-(2-thienylacetamido)-3-acetoxymethyl-3-cephem-4-carboxylic acid | (6R,7R)-3-(acetyloxymethyl)-8-oxo-7-[(2-thiophen-2-ylacetyl)amino]-5-thia-1-azabicyclo[4.2.0]oct-2-ene-2-carboxylic acid
            """)
    void betaLactamRingStereoSurvivesTheSpellingOfTheAcylamino(String name, String systematic) throws Exception {
        String smiles = uk.ac.cam.ch.wwmm.opsin.NameToStructure.getInstance().parseToSmiles(systematic);
        assertThat(resolve(name).inchiKey()).isEqualTo(key(smiles));
    }
}
