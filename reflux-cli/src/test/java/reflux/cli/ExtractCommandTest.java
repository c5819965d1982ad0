package reflux.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code reflux extract}: outputs written whole or not at all, located messages, README exit codes. */
class ExtractCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        int code = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        assertThat(err.toString()).doesNotContain("\tat ").doesNotContain("Exception");
        return code;
    }

    @Test
    void paragraphsBecomeOneOrdReactionEach() throws Exception {
        Path in = dir.resolve("p.jsonl");
        Files.writeString(in, "{\"id\": \"a\", \"text\": \"To benzyl chloride (5.0 g) in ethanol (50 ml) was added "
                + "water (10 ml) to give benzyl alcohol (3.9 g, 91%).\"}\n\n{\"id\": \"b\", \"text\": \"\"}\n");
        Path o = dir.resolve("out/ord.jsonl");
        assertThat(run("extract", in.toString(), "--ord", o.toString(), "--no-resolve")).isEqualTo(ExitCode.OK);
        List<String> lines = Files.readAllLines(o);
        assertThat(lines).hasSize(2);
        JsonNode a = new ObjectMapper().readTree(lines.get(0));
        assertThat(a.get("reactionId").asText()).isEqualTo("a");
        assertThat(a.get("inputs").size()).isEqualTo(3);
        assertThat(new ObjectMapper().readTree(lines.get(1)).get("inputs").size()).isZero();
    }

    @Test
    void aBadLineIsLocatedAndNothingIsWritten() throws Exception {
        Path in = dir.resolve("p.jsonl");
        Files.writeString(in, "{\"id\": \"a\", \"text\": \"x\"}\n{not json\n");
        Path o = dir.resolve("ord.jsonl");
        assertThat(run("extract", in.toString(), "--ord", o.toString(), "--no-resolve")).isEqualTo(ExitCode.INPUT);
        assertThat(err.toString()).contains("p.jsonl:2:");
        assertThat(o).doesNotExist();
        try (var s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("p.jsonl");
        }
    }

    @Test
    void snippetsGiveChemuSpansWithOffsetsIntoTheirText() throws Exception {
        Path snippets = Files.createDirectory(dir.resolve("s"));
        String text = "The mixture was stirred at room temperature for 2 h to give the title compound (40 mg, 55%).";
        Files.writeString(snippets.resolve("0001.txt"), text);
        Path m = dir.resolve("m.jsonl");
        assertThat(run("extract", snippets.toString(), "--mentions", m.toString())).isEqualTo(ExitCode.OK);
        JsonNode line = new ObjectMapper().readTree(Files.readAllLines(m).get(0));
        assertThat(line.get("doc").asText()).isEqualTo("0001");
        for (JsonNode s : line.get("spans")) {
            assertThat(text.substring(s.get("start").asInt(), s.get("end").asInt())).isEqualTo(s.get("text").asText());
        }
        assertThat(line.get("spans").findValuesAsText("text"))
                .contains("room temperature", "2 h", "title compound", "40 mg", "55%");
    }

    @Test
    void missingOutputOptionOrInputAreUsageAndInputErrors() {
        assertThat(run("extract", dir.toString())).isEqualTo(ExitCode.USAGE);
        assertThat(run("extract", dir.resolve("none.jsonl").toString(), "--ord", dir.resolve("o").toString()))
                .isEqualTo(ExitCode.INPUT);
        assertThat(err.toString()).contains("no such file");
    }
}
