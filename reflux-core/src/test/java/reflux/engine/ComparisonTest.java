package reflux.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import reflux.model.run.Verdict;

/** Parent comparison by InChIKey blocks and InChI stereo layers; expected relations from the reference rows. */
class ComparisonTest {

    private final FactsCache cache = new FactsCache();

    private static List<String> parts(String ref) {
        return List.of(Fixtures.smiles(ref).split("\\."));
    }

    @Test
    void theCationOfAHydrochlorideIsTheSameParentAsTheZwitterion() {
        // 001-I.HCl is the cefepime cation + Cl- (reference row); the cation and the zwitterion differ only in the
        // protonation block of the InChIKey
        String cation = parts("ref:001-I.HCl").stream().filter(s -> s.length() > 5).findFirst().orElseThrow();
        assertThat(Comparison.compare(List.of(cation), parts("ref:001-I"), cache).verdict())
                .isEqualTo(Verdict.MATCH);
    }

    @Test
    void anEpimerAndTheAntiIsomerAreStereoMismatches() {
        // reference rows: cef-7S is the 7-epimer, imp-anti the (E)-oxime of cefepime
        assertThat(Comparison.compare(parts("ref:cef-7S"), parts("ref:001-I"), cache).verdict())
                .isEqualTo(Verdict.CONSTITUTION_ONLY);
        assertThat(Comparison.compare(parts("ref:imp-anti"), parts("ref:001-I"), cache).verdict())
                .isEqualTo(Verdict.CONSTITUTION_ONLY);
    }

    @Test
    void stereoLeftOpenIsUndeterminedNotAMismatch() {
        // cefepime written without any stereo
        String flat = "C[N+]1(CCCC1)CC2=C(N3C(C(C3=O)NC(=O)C(=NOC)C4=CSC(=N4)N)SC2)C(=O)[O-]";
        assertThat(Comparison.compare(List.of(flat), parts("ref:001-I"), cache).verdict())
                .isEqualTo(Verdict.STEREO_UNDETERMINED);
    }

    @Test
    void anotherConstitutionIsAMismatch() {
        assertThat(Comparison.compare(parts("ref:001-II.Br"), parts("ref:001-I"), cache).verdict())
                .isEqualTo(Verdict.MISMATCH);
    }

    @Test
    void componentsWithoutAnInchiKeyAreNeverEqual() {
        assertThat(Comparison.compare(List.of("*CCCCO"), List.of("*C"), cache).verdict())
                .isNotEqualTo(Verdict.MATCH);
    }
}
