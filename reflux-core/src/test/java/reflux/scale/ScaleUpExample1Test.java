package reflux.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;
import static reflux.scale.ScaleFixtures.line;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Seed 001 Example 1 scaled to 50 kg of cefepime dihydrochloride monohydrate, every figure against a hand
 * calculation from the example's printed figures (seed 001, Example 1): Stage II makes 1.47 g from 2.0 g of the
 * bromo intermediate; Stage I makes 13.2 g. Densities: CRC 97th ed. as in densities.tsv (DCM 1.3266, water 0.997,
 * acetone 0.7845, TEA 0.726, conc. HCl 1.19 g/mL).
 */
class ScaleUpExample1Test {

    // Stage II: 50 000 g / 1.47 g printed = 34 013.605 (its printed yield is kept, so the factor is the mass ratio)
    static final double F2 = 50_000 / 1.47;
    // Stage I must make what Stage II charges: 2.0 g × F2 = 68 027.2 g of bromo intermediate; printed 13.2 g
    static final double BROMO_G = 2.0 * F2;
    static final double F1 = BROMO_G / 13.2;   // 5153.58

    static BatchSheet sheet;

    @BeforeAll
    static void scale() {
        sheet = ScaleFixtures.scale("cefepime-001-example1.yaml", "50 kg cefepime dihydrochloride monohydrate",
                2000.0).sheet();
    }

    private static void kg(String path, double printedG, double factor) {
        assertThat(line(sheet, path).kgMax()).as(path).isCloseTo(printedG * factor / 1000, withinPercentage(0.1));
        assertThat(line(sheet, path).kgMin()).as(path).isCloseTo(printedG * factor / 1000, withinPercentage(0.1));
    }

    private static void litres(String path, double printedMl, double density, double factor) {
        assertThat(line(sheet, path).litresMax()).as(path).isCloseTo(printedMl * factor / 1000, withinPercentage(0.1));
        assertThat(line(sheet, path).kgMax()).as(path).isCloseTo(printedMl * density * factor / 1000,
                withinPercentage(0.1));
    }

    @Test
    void theScaleFactorsAreTheTargetOverThePrintedProductAndWhatStageTwoUsesOverWhatStageOneMade() {
        assertThat(sheet.stage("II").factorMax()).isCloseTo(34_013.6, withinPercentage(0.1));
        assertThat(sheet.stage("I").factorMax()).isCloseTo(5_153.6, withinPercentage(0.1));
        assertThat(sheet.stage("I").productKgMax()).isCloseTo(68.03, withinPercentage(0.1));
        assertThat(sheet.stage("II").productKgMax()).isCloseTo(50.0, withinPercentage(0.1));
        assertThat(sheet.product()).isEqualTo("cefepime-2hcl-h2o");
    }

    @Test
    void everyStageOneChargeIsThePrintedAmountTimesFactorOne() {
        kg("stages[I].steps[A].operations[0].charges[0]", 10, F1);            // acp-hcl 51.54 kg
        litres("stages[I].steps[A].operations[0].charges[1]", 100, 1.3266, F1); // DCM 515.4 L = 683.7 kg
        kg("stages[I].steps[A].operations[1].charges[0].containing[0]", 26.72, F1); // TMSA 137.7 kg
        kg("stages[I].steps[B].operations[0].charges[0]", 7.5, F1);           // PCl5 38.65 kg
        litres("stages[I].steps[B].operations[0].charges[1]", 62, 1.3266, F1);  // DCM 319.5 L
        kg("stages[I].steps[B].operations[1].charges[0]", 7.73, F1);          // bromo acid 39.84 kg
        litres("stages[I].steps[B].operations[3].charges[0]", 23, 0.997, F1);   // water 118.5 L
        litres("stages[I].steps[C].operations[3].charges[0]", 50, 0.997, F1);   // cold water 257.7 L
        litres("stages[I].steps[C].operations[6].charges[0]", 20, 1.3266, F1);  // DCM cake wash 103.1 L
    }

    @Test
    void everyStageTwoChargeIsThePrintedAmountTimesFactorTwo() {
        kg("stages[II].steps[A].operations[0].charges[0]", 2.0, F2);          // bromo intermediate 68.03 kg
        litres("stages[II].steps[A].operations[0].charges[1]", 20, 0.7845, F2); // acetone 680.3 L
        litres("stages[II].steps[A].operations[0].charges[2]", 10, 0.997, F2);  // water 340.1 L
        kg("stages[II].steps[A].operations[1].charges[0]", 0.31, F2);         // thiourea 10.54 kg
        litres("stages[II].steps[A].operations[3].charges[0]", 1, 0.726, F2);   // TEA 34.01 L
        litres("stages[II].steps[A].operations[6].charges[0]", 2.8, 1.19, F2);  // conc. HCl 95.24 L = 113.3 kg
        litres("stages[II].steps[A].operations[7].charges[0]", 60, 0.7845, F2); // acetone 2041 L
        litres("stages[II].steps[A].operations[10].charges[0]", 10, 0.7845, F2); // acetone 2x5 ml → 340.1 L
    }

    @Test
    void theBillOfMaterialsTotalsEachMaterialOverItsCharges() {
        BatchSheet.BomLine dcm = sheet.stage("I").bom().stream().filter(b -> b.substance().equals("dcm")).findFirst()
                .orElseThrow();
        // 100 + 62 + 20 mL = 182 mL × F1 = 938.0 L; × 1.3266 = 1244.3 kg
        assertThat(dcm.litresMax()).isCloseTo(182 * F1 / 1000, withinPercentage(0.1));
        assertThat(dcm.kgMax()).isCloseTo(182 * 1.3266 * F1 / 1000, withinPercentage(0.1));
        assertThat(dcm.densitySource()).contains("CRC");
        BatchSheet.BomLine acetone = sheet.stage("II").bom().stream().filter(b -> b.substance().equals("acetone"))
                .findFirst().orElseThrow();
        assertThat(acetone.litresMax()).isCloseTo((20 + 60 + 10) * F2 / 1000, withinPercentage(0.1)); // 3061 L
    }

    @Test
    void aTwoThousandLitreVesselTakesStageTwoInTwoBatches() {
        // Stage II liquids in the vessel before the filtration: 20 + 10 + 1 + 2.8 + 60 mL = 93.8 mL × F2 = 3190.5 L;
        // 80 % of 2000 L = 1600 L per batch → ceil(3190.5 / 1600) = 2 batches of 1595.3 L (79.8 % fill)
        assertThat(sheet.stage("II").workingLMax()).isCloseTo(93.8 * F2 / 1000, withinPercentage(0.1));
        assertThat(sheet.stage("II").batches()).isEqualTo(2);
        assertThat(sheet.stage("II").vesselNote()).contains("split into 2 batches");
        // Stage I: solution A (100 mL DCM + a TMSA solution of unprinted volume) + solution B (62 mL) + 50 mL water:
        // at least 212 mL × F1 = 1092.6 L, one batch, flagged as a lower bound
        assertThat(sheet.stage("I").workingLMax()).isCloseTo(212 * F1 / 1000, withinPercentage(0.1));
        assertThat(sheet.stage("I").workingExact()).isFalse();
        assertThat(sheet.stage("I").batches()).isEqualTo(1);
        assertThat(sheet.stage("I").vesselNote()).contains("lower bound");
    }

    @Test
    void routePmiIsEveryRawMaterialAtScaleOverTheTargetAsTheAuditComputesIt() {
        // Stage I raw, g at print scale: 10 + 100×1.3266 + 26.72 + 7.5 + 62×1.3266 + 7.73 + 23×0.997 + 50×0.997
        //   + 20×1.3266 = 366.17 g; Stage II raw: 20×0.7845 + 10×0.997 + 0.31 + 1×0.726 + 2.8×1.19 + 60×0.7845
        //   + 10×0.7845 = 84.94 g (the bromo intermediate is not a raw material)
        double stage1 = 10 + 100 * 1.3266 + 26.72 + 7.5 + 62 * 1.3266 + 7.73 + 23 * 0.997 + 50 * 0.997 + 20 * 1.3266;
        double stage2 = 20 * 0.7845 + 10 * 0.997 + 0.31 + 0.726 + 2.8 * 1.19 + 60 * 0.7845 + 10 * 0.7845;
        double pmi = (stage1 * F1 + stage2 * F2) / 50_000;   // 95.5
        assertThat(sheet.pmiMax()).isCloseTo(pmi, withinPercentage(0.1));
        // the TMSA solution's solvent is not printed (only its 26.72 g TMSA): a lower bound, as the audit says
        assertThat(sheet.pmiLowerBound()).isTrue();
        // and it is the route PMI the audit reports for the example (PMI does not change with scale)
        var audit = reflux.audit.Auditor.standard().audit(ScaleFixtures.route("cefepime-001-example1.yaml").route(),
                null);
        assertThat(audit.metrics().stream().filter(m -> m.scope().equals("route")).findFirst().orElseThrow().pmi())
                .isCloseTo(sheet.pmiMax(), withinPercentage(0.01));
    }

    @Test
    void temperaturesTimesAndPhAreCopiedAsPrinted() {
        BatchSheet.RecordEntry stir = sheet.stage("I").record().stream()
                .filter(e -> e.step().equals("B") && e.operation() == 2).findFirst().orElseThrow();
        assertThat(stir.temperature()).isEqualTo("-25 to -20 °C");
        assertThat(stir.duration()).isEqualTo("30 min");
        assertThat(stir.holdPoint()).startsWith("IPC");
        BatchSheet.RecordEntry ph = sheet.stage("II").record().stream()
                .filter(e -> e.type().equals("adjust_ph")).findFirst().orElseThrow();
        assertThat(ph.pH()).isEqualTo("6.7");
    }

    @Test
    void everyLinePointsToItsRouteLineAndQuote() {
        BatchSheet.Line acp = line(sheet, "stages[I].steps[A].operations[0].charges[0]");
        assertThat(acp.file()).endsWith("cefepime-001-example1.yaml");
        assertThat(acp.fileLine()).isGreaterThan(0);
        assertThat(acp.quote()).contains("(10 g, 0.03 mol)");
        assertThat(sheet.stages().stream().flatMap(s -> s.lines().stream()))
                .allSatisfy(l -> assertThat(l.quote()).isNotBlank());
        assertThat(sheet.stage("II").factorMin()).isCloseTo(sheet.stage("II").factorMax(), within(1e-9));
    }
}
