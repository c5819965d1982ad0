package reflux.route;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import reflux.chem.Structures;
import reflux.identity.NameResolver;
import reflux.model.identity.Resolution;
import reflux.testkit.SharedFiles;

/**
 * Every substance of the seed route files has a structure: its printed name (plus declared form) resolves, or its
 * SMILES override parses; an override of a resolvable name has the name's skeleton (it only adds stereo the name
 * leaves open). Where seed-names.tsv gives the expected InChIKey for the printed name, the resolution
 * agrees with it (whole key or first block, as the TSV's {@code compare} column says).
 */
class SeedRouteNamesResolveTest {

    @ParameterizedTest
    @ValueSource(strings = {"cefepime-001-example1.yaml", "cefepime-001-example2.yaml", "cefepime-000-claims.yaml"})
    void everySubstanceHasAStructure(String file) throws Exception {
        NameResolver resolver = NameResolver.standard();
        List<String> unresolved = new ArrayList<>();
        for (JsonNode s : RouteTrees.route(file).path("substances")) {
            String name = s.path("name").asText();
            String form = s.path("form").asText("");
            Resolution r = resolver.resolve(form.isEmpty() ? name : name + " " + form);
            if (s.hasNonNull("smiles")) {
                String key = Structures.facts(s.path("smiles").asText()).inchiKey();
                if (r.isResolved()) {
                    // An override may only add what the name leaves open (stereo): same skeleton as the name.
                    assertThat(key.substring(0, 14)).as("%s: override of %s agrees with its name", file, s.path("id"))
                            .isEqualTo(r.inchiKey().substring(0, 14));
                }
                continue;
            }
            if (!r.isResolved()) {
                unresolved.add(name);
            }
        }
        assertThat(unresolved).as("%s: names without a structure", file).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"cefepime-001-example1.yaml", "cefepime-001-example2.yaml", "cefepime-000-claims.yaml"})
    void printedNamesResolveToTheReferenceStructure(String file) {
        NameResolver resolver = NameResolver.standard();
        int compared = 0;
        for (JsonNode s : RouteTrees.route(file).path("substances")) {
            if (s.hasNonNull("smiles") || s.hasNonNull("form")) {
                continue;
            }
            for (Map<String, String> row : SharedFiles.tsv(SharedFiles.shared("reference/seed-names.tsv"))) {
                if (!row.get("name_as_written").equals(s.path("name").asText())) {
                    continue;
                }
                String expected = row.get("expected_inchikey");
                String actual = resolver.resolve(s.path("name").asText()).inchiKey();
                if (row.get("compare").equals("full")) {
                    assertThat(actual).as(s.path("name").asText()).isEqualTo(expected);
                } else {
                    assertThat(actual).as(s.path("name").asText()).startsWith(expected.substring(0, 14));
                }
                compared++;
            }
        }
        assertThat(compared).as("%s: names compared with seed-names.tsv", file).isPositive();
    }
}
