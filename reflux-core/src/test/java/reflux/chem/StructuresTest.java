package reflux.chem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;
import reflux.testkit.SharedFiles;

class StructuresTest {

    @Test
    void everyReferenceCompoundReproducesItsFormulaMassesAndInchiKey() throws Exception {
        for (Map<String, String> row : SharedFiles.referenceCompounds().values()) {
            StructureFacts f = Structures.facts(row.get("smiles"));
            String id = row.get("id");
            assertThat(f.inchiKey()).as(id).isEqualTo(row.get("inchikey"));
            assertThat(f.formula()).as(id).isEqualTo(row.get("formula"));
            assertThat(f.molarMass()).as(id).isCloseTo(Double.parseDouble(row.get("MW")), within(0.001));
            assertThat(f.monoisotopicMass()).as(id).isCloseTo(Double.parseDouble(row.get("mono")), within(0.0001));
            assertThat(f.charge()).as(id).isEqualTo(Integer.parseInt(row.get("charge")));
        }
    }

    @Test
    void cefepimeCarriesTwoRCentresAndAZOxime() throws Exception {
        String smiles = SharedFiles.referenceCompounds().get("001-I").get("smiles");
        assertThat(Structures.facts(smiles).cip())
                .filteredOn(l -> l.endsWith(":R")).hasSize(2);
        assertThat(Structures.facts(smiles).cip()).filteredOn(l -> l.contains("=N") && l.endsWith(":Z")).hasSize(1);
    }
}
