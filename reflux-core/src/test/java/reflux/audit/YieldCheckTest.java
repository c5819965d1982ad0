package reflux.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import reflux.model.finding.FindingCode;

/** Stage yields against hand calculations written out here (molar masses from seed-compounds.tsv). */
class YieldCheckTest {

    private final Auditor auditor = Auditor.standard();

    @Test
    void example1StageOneYieldIs81Point6Percent() {
        // 13.2 g bromo intermediate HCl salt / 539.830 g/mol = 0.024452 mol
        // 10 g 7-ACP hydrochloride / 333.836 g/mol          = 0.029955 mol
        // 0.024452 / 0.029955 = 0.8163 -> 81.6 %
        double hand = (13.2 / 539.830) / (10 / 333.836) * 100;
        assertThat(hand).isCloseTo(81.6, within(0.05));
        AuditReport r = auditor.audit(SeedRoutes.example1(), null);
        assertThat(r.yield("I").molarYieldPct()).isCloseTo(hand, within(0.1));
        assertThat(r.yield("I").limiting()).isEqualTo("acp-hcl");
    }

    @Test
    void example1StageTwoYieldIs69Point4Percent() {
        // 1.47 g cefepime.2HCl.H2O / 571.501 g/mol = 0.0025722 mol; 2.0 g bromo int. HCl / 539.830 = 0.0037049 mol
        double hand = (1.47 / 571.501) / (2.0 / 539.830) * 100;
        assertThat(hand).isCloseTo(69.4, within(0.05));
        AuditReport r = auditor.audit(SeedRoutes.example1(), null);
        assertThat(r.yield("II").molarYieldPct()).isCloseTo(hand, within(0.1));
        // w/w: 1.47 / 2.0 = 73.5 %
        assertThat(r.yield("II").wwYieldPct()).isCloseTo(73.5, within(0.01));
    }

    @Test
    void example2StageTwoYieldIs73Point7PercentAndStageOneIsNotComputable() {
        // 3.4 g / 571.501 = 0.0059492 mol over 4.0 g chloro int. HCl / 495.379 = 0.0080746 mol -> 73.68 %
        double hand = (3.4 / 571.501) / (4.0 / 495.379) * 100;
        assertThat(hand).isCloseTo(73.7, within(0.05));
        AuditReport r = auditor.audit(SeedRoutes.example2(), null);
        assertThat(r.yield("II").molarYieldPct()).isCloseTo(hand, within(0.1));
        assertThat(r.yield("I").molarYieldPct()).isNull();
        assertThat(r.withCode(FindingCode.YIELD_NOT_COMPUTABLE)).anySatisfy(f -> assertThat(f.path()).contains("stages[I]"));
        assertThat(r.yield("route").molarYieldPct()).isNull();
    }

    @Test
    void overallYieldOfExample1IsTheProductOfTheStageYields() {
        double hand = (13.2 / 539.830) / (10 / 333.836) * (1.47 / 571.501) / (2.0 / 539.830) * 100; // 56.7 %
        AuditReport r = auditor.audit(SeedRoutes.example1(), null);
        assertThat(r.yield("route").molarYieldPct()).isCloseTo(hand, within(0.1));
    }

    @Test
    void yieldSensitivityToTheSaltFormIsReported() {
        AuditReport r = auditor.audit(SeedRoutes.example1(), null);
        // product as the inner salt (503.369 g/mol): 13.2/503.369 / 0.029955 = 87.5 %
        double innerSalt = (13.2 / 503.369) / (10 / 333.836) * 100;
        assertThat(r.withCode(FindingCode.YIELD_FORM_SENSITIVITY)).anySatisfy(f -> assertThat(f.message())
                .contains(YieldCheck.pct(innerSalt)));
    }
}
