package reflux.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import reflux.testkit.SharedFiles;

/** {@code reflux check / audit}: one JSON document for several files, readable text, exit codes. */
class CheckCommandTest {

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(exit, out.toString(), err.toString());
    }

    private static String route(String name) {
        return SharedFiles.repoRoot().resolve("routes").resolve(name).toString();
    }

    @Test
    void checkOverSeveralFilesEmitsOneJsonDocument() throws Exception {
        Run r = run("check", "--json", "--fail-on", "never", route("cefepime-001-example1.yaml"),
                route("cefepime-001-example2.yaml"));
        assertThat(r.exit()).isEqualTo(ExitCode.OK);
        JsonNode doc = new ObjectMapper().readTree(r.out());
        assertThat(doc.path("routes")).hasSize(2);
        assertThat(doc.path("routes").get(0).path("audit").path("findings").size()).isPositive();
        assertThat(doc.path("summary").path("files").asInt()).isEqualTo(2);
    }

    @Test
    void checkWithoutJsonPrintsAReadableReport() {
        Run r = run("check", "--fail-on", "never", route("cefepime-001-example1.yaml"));
        assertThat(r.out()).contains("Audit of cefepime-001-example1").contains("Yields").contains("81.6 %")
                .contains("Green metrics");
    }

    @Test
    void auditOfTheDeliberateErrorRouteExitsOneOnErrors() {
        String file = SharedFiles.repoRoot().resolve(Path.of("reflux-core", "src", "test", "resources", "reflux",
                "audit", "example1-with-errors.yaml")).toString();
        Run r = run("audit", "--json", file);
        assertThat(r.exit()).isEqualTo(ExitCode.FINDINGS);
        assertThat(r.out()).contains("MOLES_MISMATCH").contains("YIELD_OVER_100").contains("MS_PEAK_UNEXPLAINED")
                .contains("MISSING_AMOUNT");
    }

    @Test
    void unreadableFileExitsThreeAndBadFailOnExitsTwo() {
        assertThat(run("check", "no/such/route.yaml").exit()).isEqualTo(ExitCode.INPUT);
        assertThat(run("check", "--fail-on", "sometimes", route("cefepime-001-example1.yaml")).exit())
                .isEqualTo(ExitCode.USAGE);
    }
}
