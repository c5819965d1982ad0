package reflux.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import reflux.chem.Structures;
import reflux.model.run.Verdict;

class ComparisonTest {

    private final FactsCache cache = new FactsCache();

    @Test
    void theAccountableComponentsAreHclHbrHiAndWaterByReferenceKey() {
        assertThat(Comparison.ACCOUNTABLE).containsKeys(Fixtures.compound("HCl").get("inchikey"),
                Fixtures.compound("HBr").get("inchikey"), Fixtures.compound("water").get("inchikey"),
                Structures.inchiKey(Fixtures.mol("I")));
    }

    @Test
    void aDihydrochlorideMonohydrateMatchesItsSaltWithHclAndWaterAccounted() {
        List<String> pot = List.of(Fixtures.smiles("ref:001-I.HCl").split("\\."));
        List<String> declared = List.of(Fixtures.smiles("ref:001-I.2HCl.H2O").split("\\."));
        Comparison.Result r = Comparison.compare(pot, declared, cache::key, cache::cip);
        assertThat(r.verdict()).isEqualTo(Verdict.MATCH);
        assertThat(r.accounted()).containsExactlyInAnyOrder("Cl", "O");
    }

    @Test
    void aWrongCounterIonIsAMismatchAndAnEpimerIsConstitutionOnly() {
        List<String> hi = List.of(Fixtures.smiles("ref:001-III.HI").split("\\."));
        List<String> hcl = List.of(Fixtures.smiles("ref:001-III.HCl").split("\\."));
        assertThat(Comparison.compare(hi, hcl, cache::key, cache::cip).verdict()).isEqualTo(Verdict.MISMATCH);
        assertThat(Comparison.compare(List.of(Fixtures.smiles("ref:cef-7S")), List.of(Fixtures.smiles("ref:001-I")),
                cache::key, cache::cip).verdict()).isEqualTo(Verdict.CONSTITUTION_ONLY);
    }
}
