package reflux.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import reflux.model.finding.Finding;
import reflux.model.finding.FindingCode;
import reflux.model.finding.Severity;

/** MS and 1H NMR acceptance items of seed 001 (expected m/z by hand from seed-compounds.tsv monoisotopic masses). */
class AnalyticsCheckTest {

    /** Proton mass = H atom 1.0078250 − electron 0.0005486. */
    private static final double PROTON = 1.0078250 - 0.0005486;
    private static final double SODIUM_ION = 22.9897693 - 0.0005486;

    private final AuditReport ex1 = Auditor.standard().audit(SeedRoutes.example1(), null);
    private final AuditReport ex2 = Auditor.standard().audit(SeedRoutes.example2(), null);

    private static List<Finding> at(AuditReport r, FindingCode code, String pathPart) {
        return r.withCode(code).stream().filter(f -> f.path() != null && f.path().contains(pathPart)).toList();
    }

    @Test
    void everyPrintedMsValueOfSeed001IsExplained() {
        assertThat(ex1.withCode(FindingCode.MS_PEAK_UNEXPLAINED)).isEmpty();
        assertThat(ex2.withCode(FindingCode.MS_PEAK_UNEXPLAINED)).isEmpty();
        assertThat(ex1.withCode(FindingCode.MS_PEAK_EXPLAINED)).hasSize(6); // 503, 505, 525, 527; 481, 503
        assertThat(ex2.withCode(FindingCode.MS_PEAK_EXPLAINED)).hasSize(2); // 459, 461
    }

    @Test
    void bromoIntermediateShowsBothBromineIsotopologuesAsCationAndSodiumAdduct() {
        // 001-II.Br mono 502.0522 (79Br); cation = + proton = 503.0595; 81Br: + 1.99795 = 505.0574
        Finding m503 = at(ex1, FindingCode.MS_PEAK_EXPLAINED, "bromo-int-isolated].analytics.ms[0]").get(0);
        assertThat(m503.numbers().get(0).expected()).isCloseTo(502.0522 + PROTON, within(0.001));
        assertThat(m503.message()).contains("79Br").contains("is the cation itself");
        assertThat(at(ex1, FindingCode.MS_PEAK_EXPLAINED, "ms[1]").get(0).message()).contains("81Br");
        // [M+Na]+ = 502.0522 + 22.98922 = 525.0414
        Finding m525 = at(ex1, FindingCode.MS_PEAK_EXPLAINED, "bromo-int-isolated].analytics.ms[2]").get(0);
        assertThat(m525.numbers().get(0).expected()).isCloseTo(502.0522 + SODIUM_ION, within(0.001));
    }

    @Test
    void cefepime481IsThePermanentCationAnd503CollidesWithTheBromoIntermediate() {
        // cefepime (001-I) mono 480.1250: cation 481.1323; [M+Na]+ 503.1142; bromo cation 503.0595
        Finding m481 = at(ex1, FindingCode.MS_PEAK_EXPLAINED, "cefepime-isolated].analytics.ms[0]").get(0);
        assertThat(m481.numbers().get(0).expected()).isCloseTo(480.1250 + PROTON, within(0.001));
        assertThat(m481.message()).contains("[M]+ (permanent cation)");
        List<Finding> collision = ex1.withCode(FindingCode.MS_NOMINAL_COLLISION);
        assertThat(collision).hasSize(1);
        assertThat(collision.get(0).path()).endsWith("cefepime-isolated].analytics.ms[1]");
        assertThat(collision.get(0).message()).contains("cefepime [M+Na]+").contains("bromo-int-hcl [M]+")
                .contains(String.format(java.util.Locale.ROOT, "%.4f", 480.1250 + SODIUM_ION));
    }

    @Test
    void chloroIntermediateShowsBothChlorineIsotopologues() {
        // 001-II.Cl mono 458.1027 + proton = 459.1100; 37Cl + 1.99705 = 461.1070
        Finding m459 = at(ex2, FindingCode.MS_PEAK_EXPLAINED, "ms[0]").get(0);
        assertThat(m459.numbers().get(0).expected()).isCloseTo(458.1027 + PROTON, within(0.001));
        assertThat(at(ex2, FindingCode.MS_PEAK_EXPLAINED, "ms[1]").get(0).message()).contains("37Cl");
    }

    @Test
    void nmrIntegralSumsMatchTheStructures() {
        // printed sums: bromo 23, cefepime 24, chloro 23 (seed text); cation H: bromo 24 (2 on N/O), cefepime 25
        // (COOH, NH, NH2 = 4 on N/O), chloro 24
        Finding bromo = at(ex1, FindingCode.NMR_H_COUNT_OK, "bromo-int-isolated").get(0);
        assertThat(bromo.numbers().get(0).actual()).isEqualTo(23.0);
        assertThat(bromo.numbers().get(0).expected()).isEqualTo(24.0);
        Finding cef = at(ex1, FindingCode.NMR_H_COUNT_OK, "cefepime-isolated").get(0);
        assertThat(cef.numbers().get(0).actual()).isEqualTo(24.0);
        assertThat(cef.numbers().get(0).expected()).isEqualTo(25.0);
        assertThat(at(ex2, FindingCode.NMR_H_COUNT_OK, "chloro-int-isolated").get(0).numbers().get(0).actual())
                .isEqualTo(23.0);
        assertThat(ex1.withCode(FindingCode.NMR_H_COUNT)).isEmpty();
        assertThat(ex2.withCode(FindingCode.NMR_H_COUNT)).isEmpty();
    }

    @Test
    void h6SingletsAreFlaggedAndTheCefepimeDoubletIsNot() {
        List<Finding> ex1Flags = ex1.withCode(FindingCode.NMR_MULTIPLICITY);
        assertThat(ex1Flags).hasSize(1);
        assertThat(ex1Flags.get(0).severity()).isEqualTo(Severity.WARNING);
        assertThat(ex1Flags.get(0).path()).isEqualTo("stages[I].outcomes[bromo-int-isolated].analytics.nmr[10]");
        assertThat(ex1Flags.get(0).message()).contains("5.33 (s, 1H)").contains("cephem-H6").contains("doublet");
        assertThat(ex2.withCode(FindingCode.NMR_MULTIPLICITY)).singleElement()
                .satisfies(f -> assertThat(f.path()).contains("chloro-int-isolated"));
    }
}
