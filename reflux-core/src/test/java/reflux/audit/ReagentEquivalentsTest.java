package reflux.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import reflux.model.finding.FindingCode;
import reflux.model.route.Route;
import reflux.route.io.RouteLoad;
import reflux.route.io.RouteReader;
import reflux.testkit.SharedFiles;

/**
 * Equivalents of PCl5 against the acid it chlorinates (by rule acid-chloride-pcl5) and against the stage's limiting
 * reactant, on the seed 001 route files. Molar masses by hand (IUPAC atomic weights C 12.011, H 1.008, N 14.007,
 * O 15.999, P 30.974, Cl 35.453, Br 79.904):
 * PCl5 = 30.974 + 5 × 35.453 = 208.239; C5H6BrNO4 = 60.055 + 6.048 + 79.904 + 14.007 + 63.996 = 224.010;
 * C5H6ClNO4 = 60.055 + 6.048 + 35.453 + 14.007 + 63.996 = 179.559; the nucleus hydrochloride 333.836
 * (seed-compounds.tsv, as in YieldCheckTest).
 */
class ReagentEquivalentsTest {

    private static Route seed(String name) {
        RouteLoad load = new RouteReader().read(SharedFiles.repoRoot().resolve("routes").resolve(name));
        assertThat(load.problems()).isEmpty();
        return load.route();
    }

    private static AuditReport.AmountRow row(AuditReport r, String stage, String substance) {
        return r.amounts().stream().filter(a -> a.stage().equals(stage) && substance.equals(a.substance()))
                .findFirst().orElseThrow();
    }

    @Test
    void example1Pcl5Is1Point04EqAgainstTheBromoAcidAnd1Point20AgainstTheNucleus() {
        double pcl5 = 7.5 / 208.239;        // 0.036016 mol
        double acid = 7.73 / 224.010;       // 0.034508 mol
        double nucleus = 10 / 333.836;      // 0.029955 mol, the limiting reactant
        double vsAcid = pcl5 / acid;        // 1.0437
        double vsNucleus = pcl5 / nucleus;  // 1.2024
        assertThat(vsAcid).isCloseTo(1.044, within(0.001));
        assertThat(vsNucleus).isCloseTo(1.202, within(0.001));
        // the printed moles give 0.036 / 0.035 = 1.029 (shown in the message, not used)
        AuditReport r = Auditor.standard().audit(seed("cefepime-001-example1.yaml"), null);
        AuditReport.AmountRow row = row(r, "I", "pcl5");
        assertThat(row.substrate()).isEqualTo("bromo-acid");
        assertThat(row.substrateEquivalents()).isCloseTo(vsAcid, within(0.001));
        assertThat(row.equivalents()).isCloseTo(vsNucleus, within(0.001));
        assertThat(r.withCode(FindingCode.REAGENT_EQUIVALENTS))
                .anySatisfy(f -> assertThat(f.path()).isEqualTo(row.path()));
    }

    @Test
    void example1SilylatingAgentPairsWithTheNucleusOfItsOwnStepNotTheAcid() {
        // both carry a CO2H the O-silylation template matches; TMSA is charged in Step A with the nucleus
        AuditReport r = Auditor.standard().audit(seed("cefepime-001-example1.yaml"), null);
        assertThat(row(r, "I", "tmsa").substrate()).isEqualTo("acp-hcl");
    }

    @Test
    void example2Pcl5Is1Point04EqAgainstTheChloroAcidWhichIsAlsoTheLimitingReactant() {
        double pcl5 = 7.5 / 208.239;        // 0.036016 mol
        double acid = 6.2 / 179.559;        // 0.034529 mol
        double vsAcid = pcl5 / acid;        // 1.0431
        assertThat(vsAcid).isCloseTo(1.043, within(0.001));
        // the silylated nucleus has no amount in Example 2, so the acid is the only reactant with moles
        AuditReport r = Auditor.standard().audit(seed("cefepime-001-example2.yaml"), null);
        AuditReport.AmountRow row = row(r, "I", "pcl5");
        assertThat(row.substrate()).isEqualTo("chloro-acid");
        assertThat(row.substrateEquivalents()).isCloseTo(vsAcid, within(0.001));
        assertThat(row.equivalents()).isCloseTo(vsAcid, within(0.001));
    }

    @Test
    void withTheRunThePairingComesFromTheAppliedRulesAndTheFiguresStayTheSame() {
        // same hand figures as above: 7.5 / 208.239 over 7.73 / 224.010 = 1.0437 eq; over 10 / 333.836 = 1.2024 eq
        Route route = seed("cefepime-001-example1.yaml");
        reflux.model.run.RunResult run = reflux.engine.Executor.standard().run(route, null);
        assertThat(run.stages().get(0).rules()).contains("acid-chloride-pcl5");
        AuditReport.AmountRow row = row(Auditor.standard().audit(route, run), "I", "pcl5");
        assertThat(row.substrate()).isEqualTo("bromo-acid");
        assertThat(row.substrateEquivalents()).isCloseTo((7.5 / 208.239) / (7.73 / 224.010), within(0.001));
        assertThat(row.equivalents()).isCloseTo((7.5 / 208.239) / (10 / 333.836), within(0.001));
    }
}
