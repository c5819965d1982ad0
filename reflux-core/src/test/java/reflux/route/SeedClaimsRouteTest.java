package reflux.route;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import reflux.testkit.SharedFiles;

/** The seed-000 claims route records no amounts or conditions, because the claims print none. */
class SeedClaimsRouteTest {

    private static final Pattern MEASURED = Pattern.compile(
            "\\d+(?:\\.\\d+)?\\s*(?:°C|°|g|mg|kg|ml|mL|l|mol|mmol|eq|h|hours?|min|minutes|%|bar|atm)(?![A-Za-z])");

    @Test
    void theClaimsOfSeed000PrintNoMeasuredValue() {
        assertThat(MEASURED.matcher(SharedFiles.seedText("000")).results().map(r -> r.group()).toList()).isEmpty();
        // The pattern does find measured values where they are printed.
        assertThat(MEASURED.matcher(SharedFiles.seedText("001")).find()).isTrue();
    }

    @Test
    void theClaimsRouteRecordsNoAmountsConditionsOrYields() {
        JsonNode route = RouteTrees.route("cefepime-000-claims.yaml");
        List<String> recorded = new ArrayList<>();
        RouteTrees.walk(route, o -> {
            o.path("amounts").forEach(a -> recorded.add(a.asText()));
            if (o.has("conditions")) {
                recorded.add(o.path("conditions").toString());
            }
            if (o.hasNonNull("statedYield") || o.has("hplcPurity")) {
                recorded.add(o.toString());
            }
        });
        assertThat(route.path("kind").asText()).isEqualTo("claims");
        assertThat(recorded).isEmpty();
        assertThat(route.path("notes").toString()).contains("no amounts");
    }

    @Test
    void theClaimsRouteCoversEveryReadingTheBriefNames() {
        JsonNode route = RouteTrees.route("cefepime-000-claims.yaml");
        List<String> bindings = new ArrayList<>();
        List<List<String>> stageLists = new ArrayList<>();
        for (JsonNode v : route.path("variants")) {
            bindings.add(v.path("bindings").path("X").asText() + "/" + v.path("bindings").path("Y").asText()
                    + "/" + v.path("bindings").path("R1").asText());
            List<String> stages = new ArrayList<>();
            v.path("stages").forEach(s -> stages.add(s.asText()));
            stageLists.add(stages);
        }
        // X = counter-ion of II: Cl, Br, I; Y = halogen of III: Cl, Br; silylated or not (claim 1).
        assertThat(bindings).anyMatch(b -> b.startsWith("Cl/")).anyMatch(b -> b.startsWith("Br/"))
                .anyMatch(b -> b.startsWith("I/")).anyMatch(b -> b.contains("/Br/"))
                .anyMatch(b -> b.endsWith("/trimethylsilyl")).anyMatch(b -> b.endsWith("/negative charge"));
        // Desilylation or salt V; ion exchange optional (claims 1, 9).
        assertThat(stageLists).anyMatch(s -> s.contains("D")).anyMatch(s -> s.contains("V"))
                .anyMatch(s -> s.contains("X")).anyMatch(s -> !s.contains("X"))
                .allMatch(s -> s.contains("A") && s.contains("C") && s.contains("F"));
    }
}
