package reflux.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code reflux resolve}: output, JSON field names and exit codes. */
class ResolveCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void aResolvedNamePrintsOneReadableBlockAndExitsZero() {
        assertThat(run("resolve", "cefepime")).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("cefepime", "RESOLVED", "C19H24N6O5S2", "480.564 g/mol",
                "480.1250 Da", "HVFLCNVBZFFHBT-ZKDACBOMSA-N");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void jsonIsAnArrayWithExactlyTheIssuesFieldNames() throws Exception {
        assertThat(run("resolve", "--json", "Cefepime dihydrochloride monohydrate", "cefepim")).isEqualTo(
                ExitCode.FINDINGS);
        JsonNode array = new ObjectMapper().readTree(out.toString());
        assertThat(array.isArray()).isTrue();
        assertThat(array).hasSize(2);
        List<String> fields = new ArrayList<>();
        array.get(0).fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("name", "status", "smiles", "formula", "molarMass", "monoisotopicMass",
                "charge", "inchi", "inchiKey", "cip", "source", "warnings", "message", "suggestions");
        assertThat(array.get(0).get("inchiKey").asText()).isEqualTo("LRAJHPGSGBRUJN-OMIVUECESA-N");
        assertThat(array.get(0).get("molarMass").asDouble()).isBetween(571.500, 571.502);
        assertThat(array.get(1).get("status").asText()).isEqualTo("UNRESOLVED");
        assertThat(array.get(1).get("suggestions").get(0).asText()).isEqualTo("cefepime");
    }

    @Test
    void anUnresolvedNameExitsOne() {
        assertThat(run("resolve", "xyzzy")).isEqualTo(ExitCode.FINDINGS);
        assertThat(out.toString()).contains("UNRESOLVED");
    }

    @Test
    void helpDescribesTheOptions() {
        assertThat(run("resolve", "--help")).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("--json", "--file");
    }

    @Test
    void noNamesIsAUsageError() {
        assertThat(run("resolve")).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains("no names");
    }

    @Test
    void namesComeFromAFileOnePerLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("names.txt");
        Files.writeString(file, "# seed 001 reagents\nthiourea\n\nphosphorous pentachloride\n");
        assertThat(run("resolve", "--json", "--file", file.toString())).isEqualTo(ExitCode.OK);
        JsonNode array = new ObjectMapper().readTree(out.toString());
        assertThat(array).hasSize(2);
        assertThat(array.get(1).get("inchiKey").asText()).isEqualTo("UHZYTMXLRWXGPK-UHFFFAOYSA-N");
    }

    @Test
    void anUnreadableFileExitsThreeNamingThePath(@TempDir Path dir) {
        Path missing = dir.resolve("nope.txt");
        assertThat(run("resolve", "--file", missing.toString())).isEqualTo(ExitCode.INPUT);
        assertThat(err.toString()).contains(missing.toString()).doesNotContain("Exception");
    }

    @Test
    void garbageArgumentsGiveACleanResultWithoutAStackTrace() {
        assertThat(run("resolve", "\u0001\u0002", "x".repeat(10_000))).isEqualTo(ExitCode.FINDINGS);
        assertThat(out.toString()).contains("empty name", "too long");
        assertThat(err.toString()).doesNotContain("Exception");
    }

    @Test
    void benchResolvePrintsColdAndCachedFigures(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("names.txt");
        Files.writeString(file, "thiourea\nacetone\ncefepime\n");
        assertThat(run("bench", "resolve", "--names", file.toString(), "--rounds", "1")).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("cold", "cached", "names/s");
    }
}
