package reflux.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import reflux.testkit.SharedFiles;

/**
 * The README's exit codes, command by command: no arguments 2, an unreadable file 3, an invalid route 1 (for
 * {@code resolve}: an unresolved name), and never a stack trace without {@code --stacktrace}.
 */
class ExitCodesTest {

    @TempDir
    Path dir;

    private Path missing;
    private Path unreadable;
    private Path invalid;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void files() throws Exception {
        missing = dir.resolve("missing.yaml");
        unreadable = dir.resolve("latin1.yaml");
        // Latin-1 bytes: the file does not decode, so it is unreadable (not merely invalid)
        Files.write(unreadable, "schema: reflux.route/1\ntitle: b\u00e9ta\n".getBytes(StandardCharsets.ISO_8859_1));
        invalid = dir.resolve("invalid.yaml");
        Path minimal = SharedFiles.repoRoot().resolve("reflux-core/src/test/resources/reflux/route/valid/minimal.yaml");
        Files.writeString(invalid, Files.readString(minimal) + "unknownField: 1\n");
    }

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        int code = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        assertThat(err.toString()).doesNotContain("\tat ").doesNotContain("Exception");
        return code;
    }

    @Test
    void noCommandPrintsTheUsageOnStderrAndExitsTwo() {
        assertThat(run()).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains("Usage: reflux");
        assertThat(out.toString()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"show", "validate", "run", "audit", "check"})
    void routeCommandsExitTwoWithoutArguments(String command) {
        assertThat(run(command)).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains("--help");
    }

    @ParameterizedTest
    @ValueSource(strings = {"show", "validate", "run", "audit", "check"})
    void routeCommandsExitThreeForAMissingOrUndecodableFile(String command) {
        assertThat(run(command, missing.toString())).isEqualTo(ExitCode.INPUT);
        assertThat(err.toString() + out.toString()).contains("missing.yaml");
        assertThat(run(command, unreadable.toString())).isEqualTo(ExitCode.INPUT);
        assertThat(run(command, dir.toString())).isEqualTo(ExitCode.INPUT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"show", "validate", "run", "audit", "check"})
    void routeCommandsExitOneForAnInvalidRoute(String command) {
        assertThat(run(command, invalid.toString())).isEqualTo(ExitCode.FINDINGS);
        assertThat(err.toString() + out.toString()).contains("unknownField");
    }

    @Test
    void resolveExitsTwoWithoutNamesThreeForAnUnreadableListOneForAnUnresolvedName() {
        assertThat(run("resolve")).isEqualTo(ExitCode.USAGE);
        assertThat(run("resolve", "--file", missing.toString())).isEqualTo(ExitCode.INPUT);
        assertThat(run("resolve", "xyzzy-not-a-substance")).isEqualTo(ExitCode.FINDINGS);
    }

    @Test
    void benchExitsTwoWithoutWhatToMeasureAndBenchRunAndCheckSayWhichFilesWereSkipped() {
        assertThat(run("bench")).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains("resolve", "run", "check");
        assertThat(run("bench", "resolve", "--names", missing.toString())).isEqualTo(ExitCode.INPUT);
        assertThat(run("bench", "run", "--rounds", "1", missing.toString())).isEqualTo(ExitCode.INPUT);
        assertThat(run("bench", "run", "--rounds", "1", invalid.toString())).isEqualTo(ExitCode.FINDINGS);
        assertThat(run("bench", "check", "--rounds", "1", missing.toString())).isEqualTo(ExitCode.INPUT);
        assertThat(run("bench", "check", "--rounds", "1", invalid.toString())).isEqualTo(ExitCode.FINDINGS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"run", "audit", "check"})
    void jsonIsPrintedForAnUnreadableAndAnInvalidFileToo(String command) throws Exception {
        assertThat(run(command, "--json", missing.toString())).isEqualTo(ExitCode.INPUT);
        JsonNode doc = new ObjectMapper().readTree(out.toString());
        JsonNode file = command.equals("run") ? doc : doc.get("routes").get(0);
        assertThat(file.get("status").asText()).isEqualTo("unreadable");
        assertThat(file.get("problems").get(0).asText()).contains("missing.yaml", "no such file");

        assertThat(run(command, "--json", invalid.toString())).isEqualTo(ExitCode.FINDINGS);
        doc = new ObjectMapper().readTree(out.toString());
        file = command.equals("run") ? doc : doc.get("routes").get(0);
        assertThat(file.get("status").asText()).isEqualTo("invalid");
        assertThat(file.get("problems").get(0).asText()).contains("unknownField");
        assertThat(file.get("findings").get(0).get("code").asText()).isEqualTo("ROUTE_INVALID");
    }

    @Test
    void runJsonForAnUnknownVariantIsAUsageErrorStillInJson() throws Exception {
        String route = SharedFiles.repoRoot().resolve("routes/ceftobiprole-002-claims.yaml").toString();
        assertThat(run("run", "--json", route, "--variant", "nope")).isEqualTo(ExitCode.USAGE);
        JsonNode doc = new ObjectMapper().readTree(out.toString());
        assertThat(doc.get("route").asText()).isEqualTo("ceftobiprole-002-claims");
        assertThat(doc.get("problems").get(0).asText()).contains("no variant 'nope'");
    }
}
