package reflux.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import reflux.testkit.SharedFiles;

/** {@code reflux scale} through {@link Main#execute}: sheets, -o, prices, and exit 2 for every bad request. */
class ScaleCommandTest {

    private static final String API = "50 kg cefepime dihydrochloride monohydrate";

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
    void theFiftyKilogramSheetShowsFactorsBatchesAndTheRouteLines() {
        assertThat(run("scale", route("cefepime-001-example1.yaml"), "--target", API, "--vessel", "2000 L"))
                .isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("scale factor 34013.6").contains("scale factor 5153.6")
                .contains("split into 2 batches").contains("HOLD POINT").contains("cefepime-001-example1.yaml:93");
        assertThat(err.toString()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"50 kg unobtainium tetrafluoroborate", "50 kg thiourea", "-50 kg cefepime-2hcl-h2o",
            "0 kg cefepime-2hcl-h2o", "50 L cefepime-2hcl-h2o", "50 cefepime-2hcl-h2o", "lots of cefepime"})
    void aBadTargetIsAUsageErrorWithAMessageAndNoStackTrace(String target) {
        assertThat(run("scale", route("cefepime-001-example1.yaml"), "--target", target)).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).startsWith("reflux scale: ").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void example2WithoutAStageOneYieldExitsTwoNamingTheStageAndRunsWithOne() {
        assertThat(run("scale", route("cefepime-001-example2.yaml"), "--target", API)).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains("stage I").contains("--yield I=");
        assertThat(run("scale", route("cefepime-001-example2.yaml"), "--target", API, "--yield", "I=70-80%"))
                .isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("--yield I=70-80%");
    }

    @Test
    void badYieldsVesselsAndPricesAreUsageErrors() throws Exception {
        String r = route("cefepime-001-example1.yaml");
        assertThat(run("scale", r, "--target", API, "--yield", "II=120")).isEqualTo(ExitCode.USAGE);
        assertThat(run("scale", r, "--target", API, "--yield", "IX=80")).isEqualTo(ExitCode.USAGE);
        assertThat(run("scale", r, "--target", API, "--vessel", "2000 kg")).isEqualTo(ExitCode.USAGE);
        Path bad = dir.resolve("prices.tsv");
        Files.writeString(bad, "substance\tprice\tcurrency\tper\nacetone\tcheap\tEUR\tkg\n");
        assertThat(run("scale", r, "--target", API, "--prices", bad.toString())).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains("prices.tsv:2: price 'cheap' is not a number");
    }

    @Test
    void csvOnStdoutHasPlainLineEndsAndOneRowPerChargeLine() {
        assertThat(run("scale", route("cefepime-001-example1.yaml"), "--target", API, "--format", "csv"))
                .isEqualTo(ExitCode.OK);
        String[] rows = out.toString().split("\n");
        assertThat(out.toString()).doesNotContain("\\x0d").doesNotContain("\r");
        assertThat(rows[0]).startsWith("stage,step,operation,").contains("mass_max [kg]");
        assertThat(rows).hasSize(1 + 12 + 8);   // header + 12 charge lines in Stage I + 8 in Stage II (route file)
    }

    @Test
    void anUnreadableRouteIsExitThree() {
        assertThat(run("scale", dir.resolve("none.yaml").toString(), "--target", API)).isEqualTo(ExitCode.INPUT);
    }

    @Test
    void outputGoesToTheFileAtomicallyAsJsonWithCostsFromThePricesFile() throws Exception {
        Path prices = SharedFiles.repoRoot().resolve("docs/prices-example.tsv");
        Path file = dir.resolve("sheet.json");
        Files.writeString(file, "old");
        assertThat(run("scale", route("cefepime-001-example1.yaml"), "--target", API, "--format", "json",
                "--prices", prices.toString(), "-o", file.toString())).isEqualTo(ExitCode.OK);
        JsonNode j = new ObjectMapper().readTree(Files.readString(file));
        assertThat(j.get("stages")).hasSize(2);
        assertThat(j.get("currency").asText()).isEqualTo("EUR");
        assertThat(j.get("costMax").asDouble()).isPositive();
        try (var listing = Files.list(dir)) {
            assertThat(listing.map(p -> p.getFileName().toString())).containsExactly("sheet.json");   // no temp left
        }
        assertThat(out.toString()).isEmpty();
    }
}
