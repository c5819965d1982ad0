package reflux.route;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import reflux.testkit.SharedFiles;

/**
 * The seed route files quote their seeds faithfully: every quote is in the seed (at its offsets when given), every
 * substance name is printed verbatim in the seed, and every SMILES override is the one of the reference row its note
 * names in {@code ../shared/reference/seed-compounds.tsv} (or that row with the one substitution the note states).
 */
class SeedRouteSourcesTest {

    private static final Pattern REFERENCE_ROW = Pattern.compile("seed-compounds\\.tsv row ([\\w.-]*\\w)");
    /** "derived from seed-compounds.tsv row 000-IV.a: [Cl-] -> [I-]": a member with no row, one substitution away. */
    private static final Pattern DERIVED = Pattern.compile("derived from seed-compounds\\.tsv row (\\S+): (\\S+) -> (\\S+)$");

    @ParameterizedTest
    @ValueSource(strings = {"cefepime-001-example1.yaml", "cefepime-001-example2.yaml", "cefepime-000-claims.yaml", "ceftobiprole-002-claims.yaml"})
    void everyQuoteIsInTheSeedAtItsOffsets(String file) {
        List<JsonNode> sources = new ArrayList<>();
        RouteTrees.walk(RouteTrees.route(file), o -> {
            if (o.has("quote")) {
                sources.add(o);
            }
        });
        assertThat(sources).hasSizeGreaterThan(10);
        for (JsonNode s : sources) {
            String seed = SharedFiles.seedText(s.path("document").asText());
            String quote = s.path("quote").asText();
            assertThat(seed).as("%s: quote", file).contains(quote);
            if (s.has("start")) {
                assertThat(seed.substring(s.path("start").asInt(), s.path("end").asInt()))
                        .as("%s: text at %s..%s", file, s.path("start"), s.path("end")).isEqualTo(quote);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"cefepime-001-example1.yaml", "cefepime-001-example2.yaml", "cefepime-000-claims.yaml"})
    void everySubstanceNameIsPrintedOrHasAReferencedSmilesOverride(String file) {
        JsonNode route = RouteTrees.route(file);
        String document = route.path("documents").get(0).asText().substring(0, 3);
        String seed = SharedFiles.seedText(document);
        Map<String, Map<String, String>> reference = SharedFiles.referenceCompounds();
        for (JsonNode s : route.path("substances")) {
            String name = s.path("name").asText();
            assertThat(name).as("%s: substance %s has a name", file, s.path("id")).isNotBlank();
            if (assumedOnly(route, s.path("id").asText())) {
                continue; // a substance the route charges only as an assumption (a charge with 'assumed') is not printed
            }
            // In these three files every name is printed, overridden or not ("compound of formula II").
            assertThat(seed).as("%s: name of %s printed verbatim in seed %s", file, s.path("id"), document)
                    .contains(name);
            if (!s.hasNonNull("smiles")) {
                continue;
            }
            String notes = s.path("notes").toString();
            Matcher derived = null;
            Matcher row = null;
            for (JsonNode note : s.path("notes")) {
                Matcher d = DERIVED.matcher(note.asText());
                Matcher r = REFERENCE_ROW.matcher(note.asText());
                derived = d.find() ? d : derived;
                row = r.find() ? r : row;
            }
            assertThat(row).as("%s: %s has a SMILES override without a note naming the reference row (%s)",
                    file, s.path("id"), notes).isNotNull();
            assertThat(reference).as("%s: reference row of %s", file, s.path("id")).containsKey(row.group(1));
            String expected = reference.get(row.group(1)).get("smiles");
            if (derived != null) {
                String from = derived.group(2);
                assertThat(expected.split(Pattern.quote(from), -1)).as("%s: '%s' occurs once in row %s", file, from,
                        row.group(1)).hasSize(2);
                expected = expected.replace(from, derived.group(3));
            }
            assertThat(s.path("smiles").asText()).as("%s: SMILES of %s", file, s.path("id")).isEqualTo(expected);
        }
    }

    /** True when every charge of the substance in the route is marked 'assumed' (and there is at least one). */
    private static boolean assumedOnly(JsonNode route, String id) {
        java.util.List<JsonNode> charges = new java.util.ArrayList<>();
        route.findParents("substance").forEach(n -> {
            if (id.equals(n.path("substance").asText()) && n.has("role")) {
                charges.add(n);
            }
        });
        return !charges.isEmpty() && charges.stream().allMatch(n -> n.hasNonNull("assumed"));
    }
}
