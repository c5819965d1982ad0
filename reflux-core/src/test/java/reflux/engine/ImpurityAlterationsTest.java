package reflux.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import reflux.chem.Structures;

/** The impurity alterations of impurities.tsv turn cefepime into the reference impurity rows. */
class ImpurityAlterationsTest {

    private final ImpurityAlterations alterations = new ImpurityAlterations();

    private String apply(String id, String smiles) {
        return alterations.apply(alterations.all().stream().filter(a -> a.id().equals(id)).findFirst()
                .orElseThrow(), smiles);
    }

    @Test
    void everyRowHasASourceAndTheTwoNamedImpuritiesAreThere() {
        assertThat(alterations.all()).extracting(ImpurityAlterations.Alteration::id)
                .contains("anti-isomer", "delta2-isomer");
        assertThat(alterations.all()).allSatisfy(a -> assertThat(a.source()).isNotBlank());
    }

    @Test
    void theAntiAlterationOfCefepimeIsTheReferenceAntiIsomer() {
        String anti = apply("anti-isomer", Fixtures.smiles("ref:001-I"));
        assertThat(Structures.inchiKey(Fixtures.mol(anti))).isEqualTo(Fixtures.compound("imp-anti").get("inchikey"));
    }

    @Test
    void theDelta2AlterationOfCefepimeIsTheReferenceDelta2Isomer() {
        String d2 = apply("delta2-isomer", Fixtures.smiles("ref:001-I"));
        assertThat(Structures.inchiKey(Fixtures.mol(d2))).isEqualTo(Fixtures.compound("imp-d2").get("inchikey"));
    }

    @Test
    void aStructureWithoutTheAlteredFeatureIsLeftAlone() {
        // benzanilide has neither an oxime nor a cephem
        assertThat(apply("anti-isomer", "O=C(Nc1ccccc1)c1ccccc1")).isNull();
        assertThat(apply("delta2-isomer", "O=C(Nc1ccccc1)c1ccccc1")).isNull();
    }
}
