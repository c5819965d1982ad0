package reflux.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reflux.model.finding.FindingCode;
import reflux.model.finding.Severity;
import reflux.route.io.RouteLoad;
import reflux.route.io.RouteReader;
import reflux.testkit.SharedFiles;

/**
 * Purity-corrected yields from the printed HPLC purity, and the hydrate assumption, on the seed 001 route files.
 * Molar masses: cefepime·2HCl·H2O 571.501, bromo intermediate·HCl 539.830, chloro intermediate·HCl 495.379
 * (seed-compounds.tsv, as in YieldCheckTest); H2O = 2 × 1.008 + 15.999 = 18.015.
 */
class PurityAndHydrateTest {

    private static AuditReport audit(String name) {
        RouteLoad load = new RouteReader().read(SharedFiles.repoRoot().resolve("routes").resolve(name));
        assertThat(load.problems()).isEmpty();
        return Auditor.standard().audit(load.route(), null);
    }

    @Test
    void example2StageTwoYieldIs73Point1PercentCorrectedForTheHplcPurity() {
        // 3.4 / 571.501 = 0.0059492 mol over 4.0 / 495.379 = 0.0080746 mol -> 73.678 %; printed HPLC purity 99.19 %
        double yield = (3.4 / 571.501) / (4.0 / 495.379) * 100;
        double corrected = yield * 99.19 / 100;            // 73.678 × 0.9919 = 73.081 %
        assertThat(corrected).isCloseTo(73.08, within(0.01));
        AuditReport.YieldRow row = audit("cefepime-001-example2.yaml").yield("II");
        assertThat(row.molarYieldPct()).isCloseTo(yield, within(0.01));
        assertThat(row.purityPct()).isEqualTo(99.19);
        assertThat(row.purityCorrectedYieldPct()).isCloseTo(corrected, within(0.01));
    }

    @Test
    void example1StageTwoYieldIs69Point0PercentCorrectedAndStageOneHasNoPurity() {
        // 1.47 / 571.501 = 0.0025722 mol over 2.0 / 539.830 = 0.0037049 mol -> 69.427 %; × 0.9942 = 69.024 %
        double corrected = (1.47 / 571.501) / (2.0 / 539.830) * 100 * 99.42 / 100;
        assertThat(corrected).isCloseTo(69.02, within(0.01));
        AuditReport r = audit("cefepime-001-example1.yaml");
        assertThat(r.yield("II").purityCorrectedYieldPct()).isCloseTo(corrected, within(0.01));
        assertThat(r.yield("I").purityCorrectedYieldPct()).isNull();   // no purity printed for the bromo intermediate
        assertThat(r.withCode(FindingCode.YIELD_PURITY_CORRECTED)).singleElement()
                .satisfies(f -> assertThat(f.path()).isEqualTo("stages[II].outcomes[cefepime-isolated]"));
    }

    @Test
    void theMonohydrateWithoutAWaterContentIsAnAssumptionAtTheYield() {
        // theoretical water of the monohydrate: 18.015 / 571.501 = 3.152 % w/w;
        // anhydrous 571.501 − 18.015 = 553.486 g/mol -> Example 2 yield 73.678 × 571.501 / 553.486 = 76.076 %
        double theoretical = 100 * 18.015 / 571.501;
        double anhydrous = (3.4 / 571.501) / (4.0 / 495.379) * 100 * 571.501 / (571.501 - 18.015);
        assertThat(theoretical).isCloseTo(3.152, within(0.001));
        assertThat(anhydrous).isCloseTo(76.08, within(0.01));
        AuditReport r = audit("cefepime-001-example2.yaml");
        assertThat(r.withCode(FindingCode.HYDRATE_ASSUMED)).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("stages[II].outcomes[cefepime-isolated]");
            assertThat(f.numbers().get(0).expected()).isCloseTo(theoretical, within(0.01));
            assertThat(f.numbers().get(1).expected()).isCloseTo(anhydrous, within(0.05));
        });
    }

    /** Example 2 with a water content added after the printed purity (001 prints none: a made-up figure). */
    private static AuditReport example2WithWater(Path dir, String water) throws Exception {
        String text = Files.readString(SharedFiles.repoRoot().resolve("routes").resolve("cefepime-001-example2.yaml"));
        assertThat(text).contains("hplcPurity: 99.19\n");
        Path file = dir.resolve("example2-water.yaml");
        Files.writeString(file, text.replace("hplcPurity: 99.19\n", "hplcPurity: 99.19\n          waterContent: "
                + water + "\n"));
        RouteLoad load = new RouteReader().read(file);
        assertThat(load.problems()).isEmpty();
        return Auditor.standard().audit(load.route(), null);
    }

    @Test
    void aPrintedWaterContentNearTheMonohydrateConfirmsIt(@TempDir Path dir) throws Exception {
        // anhydrous 553.486 g/mol: 0 H2O 0 %; 1 H2O 18.015 / 571.501 = 3.152 %; 2 H2O 36.030 / 589.516 = 6.112 %
        // 3.2 % is nearest the monohydrate (0.048 off, against 2.912 to the dihydrate)
        AuditReport r = example2WithWater(dir, "3.2");
        assertThat(r.withCode(FindingCode.WATER_CONTENT_CONSISTENT)).singleElement()
                .satisfies(f -> assertThat(f.numbers().get(0).expected()).isCloseTo(100 * 18.015 / 571.501,
                        within(0.01)));
        assertThat(r.withCode(FindingCode.HYDRATE_ASSUMED)).isEmpty();
    }

    @Test
    void aPrintedWaterContentNearTheDihydrateIsAWarning(@TempDir Path dir) throws Exception {
        // 6.0 % is 0.112 from the dihydrate's 6.112 % and 2.848 from the monohydrate's 3.152 %
        AuditReport r = example2WithWater(dir, "6.0");
        assertThat(r.withCode(FindingCode.WATER_CONTENT_MISMATCH)).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    }
}
