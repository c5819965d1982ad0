package reflux.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import reflux.model.finding.Finding;
import reflux.model.finding.FindingCode;
import reflux.model.finding.Severity;

/** Every printed (mass, mol) pair of seed 001 is checked, and the salt forms that make them agree are named. */
class StoichiometryCheckTest {

    private static final List<FindingCode> PAIR_CODES = List.of(FindingCode.FORM_CONSISTENT, FindingCode.MOLES_CONSISTENT, FindingCode.MOLES_MISMATCH,
            FindingCode.SALT_FORM_AMBIGUOUS);

    private static List<Finding> pairs(AuditReport r) {
        return r.findings().stream().filter(f -> PAIR_CODES.contains(f.code()) && f.path().contains("charges"))
                .toList();
    }

    @Test
    void everyPrintedMassMolPairOfExample1IsChecked() {
        // seed 001 Example 1 prints six (mass, mol) pairs: 7-ACP.HCl (10 g, 0.03 mol), TMS-acetamide (26.72 g,
        // 0.20 mol), PCl5 (7.5 g, 0.036 mol), bromo acid (7.73 g, 0.035 mol), thiourea (0.31 g, 0.0040 mol),
        // bromo intermediate (2.0 g, 0.0037 mol)
        AuditReport r = Auditor.standard().audit(SeedRoutes.example1(), null);
        assertThat(pairs(r)).hasSize(6).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
    }

    @Test
    void everyPrintedMassMolPairOfExample2IsChecked() {
        // Example 2: chloro acid (6.2 g, 0.0345 mol), PCl5 (7.5 g, 0.0360 mol), thiourea (0.92 g, 0.012 mol),
        // chloro intermediate (4.0 g, 0.008 mol)
        AuditReport r = Auditor.standard().audit(SeedRoutes.example2(), null);
        assertThat(pairs(r)).hasSize(4).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
    }

    @Test
    void pairsAgreeOnlyWithTheNucleusAsMonohydrochlorideAndTheIntermediateAsHclSalt() {
        // hand: 10 g / 333.836 = 0.02996 -> 0.030 (the printed 0.03 read to the 2 s.f. of "10 g");
        // inner salt 10 / 297.375 = 0.0336, dihydrochloride 10 / 370.297 = 0.0270: not 0.030.
        // 2.0 g / 539.830 = 0.00370 -> 0.0037; inner salt 2.0 / 503.369 = 0.00397 -> 0.0040: no.
        AuditReport r = Auditor.standard().audit(SeedRoutes.example1(), null);
        Finding summary = r.findings().stream().filter(f -> "substances".equals(f.path())).findFirst().orElseThrow();
        assertThat(summary.code()).isEqualTo(FindingCode.FORM_CONSISTENT);
        assertThat(summary.message())
                .contains("3-cephem-4-carboxylate hydrochloride only as monohydrochloride")
                .contains("bromo intermediate only as monohydrochloride");
        Finding nucleus = r.findings().stream().filter(f -> f.path() != null
                && f.path().equals("stages[I].steps[A].operations[0].charges[0]")).findFirst().orElseThrow();
        assertThat(nucleus.code()).isEqualTo(FindingCode.FORM_CONSISTENT);
        assertThat(nucleus.numbers().get(0).expected()).isCloseTo(10 / 333.836, within(1e-6));
        assertThat(nucleus.message()).contains("Excluded: inner salt / free form").contains("dihydrochloride");
    }

    @Test
    void chloroIntermediatePairExcludesTheAnhydrousInnerSalt() {
        // 4.0 / 458.918 (inner salt) = 0.00872 -> 0.009, not 0.008; 4.0 / 495.379 (HCl salt) = 0.00807 -> 0.008
        AuditReport r = Auditor.standard().audit(SeedRoutes.example2(), null);
        Finding chloro = r.findings().stream().filter(f -> f.path() != null
                && f.path().equals("stages[II].steps[A].operations[1].charges[0]")).findFirst().orElseThrow();
        assertThat(chloro.code()).isEqualTo(FindingCode.FORM_CONSISTENT);
        assertThat(chloro.message()).contains("as monohydrochloride").contains("Excluded: inner salt / free form,");
    }

    @Test
    void toleranceComesFromPrintedPrecisionNotAFixedPercentage() {
        // thiourea 0.31 g / 76.122 = 0.004072 mol rounds to 0.0041, not the printed 0.0040; with the mass's own
        // precision (0.305 g / 76.122 = 0.004007) it fits: agrees only within the precision of the mass
        AuditReport r = Auditor.standard().audit(SeedRoutes.example1(), null);
        Finding thiourea = r.findings().stream().filter(f -> f.path() != null
                && f.path().equals("stages[II].steps[A].operations[1].charges[0]")).findFirst().orElseThrow();
        assertThat(thiourea.code()).isEqualTo(FindingCode.MOLES_CONSISTENT);
        assertThat(thiourea.message()).contains("within the printed precision of the mass");
        assertThat(thiourea.numbers().get(0).tolerance()).isCloseTo(0.00005 + 0.005 / 76.122, within(1e-6));
    }

    @Test
    void concentratedHydrochloricAcidMolesComeFromDensityAndStrength() {
        // 2.8 mL x 1.19 g/mL x 0.37 / 36.461 g/mol = 0.03381 mol HCl
        AuditReport r = Auditor.standard().audit(SeedRoutes.example1(), null);
        AuditReport.AmountRow hcl = r.amounts().stream().filter(a -> "hcl".equals(a.substance())).findFirst()
                .orElseThrow();
        assertThat(hcl.molesComputed()).isCloseTo(2.8 * 1.19 * 0.37 / 36.461, within(1e-4));
        assertThat(r.assumptions()).anySatisfy(a -> assertThat(a).contains("37").contains("1.19"));
    }
}
