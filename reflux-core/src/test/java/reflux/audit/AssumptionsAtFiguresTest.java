package reflux.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import reflux.model.finding.Finding;
import reflux.model.finding.FindingCode;
import reflux.model.finding.Severity;
import reflux.route.io.RouteLoad;
import reflux.route.io.RouteReader;
import reflux.testkit.SharedFiles;

/**
 * Every assumption an audit figure rests on is an INFO finding at the field whose figure it changes, with its source
 * (issue 9 item 7). Expected places and values come from seed 001 Example 1 as printed: "methylene chloride (100
 * ml)" in Step A is a volume, so its mass needs a density (CRC: 1.3266 g/mL, 100 × 1.3266 = 132.66 g); "conc. HCl
 * (2.8 ml)" in Stage II needs a strength (37 % w/w); the N-trimethylsilylacetamide solution of Step A prints only its
 * contents; the cefepime outcome prints an HPLC purity and no water content; the nucleus is named without ring
 * stereodescriptors, so its (6R,7R) configuration is read into the name.
 */
class AssumptionsAtFiguresTest {

    private static AuditReport example1() {
        RouteLoad load = new RouteReader().read(SharedFiles.repoRoot().resolve("routes/cefepime-001-example1.yaml"));
        assertThat(load.problems()).isEmpty();
        return Auditor.standard().audit(load.route(), null);
    }

    private static List<Finding> at(AuditReport r, FindingCode code, String path) {
        return r.withCode(code).stream().filter(f -> path.equals(f.path())).toList();
    }

    @Test
    void aDensityIsAssumedAtTheChargeWhoseMassItGives() {
        AuditReport r = example1();
        assertThat(at(r, FindingCode.DENSITY_ASSUMED, "stages[I].steps[A].operations[0].charges[1]"))
                .singleElement().satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.INFO);
                    assertThat(f.message()).contains("132.66").contains("1.3266").contains("CRC");
                });
    }

    @Test
    void theStrengthOfConcentratedHclIsAssumedAtItsCharge() {
        AuditReport r = example1();
        assertThat(r.withCode(FindingCode.STRENGTH_ASSUMED)).singleElement().satisfies(f -> {
            assertThat(f.path()).startsWith("stages[II].");
            assertThat(f.message()).contains("37.0 % w/w");
        });
    }

    @Test
    void aSolutionPrintedOnlyByItsContentsIsAnAssumption() {
        assertThat(at(example1(), FindingCode.COMPOSITION_UNSTATED, "stages[I].steps[A].operations[1].charges[0]"))
                .hasSize(1);
    }

    @Test
    void purityAndHydrateAreAssumptionsAtTheOutcome() {
        AuditReport r = example1();
        assertThat(at(r, FindingCode.PURITY_AS_MASS_FRACTION, "stages[II].outcomes[cefepime-isolated]")).hasSize(1);
        assertThat(at(r, FindingCode.HYDRATE_ASSUMED, "stages[II].outcomes[cefepime-isolated]")).hasSize(1);
    }

    @Test
    void theConfigurationReadIntoANameWithoutDescriptorsIsAnAssumptionAtTheSubstance() {
        assertThat(at(example1(), FindingCode.NAME_ASSUMPTION, "substances[acp-hcl].name")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("(6R,7R)"));
    }

    @Test
    void everyListedAssumptionNamesTheFieldItAffects() {
        AuditReport r = example1();
        assertThat(r.assumptions()).isNotEmpty()
                .allSatisfy(a -> assertThat(a).matches("(stages|substances)\\[[^]]+].*: .*"));
    }
}
