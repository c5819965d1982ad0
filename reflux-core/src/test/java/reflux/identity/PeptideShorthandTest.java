package reflux.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import reflux.chem.Structures;
import reflux.model.identity.Resolution;
import uk.ac.cam.ch.wwmm.opsin.NameToStructure;

/** Peptide shorthand; every residue row and each example checked against bare OPSIN on a systematic name. */
class PeptideShorthandTest {

    private static String opsinKey(String name) throws Exception {
        return Structures.inchiKey(Structures.parseSmiles(NameToStructure.getInstance().parseToSmiles(name)));
    }

    @Test
    void everyResidueIsTheAminoAcidItsCheckNameGivesThroughOpsin() throws Exception {
        for (String[] row : PeptideShorthand.rows()) {
            if (!"residue".equals(row[1])) {
                continue;
            }
            String free = Structures.inchiKey(Structures.parseSmiles(row[2] + "O"));
            assertThat(free).as(row[0]).isEqualTo(opsinKey(row[3]));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Z-Pro-OH | 1-[(benzyloxy)carbonyl]-L-proline
            BOC-Met-Leu-Gly-OEt | ethyl N-(tert-butoxycarbonyl)-L-methionyl-L-leucylglycinate
            H-Asn-Leu-OMe | methyl L-asparaginyl-L-leucinate
            Z-Leu-Gly-OEt | ethyl N-[(benzyloxy)carbonyl]-L-leucylglycinate
            Boc-D-Phe-OH | N-(tert-butoxycarbonyl)-D-phenylalanine
            Fmoc-Ala-OH | N-[(9H-fluoren-9-ylmethoxy)carbonyl]-L-alanine
            """)
    void shorthandGivesTheFullStereoStructure(String shorthand, String systematic) throws Exception {
        Resolution r = NameResolver.fresh().resolve(shorthand);
        assertThat(r.inchiKey()).as(r.message()).isEqualTo(opsinKey(systematic));
        assertThat(r.warnings()).anyMatch(w -> w.startsWith("PEPTIDE_SHORTHAND"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Ala", "H-2-butanol", "Z-Xyz-OH", "N-methyl-Ala", "Pro-Pro-X"})
    void whatIsNotAllShorthandIsNotRead(String text) {
        assertThat(PeptideShorthand.read(text)).isEmpty();
    }
}
