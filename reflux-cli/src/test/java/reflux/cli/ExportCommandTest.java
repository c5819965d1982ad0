package reflux.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reflux.testkit.SharedFiles;

/**
 * {@code reflux export} through {@link Main#execute}: stdout or an atomically written file, and the exit codes of
 * bad input (the content of each format is checked in reflux-core's {@code reflux.export} tests).
 */
class ExportCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private static String route(String name) {
        return SharedFiles.repoRoot().resolve("routes/" + name).toString();
    }

    @Test
    void ordGoesToStdoutAsOneDatasetWithAReactionPerStage() throws Exception {
        assertThat(run("export", route("cefepime-001-example1.yaml"), "--format", "ord")).isEqualTo(ExitCode.OK);
        JsonNode d = new ObjectMapper().readTree(out.toString());
        assertThat(d.get("reactions")).hasSize(2);
        assertThat(d.get("reactions").get(1).get("inputs").toString()).contains("crudeComponents")
                .contains(d.get("reactions").get(0).get("reactionId").asText());
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void outputFileIsWrittenWholeAndNothingElseIsLeftBehind() throws Exception {
        Path sdf = dir.resolve("ex1.sdf");
        assertThat(run("export", route("cefepime-001-example1.yaml"), "--format", "sdf", "-o", sdf.toString()))
                .isEqualTo(ExitCode.OK);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).contains("wrote " + sdf);
        assertThat(Files.readString(sdf)).contains("$$$$").contains("> <InChIKey>");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(sdf);
        }
        Path rxn = dir.resolve("ex1.rxn");
        assertThat(run("export", route("cefepime-001-example1.yaml"), "--format", "rxn", "-o", rxn.toString()))
                .isEqualTo(ExitCode.OK);
        assertThat(Files.readString(rxn)).startsWith("$RXN");
    }

    @Test
    void aBrokenRouteExitsOneWithTheReadersLocatedMessage() {
        String file = SharedFiles.repoRoot().resolve(
                "reflux-core/src/test/resources/reflux/route/malformed/unknown-key-temperature-misspelt.yaml").toString();
        assertThat(run("export", file, "--format", "ord")).isEqualTo(ExitCode.FINDINGS);
        assertThat(err.toString()).startsWith(file + ":29:26: stages[I].steps[A].operations[1].conditions.temprature")
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void anUnknownFormatOrVariantIsAUsageErrorAndAMissingFileUnreadable() {
        assertThat(run("export", route("cefepime-001-example1.yaml"), "--format", "pdf")).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains("--format").contains("pdf").doesNotContain("\tat ");
        assertThat(run("export", route("ceftobiprole-002-claims.yaml"), "--variant", "nope", "--format", "rxn"))
                .isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains("no variant 'nope'");
        assertThat(run("export", dir.resolve("missing.yaml").toString(), "--format", "sdf")).isEqualTo(ExitCode.INPUT);
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aClaimsRouteExportsEveryVariantWhenNoneIsChosen() throws Exception {
        assertThat(run("export", route("ceftobiprole-002-claims.yaml"), "--format", "ord")).isEqualTo(ExitCode.OK);
        JsonNode d = new ObjectMapper().readTree(out.toString());
        assertThat(d.get("description").asText()).contains("variant ");
        assertThat(d.get("reactions").size()).isGreaterThan(1);
    }
}
