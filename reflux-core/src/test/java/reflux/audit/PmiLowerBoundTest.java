package reflux.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import reflux.model.finding.FindingCode;

/**
 * PMI is a lower bound when a charged solution's composition is unknown: seed 001 Example 1 adds "N-trimethylsilyl-
 * acetamide solution (containing 26.72 g N-trimethylsilylacetamide, 0.20 mol)" and prints neither its solvent nor
 * its mass, so only the 26.72 g are counted.
 */
class PmiLowerBoundTest {

    // Stage I charges counted (g; densities of densities.tsv: DCM 1.3266, water 0.997):
    // 10 acp-hcl + 100 mL DCM + 26.72 TMSA (the solution's printed content only) + 7.5 PCl5 + 62 mL DCM
    // + 7.73 bromo acid + 23 mL water + 50 mL water + 20 mL DCM
    // = 10 + 132.66 + 26.72 + 7.5 + 82.249 + 7.73 + 22.931 + 49.85 + 26.532 = 366.172 g
    private static final double STAGE1_COUNTED = 10 + 100 * 1.3266 + 26.72 + 7.5 + 62 * 1.3266 + 7.73 + 23 * 0.997
            + 50 * 0.997 + 20 * 1.3266;

    private static AuditReport.MetricsRow row(AuditReport r, String scope) {
        return r.metrics().stream().filter(m -> m.scope().equals(scope)).findFirst().orElseThrow();
    }

    @Test
    void stageWithASolutionOfUnstatedCompositionHasALowerBoundPmi() {
        AuditReport r = Auditor.standard().audit(SeedRoutes.example1(), null);
        AuditReport.MetricsRow s1 = row(r, "I");
        // PMI >= 366.172 g / 13.2 g = 27.74: the TMSA solution's solvent would only add to it
        assertThat(s1.pmi()).isCloseTo(STAGE1_COUNTED / 13.2, within(0.01));
        assertThat(s1.pmiLowerBound()).isTrue();
        assertThat(s1.note()).contains("tmsa-solution").contains("stages[I].steps[A].operations[1].charges[0]");
        // stage II charges nothing of unknown mass; the route includes stage I, so it is a lower bound too
        assertThat(row(r, "II").pmiLowerBound()).isFalse();
        assertThat(row(r, "route").pmiLowerBound()).isTrue();
        assertThat(r.withCode(FindingCode.GREEN_METRICS)).filteredOn(f -> "stages[I]".equals(f.path()))
                .singleElement().satisfies(f -> assertThat(f.message()).contains("PMI ≥ 27.74"));
        assertThat(AuditText.render(r, true)).contains("PMI ≥ 27.74");
    }

    @Test
    void jsonRowCarriesTheLowerBoundFlag() {
        AuditReport r = Auditor.standard().audit(SeedRoutes.example1(), null);
        JsonNode json = AuditJson.mapper().valueToTree(r);
        JsonNode s1 = null;
        JsonNode s2 = null;
        for (JsonNode m : json.get("metrics")) {
            if (m.get("scope").asText().equals("I")) {
                s1 = m;
            } else if (m.get("scope").asText().equals("II")) {
                s2 = m;
            }
        }
        assertThat(s1.get("pmiLowerBound").asBoolean()).isTrue();
        assertThat(s2.get("pmiLowerBound").asBoolean()).isFalse();
    }
}
