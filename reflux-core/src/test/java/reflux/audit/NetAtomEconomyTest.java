package reflux.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import reflux.engine.Executor;
import reflux.model.finding.FindingCode;
import reflux.model.route.Route;
import reflux.model.run.RunResult;
import reflux.model.run.Species;
import reflux.model.run.StageRun;
import reflux.model.run.Verdict;
import reflux.route.io.RouteLoad;
import reflux.route.io.RouteReader;
import reflux.testkit.SharedFiles;

/**
 * Atom economy from the net stage equation (species on both sides cancelled), on the route files of seed 001 as
 * the engine runs them, against molar masses worked out by hand from IUPAC standard atomic weights
 * (C 12.011, H 1.008, N 14.007, O 15.999, S 32.06, Cl 35.45, Br 79.904, P 30.974, Si 28.085). The engine uses
 * CDK's atomic weights, which differ in the third decimal of a molar mass: tolerance 0.05 percentage points.
 */
class NetAtomEconomyTest {

    private static final double C = 12.011, H = 1.008, N = 14.007, O = 15.999, S = 32.06, CL = 35.45, BR = 79.904,
            P = 30.974, SI = 28.085;

    // 7-ACP·HCl C13H20ClN3O3S = 156.143 + 20.160 + 35.45 + 42.021 + 47.997 + 32.06 = 333.831
    private static final double ACP_HCL = 13 * C + 20 * H + CL + 3 * N + 3 * O + S;
    // bromo acid C5H6BrNO4 = 60.055 + 6.048 + 79.904 + 14.007 + 63.996 = 224.010
    private static final double BROMO_ACID = 5 * C + 6 * H + BR + N + 4 * O;
    // TMS-acetamide C5H13NOSi = 60.055 + 13.104 + 14.007 + 15.999 + 28.085 = 131.250
    private static final double TMSA = 5 * C + 13 * H + N + O + SI;
    // PCl5 = 30.974 + 177.25 = 208.224
    private static final double PCL5 = P + 5 * CL;
    private static final double WATER = 2 * H + O;                                          // 18.015
    private static final double HCL = H + CL;                                                // 36.458
    // thiourea CH4N2S = 12.011 + 4.032 + 28.014 + 32.06 = 76.117
    private static final double THIOUREA = C + 4 * H + 2 * N + S;
    // bromo intermediate·HCl C18H24BrClN4O6S = 216.198 + 24.192 + 79.904 + 35.45 + 56.028 + 95.994 + 32.06 = 539.826
    private static final double BROMO_INT = 18 * C + 24 * H + BR + CL + 4 * N + 6 * O + S;
    // chloro intermediate·HCl C18H24Cl2N4O6S = 216.198 + 24.192 + 70.90 + 56.028 + 95.994 + 32.06 = 495.372
    private static final double CHLORO_INT = 18 * C + 24 * H + 2 * CL + 4 * N + 6 * O + S;
    // cefepime·2HCl·H2O C19H28Cl2N6O6S2 = 228.209 + 28.224 + 70.90 + 84.042 + 95.994 + 64.12 = 571.489
    private static final double CEFEPIME = 19 * C + 28 * H + 2 * CL + 6 * N + 6 * O + 2 * S;

    private static Route seed(String name) {
        RouteLoad load = new RouteReader().read(SharedFiles.repoRoot().resolve("routes").resolve(Path.of(name)));
        assertThat(load.problems()).isEmpty();
        return load.route();
    }

    private static AuditReport audit(String name) {
        Route route = seed(name);
        RunResult run = Executor.standard().run(route, null);
        return Auditor.standard().audit(route, run);
    }

    private static AuditReport.MetricsRow row(AuditReport r, String scope) {
        return r.metrics().stream().filter(m -> m.scope().equals(scope)).findFirst().orElseThrow();
    }

    @Test
    void example1StageOneHasNothingToCancel() {
        // acp-hcl + bromo-acid + 2 tmsa + pcl5 + water -> bromo-int-hcl + 2 acetamide + POCl3 + HCl + TMSCl + TMSOH:
        // no species on both sides, so the net equation is the equation.
        // AE = 539.826 / (333.831 + 224.010 + 2 x 131.250 + 208.224 + 18.015) = 539.826 / 1046.580 = 51.58 %
        double hand = 100 * BROMO_INT / (ACP_HCL + BROMO_ACID + 2 * TMSA + PCL5 + WATER);
        assertThat(row(audit("cefepime-001-example1.yaml"), "I").atomEconomyPct()).isCloseTo(hand, within(0.05));
    }

    @Test
    void example1StageTwoCancelsTheWaterTheCyclisationReleases() {
        // equation: bromo-int-hcl + thiourea + hcl + water -> cefepime-2hcl-h2o + HBr + water
        // net: bromo-int-hcl + thiourea + hcl -> cefepime-2hcl-h2o + HBr (water on both sides cancelled; the engine
        // now writes the stage equation net itself, the audit cancels whatever is left on both sides)
        // AE = 571.489 / (539.826 + 76.117 + 36.458) = 571.489 / 652.401 = 87.60 %
        // (with the water counted as an input it was 571.489 / 670.416 = 85.24 %)
        double hand = 100 * CEFEPIME / (BROMO_INT + THIOUREA + HCL);
        AuditReport r = audit("cefepime-001-example1.yaml");
        assertThat(row(r, "II").atomEconomyPct()).isCloseTo(hand, within(0.05));
        assertThat(r.withCode(FindingCode.GREEN_METRICS)).filteredOn(f -> "stages[II]".equals(f.path()))
                .singleElement().satisfies(f -> assertThat(f.message())
                        .contains("Net equation: bromo-int-hcl + thiourea + hcl -> cefepime-2hcl-h2o + BrH."));
    }

    @Test
    void speciesOnBothSidesOfARunEquationCancelInTheAudit() {
        // a run written gross (as the engine wrote it before 2026-12-01):
        // chloro-int-hcl + thiourea + hcl + water -> cefepime-2hcl-h2o + hcl + water
        // net: chloro-int-hcl + thiourea -> cefepime-2hcl-h2o; AE = 571.489 / (495.372 + 76.117) = 100 %
        // gross it would be 571.489 / (495.372 + 76.117 + 36.458 + 18.015) = 571.489 / 625.962 = 91.30 %
        Species chloro = new Species("chloro-int-hcl", null, "CHLORO", "C18H24Cl2N4O6S", CHLORO_INT, 1);
        Species thiourea = new Species("thiourea", null, "THIOUREA", "CH4N2S", THIOUREA, 1);
        Species hcl = new Species("hcl", null, "HCL", "ClH", HCL, 1);
        Species water = new Species("water", null, "WATER", "H2O", WATER, 1);
        Species cefepime = new Species("cefepime-2hcl-h2o", null, "CEFEPIME", "C19H28Cl2N6O6S2", CEFEPIME, 1);
        StageRun run = new StageRun("II", List.of("hantzsch-thiazole-cl"), List.of(chloro, thiourea, hcl, water),
                List.of(cefepime), List.of(hcl, water), cefepime, Verdict.MATCH, List.of(), "gross", true, null);
        GreenMetricsCheck.NetEquation net = GreenMetricsCheck.net(run);
        assertThat(net.inputs()).extracting(Species::substance).containsExactly("chloro-int-hcl", "thiourea");
        assertThat(net.outputs()).isEmpty();
        assertThat(net.cancelled()).containsExactly("hcl", "water");
        assertThat(net.atomEconomy()).isCloseTo(100 * CEFEPIME / (CHLORO_INT + THIOUREA), within(1e-9));
        assertThat(100 * CEFEPIME / (CHLORO_INT + THIOUREA + HCL + WATER)).isCloseTo(91.30, within(0.01));
    }

    @Test
    void example1RouteCountsTheIntermediateOnce() {
        // route net inputs: stage I net inputs + stage II net inputs without the bromo intermediate it hands on
        // = 1046.580 + 76.117 + 36.458 = 1159.155; AE = 571.489 / 1159.155 = 49.30 %
        double in = ACP_HCL + BROMO_ACID + 2 * TMSA + PCL5 + WATER + THIOUREA + HCL;
        assertThat(row(audit("cefepime-001-example1.yaml"), "route").atomEconomyPct())
                .isCloseTo(100 * CEFEPIME / in, within(0.05));
    }

    @Test
    void example2StageTwoIsFullyAtomEconomicOnceTheHydrochloricAcidCancels() {
        // run: chloro-int-hcl + thiourea + hcl + water -> cefepime-2hcl-h2o + hcl + water
        // net: chloro-int-hcl + thiourea -> cefepime-2hcl-h2o: the HCl the cyclisation releases is the product's
        // second HCl, the water it releases its water of crystallisation.
        // C18H24Cl2N4O6S + CH4N2S = C19H28Cl2N6O6S2; AE = 571.489 / (495.372 + 76.117) = 100.00 %
        double hand = 100 * CEFEPIME / (CHLORO_INT + THIOUREA);
        assertThat(hand).isCloseTo(100.0, within(1e-9));
        assertThat(row(audit("cefepime-001-example2.yaml"), "II").atomEconomyPct()).isCloseTo(hand, within(0.05));
    }
}
