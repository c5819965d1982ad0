package reflux.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import reflux.model.finding.FindingCode;
import reflux.model.run.RunResult;
import reflux.model.run.Species;
import reflux.model.run.StageRun;
import reflux.model.run.Verdict;

/** PMI, E-factor, atom economy and mass balance of seed 001 Example 1 against hand calculations. */
class GreenMetricsTest {

    // densities (g/mL) as in densities.tsv: acetone 0.7845, water 0.997, DCM 1.3266, TEA 0.726, conc. HCl 1.19
    private static final double STAGE2_IN = 2.0 + 20 * 0.7845 + 10 * 0.997 + 0.31 + 1 * 0.726 + 2.8 * 1.19
            + 60 * 0.7845 + 2 * 5 * 0.7845;
    private static final double STAGE1_IN = 10 + 100 * 1.3266 + 26.72 + 7.5 + 62 * 1.3266 + 7.73 + 23 * 0.997
            + 50 * 0.997 + 20 * 1.3266;

    /** Hantzsch step, balanced by hand: C18H24BrClN4O6S + CH4N2S -> C19H25ClN6O5S2 + HBr + H2O. */
    static RunResult stageTwoRun() {
        Species bromo = new Species("bromo-int-hcl", Fixtures.ref("001-II.Br.HCl"), null, "C18H24BrClN4O6S", 539.830,
                1);
        Species thiourea = new Species("thiourea", Fixtures.ref("thiourea"), null, "CH4N2S", 76.122, 1);
        Species product = new Species(null, Fixtures.ref("001-I.HCl"), null, "C19H25ClN6O5S2", 517.025, 1);
        Species hbr = new Species(null, "Br", null, "BrH", 80.911, 1);
        Species water = new Species(null, "O", null, "H2O", 18.015, 1);
        StageRun s2 = new StageRun("II", List.of("hantzsch"), List.of(bromo, thiourea), List.of(product),
                List.of(hbr, water), product, Verdict.MATCH, List.of(), "bromo + thiourea -> cefepime.HCl + HBr + H2O",
                true, null);
        return new RunResult("cefepime-001-example1", null, List.of(s2), List.of(), List.of());
    }

    @Test
    void stagePmiAndItsSplitFollowFromTheChargedMasses() {
        AuditReport r = Auditor.standard().audit(SeedRoutes.example1(), null);
        AuditReport.MetricsRow s2 = r.metrics().stream().filter(m -> m.scope().equals("II")).findFirst().orElseThrow();
        assertThat(s2.pmi()).isCloseTo(STAGE2_IN / 1.47, within(0.01));                  // 59.15
        assertThat(s2.pmiReactants()).isCloseTo((2.0 + 0.31) / 1.47, within(0.001));
        assertThat(s2.pmiReagents()).isCloseTo((0.726 + 2.8 * 1.19) / 1.47, within(0.001));
        assertThat(s2.pmiWater()).isCloseTo(10 * 0.997 / 1.47, within(0.001));
        assertThat(s2.eFactor()).isCloseTo(STAGE2_IN / 1.47 - 1, within(0.01));
        AuditReport.MetricsRow s1 = r.metrics().stream().filter(m -> m.scope().equals("I")).findFirst().orElseThrow();
        assertThat(s1.pmi()).isCloseTo(STAGE1_IN / 13.2, within(0.01));                    // 27.74
    }

    @Test
    void routePmiScalesStageOneByTheIntermediateStageTwoUses() {
        // per kg API: stage II raw materials (without the 2.0 g intermediate) / 1.47
        //           + stage I inputs / 13.2 g x 2.0 g intermediate / 1.47 g API
        double hand = (STAGE2_IN - 2.0) / 1.47 + STAGE1_IN / 13.2 * (2.0 / 1.47);
        AuditReport r = Auditor.standard().audit(SeedRoutes.example1(), null);
        AuditReport.MetricsRow route = r.metrics().stream().filter(m -> m.scope().equals("route")).findFirst()
                .orElseThrow();
        assertThat(route.pmi()).isCloseTo(hand, within(0.01));                               // 95.5
        assertThat(route.eFactor()).isCloseTo(hand - 1, within(0.01));
        assertThat(r.assumptions()).anySatisfy(a -> assertThat(a).contains("acetone").contains("0.7845"));
    }

    @Test
    void example2RoutePmiIsNotComputableWithoutAStageOneMass() {
        AuditReport r = Auditor.standard().audit(SeedRoutes.example2(), null);
        AuditReport.MetricsRow route = r.metrics().stream().filter(m -> m.scope().equals("route")).findFirst()
                .orElseThrow();
        assertThat(route.pmi()).isNull();
        assertThat(route.note()).contains("stage I");
    }

    @Test
    void atomEconomyAndByProductsComeFromTheBalancedEquation() {
        // AE = 517.025 / (539.830 + 76.122) = 83.94 %
        // by-products for 1.47 g / 571.501 g/mol = 0.0025722 mol: x (80.911 + 18.015) = 0.2545 g
        AuditReport r = Auditor.standard().audit(SeedRoutes.example1(), stageTwoRun());
        AuditReport.MetricsRow s2 = r.metrics().stream().filter(m -> m.scope().equals("II")).findFirst().orElseThrow();
        assertThat(s2.atomEconomyPct()).isCloseTo(100 * 517.025 / (539.830 + 76.122), within(0.01));
        AuditReport.MassBalanceRow mb = r.massBalance().stream().filter(m -> m.stage().equals("II")).findFirst()
                .orElseThrow();
        assertThat(mb.byProductsG()).isCloseTo(1.47 / 571.501 * (80.911 + 18.015), within(1e-4));
        assertThat(r.withCode(FindingCode.RUN_MATCH)).singleElement()
                .satisfies(f -> assertThat(f.path()).isEqualTo("stages[II]"));
    }
}
