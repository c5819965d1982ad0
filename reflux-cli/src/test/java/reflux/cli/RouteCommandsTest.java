package reflux.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reflux.testkit.SharedFiles;

/** {@code reflux show} and {@code reflux validate} through {@link Main#execute}: output, messages, exit codes. */
class RouteCommandsTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private static String fixture(String relative) {
        return SharedFiles.repoRoot().resolve("reflux-core/src/test/resources/reflux/route/" + relative).toString();
    }

    @Test
    void validateAcceptsAValidRouteWithExitZero() {
        assertThat(run("validate", fixture("valid/minimal.yaml"))).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("minimal.yaml: ok (3 substances resolved, 1 stages)");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void validatePrintsTheLocatedProblemAndExitsOne() {
        String file = fixture("malformed/unknown-key-temperature-misspelt.yaml");
        assertThat(run("validate", file)).isEqualTo(ExitCode.FINDINGS);
        assertThat(err.toString().strip()).isEqualTo(file + ":29:26: stages[I].steps[A].operations[1].conditions"
                + ".temprature: unknown key 'temprature' in stage I step A operation 2 conditions"
                + " (did you mean 'temperature'?)");
        assertThat(err.toString()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void validateReportsAMissingFileWithExitThree(@TempDir Path tmp) {
        String missing = tmp.resolve("nope.yaml").toString();
        assertThat(run("validate", fixture("valid/minimal.yaml"), missing)).isEqualTo(ExitCode.INPUT);
        assertThat(err.toString()).contains(missing + ": no such file");
    }

    @Test
    void validateWithoutFilesIsAUsageError() {
        assertThat(run("validate")).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void validateReportsAWrongEncodingAsUnreadable() {
        assertThat(run("validate", fixture("malformed/encoding-latin1.yaml"))).isEqualTo(ExitCode.INPUT);
        assertThat(err.toString()).contains(":27:46: invalid UTF-8 byte 0xB0");
    }

    @Test
    void showPrintsStagesChargesConditionsAndOutcomes() {
        assertThat(run("show", fixture("valid/example-format.yaml"))).isEqualTo(ExitCode.OK);
        String text = out.toString();
        assertThat(text).contains("Stage I: Acylation of silylated 7-ACP")
                .contains("Step A: Silylation (solution A)")
                .contains("1. charge (20-25 °C)")
                .contains("- acp-hcl [reactant] 10 g, 0.03 mol")
                .contains("- tmsa [reagent] 26.72 g, 0.20 mol")
                .contains("4. cool (-25 to -20 °C) → solution-A")
                .contains("- from solution-A [reactant]")
                .contains("adjust ph (pH 6.7, 1 bar, under nitrogen)")
                .contains("Outcome bromo-int-isolated: bromo-int-hcl (isolated) 13.2 g, yield 69.4 %")
                .contains("HPLC purity: 99.42 %")
                .contains("1H NMR (300 MHz, DMSO-d6): 2.11 (m, 4H); 3.66 & 4.05 (2d, each 1H)")
                .contains("IR (KBr): 1785, 1714, 1678, 1610 cm-1")
                .contains("MS: 503, 505 [M+1]")
                .contains("br: X = Br");
    }

    @Test
    void showOfABrokenFileExitsOneAndOfAMissingFileThree(@TempDir Path tmp) {
        assertThat(run("show", fixture("malformed/yaml-bomb-billion-laughs.yaml"))).isEqualTo(ExitCode.FINDINGS);
        assertThat(err.toString()).contains(":5:8: YAML anchors and aliases");
        assertThat(run("show", tmp.resolve("none.yaml").toString())).isEqualTo(ExitCode.INPUT);
        assertThat(out.toString()).isEmpty();
    }
}
