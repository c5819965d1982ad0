package reflux.claims;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reflux.testkit.SharedFiles;

/** The claim files read cleanly, every quoted span is the seed's text at its offsets, and bad files fail located. */
class ClaimFilesTest {

    private static final Path ROOT = SharedFiles.repoRoot();

    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "002"})
    void everySpanIsTheSeedTextAtItsOffsets(String doc) throws IOException {
        String seed = SharedFiles.seedText(doc);
        JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(ROOT.resolve("claims/" + doc + ".yaml").toFile());
        List<String> problems = new ArrayList<>();
        int[] spans = {0};
        walk(root, "", seed, problems, spans);
        assertThat(problems).isEmpty();
        assertThat(spans[0]).as("spans checked").isGreaterThan(10);
    }

    private static void walk(JsonNode n, String path, String seed, List<String> problems, int[] spans) {
        if (n.isObject() && n.has("text") && n.size() <= 3 && n.get("text").isTextual()) {
            spans[0]++;
            String text = n.get("text").asText();
            if (!n.has("start") || !n.has("end")) {
                problems.add(path + ": no offsets for \"" + text + "\"");
            } else if (!seed.substring(n.get("start").asInt(), n.get("end").asInt()).equals(text)) {
                problems.add(path + ": seed[" + n.get("start") + ":" + n.get("end") + "] is not \"" + text + "\"");
            }
            return;
        }
        if (n.isObject()) {
            n.fields().forEachRemaining(e -> walk(e.getValue(), path + "." + e.getKey(), seed, problems, spans));
        } else if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                walk(n.get(i), path + "[" + i + "]", seed, problems, spans);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "002"})
    void theClaimFileReadsAndNumbersEveryClaimOfTheSeed(String doc) {
        ClaimsReader.Load load = new ClaimsReader().read(ROOT.resolve("claims/" + doc + ".yaml"));
        assertThat(load.problems()).isEmpty();
        // the seeds print claims 1-9 (000), 1-14 (001) and 1-2 (002)
        int last = switch (doc) {
            case "000" -> 9;
            case "001" -> 14;
            default -> 2;
        };
        assertThat(load.claims().claims()).extracting(ClaimSet.Claim::number)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, last).boxed().toList());
    }

    @Test
    void thePublishedSchemaIsTheBundledOne() throws IOException {
        String published = Files.readString(ROOT.resolve("schemas/claims.schema.json"), StandardCharsets.UTF_8);
        String bundled = new String(ClaimFilesTest.class.getResourceAsStream(ClaimsReader.SCHEMA).readAllBytes(),
                StandardCharsets.UTF_8);
        assertThat(bundled).isEqualTo(published);
    }

    @Test
    void aBadKindIsALocatedSchemaProblem(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("bad.yaml");
        Files.writeString(f, "schema: reflux.claims/1\ndocument: \"000\"\nseed: x.txt\nclaims:\n  - number: 1\n"
                + "    category: process\n    text: {text: \"1. A process\"}\n    limitations:\n"
                + "      - {kind: wish, quote: {text: \"x\"}}\n");
        ClaimsReader.Load load = new ClaimsReader().read(f);
        assertThat(load.readable()).isTrue();
        assertThat(load.isOk()).isFalse();
        assertThat(load.problems().get(0).line()).isEqualTo(9);
        assertThat(load.problems().get(0).format()).contains("bad.yaml:9:");
    }

    @Test
    void aParentThatIsNoEarlierClaimIsReported(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("dep.yaml");
        Files.writeString(f, "schema: reflux.claims/1\ndocument: \"000\"\nseed: x.txt\nclaims:\n  - number: 1\n"
                + "    category: process\n    text: {text: \"1. A process\"}\n    dependsOn: [3]\n    limitations: []\n");
        ClaimsReader.Load load = new ClaimsReader().read(f);
        assertThat(load.isOk()).isFalse();
        assertThat(load.problems().get(0).field()).isEqualTo("claims[0].dependsOn");
        assertThat(load.problems().get(0).line()).isEqualTo(8);
    }

    @Test
    void aMissingOrBinaryFileIsUnreadable(@TempDir Path dir) throws IOException {
        assertThat(new ClaimsReader().read(dir.resolve("none.yaml")).readable()).isFalse();
        Path bin = dir.resolve("bin.yaml");
        Files.write(bin, new byte[] {'a', 0, 'b'});
        assertThat(new ClaimsReader().read(bin).readable()).isFalse();
    }
}
