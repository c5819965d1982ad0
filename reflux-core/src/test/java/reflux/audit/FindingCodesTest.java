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

    // Yield of this stage by hand: 1.47 g / 571.501 g/mol = 0.0025722 mol cefepime.2HCl.H2O over
    // 2.0 g / 539.830 g/mol = 0.0037049 mol bromo intermediate HCl (limiting; thiourea 0.31 / 76.122 = 0.0040724)
    // = 69.43 %. Printed precision: 1.47 g ± 0.005 (relative 0.0034), 2.0 g ± 0.05 (relative 0.025), so the masses
    // allow 69.43 × (1 − 0.0034) / (1 + 0.025) = 67.50 % to 69.43 × (1 + 0.0034) / (1 − 0.025) = 71.45 %.
    private static final double YIELD = (1.47 / 571.501) / (2.0 / 539.830) * 100;
    private static final double LOW = YIELD * (1 - 0.005 / 1.47) / (1 + 0.05 / 2.0);
    private static final double HIGH = YIELD * (1 + 0.005 / 1.47) / (1 - 0.05 / 2.0);

    private AuditReport withStatedYield(String stated) {
        return auditor.audit(route(Fixtures.ref("001-II.Br.HCl"), new String[] {"2.0 g", "0.0037 mol"},
                new String[] {"0.31 g"}, stated), null);
    }

    @Test
    void theHandCalculatedIntervalIs67Point5To71Point5Percent() {
        assertThat(YIELD).isCloseTo(69.43, org.assertj.core.api.Assertions.within(0.01));
        assertThat(LOW).isCloseTo(67.50, org.assertj.core.api.Assertions.within(0.01));
        assertThat(HIGH).isCloseTo(71.45, org.assertj.core.api.Assertions.within(0.01));
        assertThat(YieldCheck.Interval.of(YIELD, 0.005 / 1.47, 0.05 / 2.0).low())
                .isCloseTo(LOW, org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    void printedYieldOutsideWhatTheMassesAllowIsAnError() {
        // 80 % read as 79.5..80.5: entirely above 71.45 %
        AuditReport r = withStatedYield("80 %");
        assertThat(r.withCode(FindingCode.YIELD_CONTRADICTED)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.path()).isEqualTo("stages[II].outcomes[cef]");
        });
        assertThat(r.withCode(FindingCode.YIELD_MISMATCH)).isEmpty();
        // 72 % read as 71.5..72.5: just above 71.45 % (the near miss)
        assertThat(withStatedYield("72 %").withCode(FindingCode.YIELD_CONTRADICTED)).hasSize(1);
        // 67.0 % read as 66.95..67.05: below 67.50 %
        assertThat(withStatedYield("67.0 %").withCode(FindingCode.YIELD_CONTRADICTED)).hasSize(1);
    }

    @Test
    void printedYieldWithinTheMassesPrecisionButOffThePointValueIsAWarning() {
        // 71 % read as 70.5..71.5 overlaps 67.50..71.45, but 69.43 is 1.57 off, more than the 0.5 of "71 %"
        AuditReport r = withStatedYield("71 %");
        assertThat(r.withCode(FindingCode.YIELD_CONTRADICTED)).isEmpty();
        assertThat(r.withCode(FindingCode.YIELD_MISMATCH)).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
        // 68 % read as 67.5..68.5 overlaps too (from below)
        assertThat(withStatedYield("68 %").withCode(FindingCode.YIELD_MISMATCH)).hasSize(1);
        assertThat(withStatedYield("68 %").withCode(FindingCode.YIELD_CONTRADICTED)).isEmpty();
    }

    @Test
    void printedYieldThatRoundsToThePointValueIsQuiet() {
        // 69.4 % read as 69.35..69.45 holds 69.43
        AuditReport ok = withStatedYield("69.4 %");
        assertThat(ok.withCode(FindingCode.YIELD_MISMATCH)).isEmpty();
        assertThat(ok.withCode(FindingCode.YIELD_CONTRADICTED)).isEmpty();
        assertThat(withStatedYield("69 %").withCode(FindingCode.YIELD_MISMATCH)).isEmpty();
    }
}
