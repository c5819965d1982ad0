package reflux.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import reflux.model.identity.Resolution;
import uk.ac.cam.ch.wwmm.opsin.NameToStructure;

/**
 * syn/anti and racemate words. Expected keys come from bare OPSIN on the systematic (Z)/(E) name of the same compound
 * (syn = Z for these side chains: Bucourt et al., Tetrahedron 1978, 34, 2233; cefotaxime = the syn isomer).
 */
class StereoWordsTest {

    private static String opsinKey(String name) throws Exception {
        String smiles = NameToStructure.getInstance().parseToSmiles(name);
        return reflux.chem.Structures.inchiKey(reflux.chem.Structures.parseSmiles(smiles));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            syn-2-(2-aminothiazol-4-yl)-2-ethoxyiminoacetic acid | (2Z)-2-(2-amino-1,3-thiazol-4-yl)-2-(ethoxyimino)acetic acid
            anti-2-(2-aminothiazol-4-yl)-2-methoxyiminoacetic acid | (2E)-2-(2-amino-1,3-thiazol-4-yl)-2-(methoxyimino)acetic acid
            2-(2-furyl)-2-methoxyiminoacetic acid (syn isomer) | (2Z)-2-(furan-2-yl)-2-(methoxyimino)acetic acid
            7-[2-(2-amino-4-thiazolyl)-2-(syn)-methoxyiminoacetamido]-3-acetoxymethyl-3-cephem-4-carboxylic acid | (6R,7R)-3-(acetyloxymethyl)-7-[[(2Z)-2-(2-amino-1,3-thiazol-4-yl)-2-methoxyiminoacetyl]amino]-8-oxo-5-thia-1-azabicyclo[4.2.0]oct-2-ene-2-carboxylic acid
            """)
    void synIsTheOximeOxygenOnTheCarbonylSide(String name, String systematic) throws Exception {
        Resolution r = NameResolver.fresh().resolve(name);
        assertThat(r.inchiKey()).as(r.message()).isEqualTo(opsinKey(systematic));
        assertThat(r.warnings()).anyMatch(w -> w.startsWith("STEREO_WORD"));
    }

    @Test
    void synWithoutAnOximeIsNotGuessed() {
        Resolution r = NameResolver.fresh().resolve("syn-2-phenylacetic acid");
        assertThat(r.isResolved()).isFalse();
    }

    @Test
    void aRacemateWordIsReadAndReported() throws Exception {
        Resolution r = NameResolver.fresh().resolve("rac. benzyl 2,6,10-trimethyl-undeca-4,8-dien-1-yl ether");
        assertThat(r.inchiKey()).isEqualTo(opsinKey("benzyl 2,6,10-trimethylundeca-4,8-dien-1-yl ether"));
        assertThat(r.warnings()).anyMatch(w -> w.startsWith("STEREO_WORD"));
    }
}
