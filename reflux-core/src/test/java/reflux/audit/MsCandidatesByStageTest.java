package reflux.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import reflux.engine.Executor;
import reflux.model.finding.FindingCode;
import reflux.model.route.Route;
import reflux.model.run.RunResult;
import reflux.route.io.RouteLoad;
import reflux.route.io.RouteReader;
import reflux.testkit.SharedFiles;

/**
 * MS candidates are what can be present where the spectrum was taken: the stage's own species and the impurities
 * formed up to that stage. Seed 001 Example 1 prints "503, 505 [M+1]" for the Stage I bromo intermediate; the Δ2
 * isomer of cefepime (C19H24N6O5S2, whose [M+Na]+ is also nominal 503) only exists after the Hantzsch cyclisation of
 * Stage II, so it must not explain a Stage I peak.
 */
class MsCandidatesByStageTest {

    private static final String STAGE1_503 = "stages[I].outcomes[bromo-int-isolated].analytics.ms[0]";
    private static final String STAGE2_503 = "stages[II].outcomes[cefepime-isolated].analytics.ms[1]";

    private static Route example1() {
        RouteLoad load = new RouteReader().read(SharedFiles.repoRoot().resolve("routes")
                .resolve(Path.of("cefepime-001-example1.yaml")));
        assertThat(load.problems()).isEmpty();
        return load.route();
    }

    @Test
    void stageOnePeakIsNotExplainedByAnImpurityThatOnlyStageTwoForms() {
        Route route = example1();
        RunResult run = Executor.standard().run(route, null);
        // the run does derive the Δ2 isomer, by re-running stages I and II
        assertThat(run.impurityMasses()).anySatisfy(m -> {
            assertThat(m.id()).isEqualTo("delta2-isomer");
            assertThat(m.evidence()).contains("re-ran stages [I, II]");
        });
        AuditReport r = Auditor.standard().audit(route, run);
        assertThat(r.withCode(FindingCode.MS_NOMINAL_COLLISION)).noneMatch(f -> STAGE1_503.equals(f.path()));
        // 503 is the bromo intermediate cation alone, 79Br isotopologue C18H24(79Br)N4O6S+:
        // 18 x 12 + 24 x 1.00782503207 + 78.9183376 + 4 x 14.0030740048 + 6 x 15.99491461956 + 31.97207100
        // = 216 + 24.18780077 + 78.9183376 + 56.01229602 + 95.96948772 + 31.97207100 = 503.05999311,
        // minus one electron 0.000548579909 = 503.05944453
        double hand = 18 * 12 + 24 * 1.00782503207 + 78.9183376 + 4 * 14.0030740048 + 6 * 15.99491461956
                + 31.97207100 - 0.000548579909;
        assertThat(r.withCode(FindingCode.MS_PEAK_EXPLAINED)).filteredOn(f -> STAGE1_503.equals(f.path()))
                .singleElement().satisfies(f -> {
                    assertThat(f.message()).doesNotContain("delta2-isomer");
                    assertThat(f.numbers().get(0).expected()).isCloseTo(hand, within(0.0005));
                });
    }

    @Test
    void stageTwoStillSeesItsUnreactedInputAtTheSameNominalMass() {
        // Stage II charges the bromo intermediate, so at 503 it still collides with cefepime [M+Na]+:
        // C19H24N6NaO5S2+ = 19 x 12 + 24 x 1.00782503207 + 6 x 14.0030740048 + 22.98976928 + 5 x 15.99491461956
        // + 2 x 31.97207100 - 0.000548579909 = 228 + 24.18780077 + 84.01844403 + 22.98976928 + 79.97457310
        // + 63.94414200 - 0.00054858 = 503.11418060
        Route route = example1();
        AuditReport r = Auditor.standard().audit(route, Executor.standard().run(route, null));
        double cefepimeNa = 19 * 12 + 24 * 1.00782503207 + 6 * 14.0030740048 + 22.98976928 + 5 * 15.99491461956
                + 2 * 31.97207100 - 0.000548579909;
        assertThat(r.withCode(FindingCode.MS_NOMINAL_COLLISION)).filteredOn(f -> STAGE2_503.equals(f.path()))
                .singleElement().satisfies(f -> assertThat(f.numbers().get(0).expected())
                        .isCloseTo(cefepimeNa, within(0.0005)));
    }
}
