package reflux.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import reflux.model.identity.Resolution;
import reflux.model.identity.ResolutionStatus;
import reflux.testkit.SharedFiles;

/** Every name printed in the seeds ({@code ../shared/reference/seed-names.tsv}) resolves as its compare mode says. */
class SeedNamesTest {

    static Stream<Map<String, String>> rows() {
        return SharedFiles.tsv(SharedFiles.shared("reference/seed-names.tsv")).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void everySeedNameResolvesAsItsCompareModeSays(Map<String, String> row) {
        String name = row.get("name_as_written");
        Resolution r = NameResolver.standard().resolve(name);
        String expected = row.get("expected_inchikey");
        switch (row.get("compare")) {
            case "full" -> {
                assertThat(r.status()).as(name + " " + r.message()).isEqualTo(ResolutionStatus.RESOLVED);
                assertThat(r.inchiKey()).as(name).isEqualTo(expected);
                assertMassesAndCip(row.get("reference_id"), r);
            }
            case "skeleton" -> {
                assertThat(r.status()).as(name + " " + r.message()).isEqualTo(ResolutionStatus.RESOLVED);
                assertThat(r.inchiKey()).as(name).startsWith(expected.substring(0, 14));
                assertThat(r.formula()).as(name).isEqualTo(reference(row.get("reference_id")).get("formula"));
            }
            case "defect" -> {
                // must not silently become the intended compound
                assertThat(r.inchiKey()).as(name).isNotEqualTo(expected);
                if (r.status() == ResolutionStatus.RESOLVED) {
                    assertThat(r.warnings()).as(name).anyMatch(w -> w.contains("defect"));
                } else {
                    assertThat(r.message()).as(name).contains("defective name");
                }
            }
            case "markush" -> {
                assertThat(r.status()).as(name).isEqualTo(ResolutionStatus.AMBIGUOUS);
                assertThat(r.message()).as(name).startsWith("generic (Markush) name: ");
                assertThat(r.smiles()).as(name).isNull();
            }
            default -> throw new IllegalArgumentException("unknown compare mode " + row.get("compare"));
        }
    }

    private static Map<String, String> reference(String id) {
        Map<String, String> ref = SharedFiles.referenceCompounds().get(id);
        assertThat(ref).as("reference row " + id).isNotNull();
        return ref;
    }

    /** Masses to 0.001 g/mol and 0.0001 Da; CIP labels as a multiset (atom numbering differs between SMILES). */
    private static void assertMassesAndCip(String id, Resolution r) {
        Map<String, String> ref = reference(id);
        assertThat(r.formula()).as(id).isEqualTo(ref.get("formula"));
        assertThat(r.molarMass()).as(id).isCloseTo(Double.parseDouble(ref.get("MW")), within(0.001));
        assertThat(r.monoisotopicMass()).as(id).isCloseTo(Double.parseDouble(ref.get("mono")), within(0.0001));
        assertThat(r.charge()).as(id).isEqualTo(Integer.parseInt(ref.get("charge")));
        assertThat(stripIndices(r.cip())).as(id + " CIP").containsExactlyInAnyOrderElementsOf(
                stripIndices(ref.get("cip").isBlank() ? List.of() : List.of(ref.get("cip").split(" "))));
    }

    static List<String> stripIndices(List<String> cip) {
        return cip.stream().map(l -> l.replaceAll("\\d+", "")).sorted().toList();
    }
}
