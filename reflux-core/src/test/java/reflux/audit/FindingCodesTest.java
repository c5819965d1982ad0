package reflux.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import reflux.model.finding.FindingCode;
import reflux.model.finding.Severity;
import reflux.model.route.OperationType;
import reflux.model.route.Outcome;
import reflux.model.route.Provenance;
import reflux.model.route.Role;
import reflux.model.route.Route;
import reflux.model.route.Stage;
import reflux.model.route.Step;
import reflux.model.route.SubstanceRef;

/** Codes not reached by the seed routes, on small hand-made routes. */
class FindingCodesTest {

    /** One stage: bromo intermediate (declared form given by {@code smiles}) + thiourea -> cefepime.2HCl.H2O. */
    private static Route route(String bromoSmiles, String[] bromoAmounts, String[] thioureaAmounts,
                               String statedYield) {
        List<SubstanceRef> subs = List.of(Fixtures.sub("bromo", "bromo intermediate", bromoSmiles),
                Fixtures.sub("thiourea", "thiourea", Fixtures.ref("thiourea")),
                Fixtures.sub("cefepime", "Cefepime dihydrochloride monohydrate", Fixtures.ref("001-I.2HCl.H2O")));
        Outcome out = new Outcome("cef", "cefepime", true, Fixtures.qs("1.47 g"),
                statedYield == null ? null : Fixtures.q(statedYield), null, List.of(), Provenance.NONE);
        Stage s = new Stage("II", null, List.of(), List.of("bromo", "thiourea"), "cefepime", List.of(
                new Step("A", null, List.of(Fixtures.op(OperationType.CHARGE,
                        Fixtures.c("bromo", Role.REACTANT, bromoAmounts),
                        Fixtures.c("thiourea", Role.REACTANT, thioureaAmounts))), Provenance.NONE)),
                List.of(out), false, List.of(), Provenance.NONE);
        return new Route("reflux.route/1", "t", null, List.of(), Route.Kind.EXAMPLE, subs, List.of(s), List.of(),
                List.of());
    }

    private final Auditor auditor = new Auditor(SubstanceStructures.overridesOnly(), AuditData.standard());

    @Test
    void pairThatExcludesTheDeclaredFormAndFitsAnotherIsAContradiction() {
        // declared as the inner salt (503.369): 2.0 / 503.369 = 0.00397 -> 0.0040, not the printed 0.0037;
        // as the monohydrochloride (539.830): 0.00370 -> 0.0037
        AuditReport r = auditor.audit(route(Fixtures.ref("001-II.Br"), new String[] {"2.0 g", "0.0037 mol"},
                new String[] {"0.31 g"}, null), null);
        assertThat(r.withCode(FindingCode.FORM_CONTRADICTS_AMOUNTS)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).contains("monohydrochloride (539.830 g/mol");
        });
    }

    @Test
    void printedEquivalentsAreComparedWithTheLimitingReactant() {
        // thiourea 0.31 g / 76.122 = 0.0040724 mol over 2.0 / 539.830 = 0.0037049 mol = 1.10 eq; printed 2.0 eq
        AuditReport r = auditor.audit(route(Fixtures.ref("001-II.Br.HCl"), new String[] {"2.0 g", "0.0037 mol"},
                new String[] {"0.31 g", "2.0 eq"}, null), null);
        assertThat(r.withCode(FindingCode.EQUIVALENTS_MISMATCH)).singleElement()
                .satisfies(f -> assertThat(f.numbers().get(0).expected())
                        .isCloseTo((0.31 / 76.122) / (2.0 / 539.830), org.assertj.core.api.Assertions.within(1e-4)));
    }

    @Test
    void printedYieldThatDisagreesIsAYieldMismatch() {
        // computed 69.4 % (hand: 1.47/571.501 over 2.0/539.830); printed 80 %
        AuditReport r = auditor.audit(route(Fixtures.ref("001-II.Br.HCl"), new String[] {"2.0 g", "0.0037 mol"},
                new String[] {"0.31 g"}, "80 %"), null);
        assertThat(r.withCode(FindingCode.YIELD_MISMATCH)).hasSize(1);
        AuditReport ok = auditor.audit(route(Fixtures.ref("001-II.Br.HCl"), new String[] {"2.0 g", "0.0037 mol"},
                new String[] {"0.31 g"}, "69.4 %"), null);
        assertThat(ok.withCode(FindingCode.YIELD_MISMATCH)).isEmpty();
    }
}
