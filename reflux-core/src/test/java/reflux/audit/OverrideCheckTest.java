package reflux.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static reflux.audit.Fixtures.ref;
import static reflux.audit.Fixtures.sub;

import java.util.List;
import reflux.model.finding.Finding;
import reflux.model.finding.FindingCode;
import reflux.model.route.Route;

/** SMILES overrides are compared with what the printed name resolves to, so assumed stereo stays visible. */
class OverrideCheckTest {

    private static List<Finding> findings(String name, String smiles) {
        Route route = new Route("reflux.route/1", "t", null, List.of(), Route.Kind.EXAMPLE,
                List.of(sub("s", name, smiles)), List.of(), List.of(), List.of());
        AuditSink sink = new AuditSink();
        new OverrideCheck().check(new AuditContext(route, null, SubstanceStructures.overridesOnly(),
                AuditData.standard(), new AuditCache()), sink);
        return sink.findings;
    }

    @org.junit.jupiter.api.Test
    void anOximeGeometryTheNameDoesNotStateIsReportedAsAssumed() {
        // 001 prints the acid without (Z); reference row 001-IV.BrOH is the (Z) acid (C4=N5:Z)
        List<Finding> f = findings("4-bromo-2-methoxyimino-3-oxobutyric acid", ref("001-IV.BrOH"));
        assertThat(f).extracting(Finding::code).containsExactly(FindingCode.STEREO_ASSUMED);
        assertThat(f.get(0).message()).contains("AMTTUPGTZVAKBF-UHFFFAOYSA-N").contains("AMTTUPGTZVAKBF-DAXSKMNVSA-N");
    }

    @org.junit.jupiter.api.Test
    void anOverrideEqualToTheNamedCompoundAgrees() {
        assertThat(findings("thiourea", "NC(N)=S")).extracting(Finding::code)
                .containsExactly(FindingCode.OVERRIDE_AGREES_WITH_NAME);
    }

    @org.junit.jupiter.api.Test
    void anOverrideOfAnotherCompoundContradictsTheName() {
        assertThat(findings("thiourea", "NC(N)=O")).extracting(Finding::code)
                .containsExactly(FindingCode.OVERRIDE_CONTRADICTS_NAME);
    }

    @org.junit.jupiter.api.Test
    void aGenericNameWithAnOverrideIsAnAssumptionAtTheSubstance() {
        // the name is generic: the override is the only structure, so it is reported as the route's assumption
        assertThat(findings("reactive derivative of formula III", ref("001-IV.BrOH")))
                .singleElement().satisfies(f -> {
                    assertThat(f.code()).isEqualTo(FindingCode.STRUCTURE_FROM_ROUTE);
                    assertThat(f.path()).isEqualTo("substances[s].smiles");
                });
    }
}
