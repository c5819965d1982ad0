package reflux.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import reflux.route.io.RouteReader;
import reflux.testkit.SharedFiles;

/**
 * The vessel content per operation (working volume) on seed 001 Example 1, against the printed volumes: a quench
 * stays in the vessel, a wash layer counts during its wash only, a filtration empties the vessel, and a solution of
 * unprinted volume makes the content a lower bound.
 */
class VesselContentTest {

    private static AuditReport.VesselRow row(AuditReport r, String stage, String step, int op) {
        return r.vessels().stream().filter(v -> v.stage().equals(stage) && v.step().equals(step)
                && v.operation() == op).findFirst().orElseThrow();
    }

    @Test
    void example1VesselContentsFollowThePrintedVolumes() {
        var load = new RouteReader().read(SharedFiles.repoRoot().resolve("routes/cefepime-001-example1.yaml"));
        AuditReport r = Auditor.standard().audit(load.route(), null);
        assertThat(row(r, "I", "A", 0).contentMl()).isCloseTo(100, within(1e-9));       // DCM 100 ml
        assertThat(row(r, "I", "A", 1).exact()).isFalse();                                // TMSA solution, no volume
        assertThat(row(r, "I", "B", 3).contentMl()).isCloseTo(62 + 23, within(1e-9));   // wash water during the wash
        assertThat(row(r, "I", "C", 1).contentMl()).isCloseTo(100 + 62, within(1e-9));  // A + B (wash layer gone)
        assertThat(row(r, "I", "C", 3).contentMl()).isCloseTo(100 + 62 + 50, within(1e-9)); // quench stays
        assertThat(row(r, "I", "C", 5).contentMl()).isZero();                             // filtered
        assertThat(row(r, "II", "A", 7).contentMl()).isCloseTo(20 + 10 + 1 + 2.8 + 60, within(1e-9));
        assertThat(row(r, "II", "A", 7).exact()).isTrue();
        assertThat(row(r, "II", "A", 7).liquidMl()).isCloseTo(93.8, within(1e-9));
    }
}
