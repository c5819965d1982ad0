package reflux.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import reflux.model.finding.FindingCode;
import reflux.model.finding.Severity;
import reflux.model.route.Route;
import reflux.route.io.RouteLoad;
import reflux.route.io.RouteReader;
import reflux.testkit.SharedFiles;

/** The audit on the route files themselves (read with RouteReader, structures from names + declared forms). */
class SeedRouteFilesAuditTest {

    private static Route read(Path file) {
        RouteLoad load = new RouteReader().read(file);
        assertThat(load.problems()).isEmpty();
        return load.route();
    }

    private static Route seed(String name) {
        return read(SharedFiles.repoRoot().resolve("routes").resolve(name));
    }

    @Test
    void example1FileGivesTheHandCalculatedYieldsAndFormVerdicts() {
        AuditReport r = Auditor.standard().audit(seed("cefepime-001-example1.yaml"), null);
        assertThat(r.yield("I").molarYieldPct()).isCloseTo((13.2 / 539.830) / (10 / 333.836) * 100, within(0.1));
        assertThat(r.yield("II").molarYieldPct()).isCloseTo((1.47 / 571.501) / (2.0 / 539.830) * 100, within(0.1));
        assertThat(r.findings()).filteredOn(f -> "substances".equals(f.path())).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FindingCode.FORM_CONSISTENT);
            assertThat(f.message()).contains("hydrochloride only as monohydrochloride");
        });
        assertThat(r.withCode(FindingCode.MS_PEAK_UNEXPLAINED)).isEmpty();
        assertThat(r.withCode(FindingCode.MS_NOMINAL_COLLISION)).hasSize(1);
        assertThat(r.withCode(FindingCode.NMR_MULTIPLICITY)).hasSize(1);
        assertThat(r.count(Severity.ERROR)).isZero();
    }

    @Test
    void example2FileHasNoStageOneYieldAndTheHandCalculatedStageTwoYield() {
        AuditReport r = Auditor.standard().audit(seed("cefepime-001-example2.yaml"), null);
        assertThat(r.yield("I").molarYieldPct()).isNull();
        assertThat(r.yield("II").molarYieldPct()).isCloseTo((3.4 / 571.501) / (4.0 / 495.379) * 100, within(0.1));
        assertThat(r.withCode(FindingCode.MS_PEAK_EXPLAINED)).hasSize(2);   // 459, 461
        assertThat(r.withCode(FindingCode.MS_PEAK_UNEXPLAINED)).isEmpty();
        assertThat(r.withCode(FindingCode.MS_NOMINAL_COLLISION)).isEmpty();
        assertThat(r.withCode(FindingCode.NMR_MULTIPLICITY)).hasSize(1);    // 5.33 (s, 1H) of the chloro intermediate
    }

    @Test
    void deliberateErrorsFileIsCaughtCodeByCode() {
        Route route = read(SharedFiles.repoRoot().resolve(Path.of("reflux-core", "src", "test", "resources",
                "reflux", "audit", "example1-with-errors.yaml")));
        AuditReport r = Auditor.standard().audit(route, null);
        assertThat(r.withCode(FindingCode.MOLES_MISMATCH)).singleElement()
                .satisfies(f -> assertThat(f.quote()).contains("7.73 g"));
        assertThat(r.withCode(FindingCode.YIELD_OVER_100)).hasSize(1);
        assertThat(r.withCode(FindingCode.MS_PEAK_UNEXPLAINED)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("611"));
        assertThat(r.withCode(FindingCode.MISSING_AMOUNT)).anySatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    }
}
