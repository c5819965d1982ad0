package reflux.route.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import reflux.testkit.SharedFiles;

/** The published JSON Schema: the bundled copy is the published file; valid routes pass; invalid ones fail. */
class RouteSchemaTest {

    private static JsonNode yaml(Path file) throws IOException {
        return new YAMLMapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void theBundledSchemaIsThePublishedOne() throws IOException {
        String published = Files.readString(SharedFiles.repoRoot().resolve("schemas/route.schema.json"),
                StandardCharsets.UTF_8);
        assertThat(RouteSchema.text()).isEqualTo(published);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reflux.route.io.RouteRoundTripTest#routeFiles")
    void everyValidRouteValidatesAgainstTheSchemaAlone(Path file) throws IOException {
        assertThat(RouteSchema.validate(yaml(file))).isEmpty();
    }

    @Test
    void schemaMessagesAreLocatedThroughTheTree() throws Exception {
        Path file = Path.of(getClass().getResource("/reflux/route/malformed/unknown-key-charge.yaml").toURI());
        YamlTreeReader.Result tree = new YamlTreeReader(1 << 20).read(file, Files.readString(file));
        java.util.List<RouteProblem> problems = RouteSchema.validate(file, tree.root());
        // the unknown key 'amount' is on line 26 of the file (see manifest.tsv), nothing else is wrong
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(26);
            assertThat(p.field()).isEqualTo("stages[0].steps[0].operations[0].charges[1].amount");
            assertThat(p.message()).startsWith("schema: ").contains("amount");
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"unknown-key-temperature-misspelt", "unknown-key-top-level", "unknown-key-charge",
            "missing-schema", "wrong-schema-version", "missing-kind", "missing-substance-name", "missing-role",
            "missing-operation-type", "unknown-operation-type", "unknown-role", "unknown-kind", "step-id-number",
            "optional-not-boolean", "nmr-shift-with-unit", "amounts-not-a-list", "top-level-list"})
    void structurallyInvalidRoutesFailTheSchemaAlone(String name) throws Exception {
        Path file = Path.of(getClass().getResource("/reflux/route/malformed/" + name + ".yaml").toURI());
        assertThat(RouteSchema.validate(yaml(file))).isNotEmpty();
    }
}
