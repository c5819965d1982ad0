package reflux.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import reflux.model.finding.FindingCode;
import reflux.model.finding.Severity;
import reflux.model.route.Charge;
import reflux.model.route.Operation;
import reflux.model.route.Outcome;
import reflux.model.route.Route;
import reflux.model.route.Stage;
import reflux.model.route.Step;

/**
 * Example 1 with four deliberate errors, each caught with its code: a wrong mole figure (bromo acid 0.053 mol for
 * 7.73 g), a yield over 100 % (stage II 3.47 g), an unexplained MS peak (m/z 611) and a missing amount (thiourea).
 */
class ErrorRouteTest {

    static Route withErrors() {
        Route base = SeedRoutes.example1();
        Stage s1 = base.stages().get(0);
        Stage s2 = base.stages().get(1);
        // stage I step B: "7.73 g, 0.035 mol" -> "7.73 g, 0.053 mol" (digits swapped)
        Step b = s1.steps().get(1);
        List<Operation> bOps = new ArrayList<>(b.operations());
        bOps.set(1, Fixtures.op(reflux.model.route.OperationType.ADD,
                Fixtures.c("bromo-acid", reflux.model.route.Role.REACTANT, "7.73 g", "0.053 mol")));
        List<Step> s1Steps = new ArrayList<>(s1.steps());
        s1Steps.set(1, new Step(b.id(), b.name(), bOps, b.source()));
        // stage I outcome: an extra MS value 611 that no related species explains
        Outcome o1 = s1.outcomes().get(0);
        var ms = new ArrayList<>(o1.analytics().ms());
        ms.add(Fixtures.ms(611, "[M+1]"));
        Outcome o1e = new Outcome(o1.id(), o1.substance(), true, o1.amounts(), null,
                Fixtures.analytics(o1.analytics().nmr(), ms, null), List.of(), o1.source());
        Stage s1e = new Stage(s1.id(), s1.name(), s1.rules(), s1.reactants(), s1.product(), s1Steps, List.of(o1e),
                false, List.of(), s1.source());
        // stage II: thiourea without amount, product 3.47 g instead of 1.47 g
        Step a = s2.steps().get(0);
        List<Operation> aOps = new ArrayList<>(a.operations());
        aOps.set(1, Fixtures.op(reflux.model.route.OperationType.ADD,
                new Charge("thiourea", null, reflux.model.route.Role.REACTANT, List.of(), List.of(), null)));
        Outcome o2 = s2.outcomes().get(0);
        Outcome o2e = new Outcome(o2.id(), o2.substance(), true, Fixtures.qs("3.47 g"), null, o2.analytics(),
                List.of(), o2.source());
        Stage s2e = new Stage(s2.id(), s2.name(), s2.rules(), s2.reactants(), s2.product(),
                List.of(new Step(a.id(), a.name(), aOps, a.source())), List.of(o2e), false, List.of(), s2.source());
        return new Route(base.schema(), "example1-with-errors", base.title(), base.documents(), base.kind(),
                base.substances(), List.of(s1e, s2e), List.of(), List.of());
    }

    private final AuditReport report = Auditor.standard().audit(withErrors(), null);

    @Test
    void wrongMoleFigureIsAMolesMismatch() {
        // 7.73 g / 224.009 g/mol = 0.0345 mol, printed 0.053 mol
        assertThat(report.withCode(FindingCode.MOLES_MISMATCH)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.path()).isEqualTo("stages[I].steps[B].operations[1].charges[0]");
            assertThat(f.numbers().get(0).actual()).isEqualTo(0.053);
        });
    }

    @Test
    void yieldAbove100PercentIsAnError() {
        // 3.47 / 571.501 = 0.006072 mol over 2.0 / 539.830 = 0.003705 mol: 163.9 % (thiourea has no amount now)
        assertThat(report.withCode(FindingCode.YIELD_OVER_100)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.numbers().get(0).actual()).isCloseTo((3.47 / 571.501) / (2.0 / 539.830) * 100,
                    org.assertj.core.api.Assertions.within(0.1));
        });
    }

    @Test
    void unexplainedMsPeakIsReported() {
        assertThat(report.withCode(FindingCode.MS_PEAK_UNEXPLAINED)).singleElement()
                .satisfies(f -> assertThat(f.path()).endsWith("analytics.ms[4]"));
    }

    @Test
    void missingAmountIsReported() {
        assertThat(report.withCode(FindingCode.MISSING_AMOUNT)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.path()).isEqualTo("stages[II].steps[A].operations[1].charges[0]");
        });
    }

    @Test
    void theSeedRouteItselfHasNoErrors() {
        assertThat(Auditor.standard().audit(SeedRoutes.example1(), null).count(Severity.ERROR)).isZero();
    }
}
