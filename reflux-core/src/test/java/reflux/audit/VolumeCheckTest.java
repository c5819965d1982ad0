package reflux.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import reflux.model.finding.FindingCode;
import reflux.model.route.Route;
import reflux.route.io.RouteLoad;
import reflux.route.io.RouteReader;
import reflux.testkit.SharedFiles;

/**
 * Solvent volumes (L/kg = mL / g of the limiting reactant) and concentrations on the seed 001 route files, by hand
 * from the printed volumes; molar masses as in ReagentEquivalentsTest (PCl5 208.239, C5H6ClNO4 179.559, nucleus
 * hydrochloride 333.836).
 */
class VolumeCheckTest {

    private static AuditReport audit(String name) {
        RouteLoad load = new RouteReader().read(SharedFiles.repoRoot().resolve("routes").resolve(name));
        assertThat(load.problems()).isEmpty();
        Route route = load.route();
        return Auditor.standard().audit(route, null);
    }

    private static AuditReport.VolumeRow row(AuditReport r, String path) {
        return r.volumes().stream().filter(v -> v.path().equals(path)).findFirst().orElseThrow();
    }

    private static AuditReport.ConcentrationRow conc(AuditReport r, String path) {
        return r.concentrations().stream().filter(c -> c.path().equals(path)).findFirst().orElseThrow();
    }

    @Test
    void example1StageOneDcmIs16Point2LitresPerKgOfTheNucleus() {
        AuditReport r = audit("cefepime-001-example1.yaml");
        // limiting reactant: the nucleus, 10 g. Step A: DCM 100 mL / 10 g = 10.0 L/kg; Step B: DCM 62 mL / 10 g = 6.2
        assertThat(row(r, "stages[I].steps[A].operations[0]").solventsLPerKg()).isCloseTo(100.0 / 10, within(1e-9));
        assertThat(row(r, "stages[I].steps[B].operations[0]").solventsLPerKg()).isCloseTo(62.0 / 10, within(1e-9));
        // stage: solvents 100 + 62 = 162 mL -> 16.2 L/kg; work-up water 23 + 50 and DCM wash 20 = 93 mL -> 9.3 L/kg
        AuditReport.VolumeRow stage = row(r, "stages[I]");
        assertThat(stage.limiting()).isEqualTo("acp-hcl");
        assertThat(stage.solventsMl()).isEqualTo(162.0);
        assertThat(stage.solventsLPerKg()).isCloseTo(16.2, within(1e-9));
        assertThat(stage.workupLPerKg()).isCloseTo(9.3, within(1e-9));
        assertThat(r.withCode(FindingCode.SOLVENT_VOLUMES)).hasSize(2);
    }

    @Test
    void example1ConcentrationsInTheirOwnVessels() {
        AuditReport r = audit("cefepime-001-example1.yaml");
        // nucleus 10 / 333.836 = 0.029955 mol in 100 mL -> 0.29955 mol/L
        assertThat(conc(r, "stages[I].steps[A].operations[0].charges[0]").molPerL())
                .isCloseTo(10 / 333.836 / 0.100, within(1e-6));
        // PCl5 7.5 / 208.239 = 0.036016 mol in 62 mL (Step B is its own vessel) -> 0.58090 mol/L
        assertThat(conc(r, "stages[I].steps[B].operations[0].charges[0]").molPerL())
                .isCloseTo(7.5 / 208.239 / 0.062, within(1e-4));
        // the silylating agent comes as a solution of unprinted volume: no concentration
        assertThat(r.concentrations()).noneMatch(c -> c.substance().equals("tmsa"));
    }

    @Test
    void example2StageOneDcmIs10LitresPerKgOfTheChloroAcid() {
        AuditReport r = audit("cefepime-001-example2.yaml");
        // limiting reactant: the chloro acid (the silylated nucleus has no amount), 6.2 g; DCM 62 mL -> 62 / 6.2 = 10
        AuditReport.VolumeRow stage = row(r, "stages[I]");
        assertThat(stage.limiting()).isEqualTo("chloro-acid");
        assertThat(stage.solventsLPerKg()).isCloseTo(62.0 / 6.2, within(1e-9));
        // Stage II: acetone 40 + water 20 + acetone 92 = 152 mL over 4.0 g chloro intermediate -> 38 L/kg;
        // acetone washes 2 x 10 = 20 mL -> 5 L/kg
        AuditReport.VolumeRow two = row(r, "stages[II]");
        assertThat(two.solventsLPerKg()).isCloseTo(152 / 4.0, within(1e-9));
        assertThat(two.workupLPerKg()).isCloseTo(20 / 4.0, within(1e-9));
        // chloro acid 6.2 / 179.559 = 0.034529 mol into the 62 mL of the PCl5 suspension -> 0.55692 mol/L
        assertThat(conc(r, "stages[I].steps[B].operations[1].charges[0]").molPerL())
                .isCloseTo(6.2 / 179.559 / 0.062, within(1e-4));
    }
}
