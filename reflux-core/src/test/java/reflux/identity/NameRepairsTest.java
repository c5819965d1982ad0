package reflux.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import reflux.chem.Structures;
import reflux.model.identity.Resolution;
import uk.ac.cam.ch.wwmm.opsin.NameToStructure;

/** Repair and retry: the misspelt name gives what bare OPSIN gives for the spelling corrected by hand. */
class NameRepairsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            N'-(4.4-diethyl-cyclohexyl)-urea | N'-(4,4-diethylcyclohexyl)urea
            4-butyloxy-N(1H-tetrazol-5-yl)quinaldamide | 4-butyloxy-N-(1H-tetrazol-5-yl)quinaldamide
            0-benzoyl benzoic acid | o-benzoylbenzoic acid
            2,4,6--tribromophenol | 2,4,6-tribromophenol
            phtalic anhydride | phthalic anhydride
            α-(p-chlorphenyl)-2-thiazolylacetonitrile | α-(p-chlorophenyl)-2-thiazolylacetonitrile
            N-bromosuccimide | N-bromosuccinimide
            """)
    void aFailingNameIsRepairedWithAWarning(String written, String corrected) throws Exception {
        Resolution r = NameResolver.fresh().resolve(written);
        String want = Structures.inchiKey(Structures.parseSmiles(NameToStructure.getInstance()
                .parseToSmiles(corrected)));
        assertThat(r.inchiKey()).as(r.message()).isEqualTo(want);
        assertThat(r.warnings()).anyMatch(w -> w.startsWith("NAME_REPAIRED"));
    }

    @Test
    void aNameThatParsesAsWrittenIsNeverRepaired() {
        // "chloral" parses as written: the chlor→chloro repair must not turn it into something else
        Resolution r = NameResolver.fresh().resolve("chloral");
        assertThat(r.warnings()).noneMatch(w -> w.startsWith("NAME_REPAIRED"));
    }

    @Test
    void aRepairOpsinStillCannotParseIsNotAccepted() {
        assertThat(NameRepairs.standard().retry("phtalic xyzzy", t -> false)).isEmpty();
    }
}
