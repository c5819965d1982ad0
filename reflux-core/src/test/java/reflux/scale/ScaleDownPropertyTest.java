package reflux.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import reflux.model.quantity.Dimension;
import reflux.model.quantity.Quantity;
import reflux.model.route.Charge;
import reflux.route.units.Units;

/**
 * Scaling is linear and reversible: for any target, every scaled amount divided by its stage's factor is the amount
 * printed in the route file (the charge's own printed quantity, converted only from ml/g to base units), and the
 * factor of the final stage is the target over the printed product. Over seed 001 Example 1 (its own yields) and
 * Example 2 (Stage I needs a yield: a random one).
 */
class ScaleDownPropertyTest {

    @Property(tries = 25)
    void example1ScaledAndDividedByItsFactorsGivesThePrintedAmounts(
            @ForAll @DoubleRange(min = 0.001, max = 20_000) @Scale(6) double targetKg) {
        BatchSheet sheet = ScaleFixtures.scale("cefepime-001-example1.yaml", plain(targetKg)
                + " kg cefepime dihydrochloride monohydrate", null).sheet();
        // final stage: printed 1.47 g of product
        assertThat(sheet.stage("II").factorMax()).isCloseTo(targetKg * 1000 / 1.47, withinPercentage(1e-6));
        assertReversible(sheet, "cefepime-001-example1.yaml");
    }

    @Property(tries = 15)
    void example2WithAStageOneYieldScalesBackToItsPrintedAmounts(
            @ForAll @DoubleRange(min = 0.001, max = 20_000) @Scale(6) double targetKg,
            @ForAll @IntRange(min = 30, max = 99) int yieldI) {
        BatchSheet sheet = ScaleFixtures.scale("cefepime-001-example2.yaml", plain(targetKg)
                + " kg cefepime dihydrochloride monohydrate", null, "I=" + yieldI).sheet();
        assertThat(sheet.stage("II").factorMax()).isCloseTo(targetKg * 1000 / 3.4, withinPercentage(1e-6));
        assertReversible(sheet, "cefepime-001-example2.yaml");
    }

    private static void assertReversible(BatchSheet sheet, String route) {
        var load = ScaleFixtures.route(route);
        for (BatchSheet.StageSheet s : sheet.stages()) {
            for (BatchSheet.Line l : s.lines()) {
                Charge c = charge(load.route(), l.path());
                Double printedG = base(c, Dimension.MASS);
                Double printedMl = base(c, Dimension.VOLUME);
                if (printedG != null) {
                    assertThat(l.kgMax() * 1000 / s.factorMax()).as(l.path()).isCloseTo(printedG,
                            withinPercentage(1e-6));
                }
                if (printedMl != null) {
                    assertThat(l.litresMax() * 1000 / s.factorMax()).as(l.path()).isCloseTo(printedMl,
                            withinPercentage(1e-6));
                }
            }
        }
    }

    private static String plain(double v) {
        return java.math.BigDecimal.valueOf(v).toPlainString();
    }

    private static Double base(Charge c, Dimension d) {
        for (Quantity q : c.amounts()) {
            if (q.dimension() == d) {
                return Units.toBase(q);   // the reader stores "2x5 ml" as its total, 10 mL
            }
        }
        return null;
    }

    private static Charge charge(reflux.model.route.Route route, String path) {
        var m = java.util.regex.Pattern.compile("stages\\[(.+?)]\\.steps\\[(.+?)]\\.operations\\[(\\d+)]\\.charges"
                + "\\[(\\d+)](?:\\.containing\\[(\\d+)])?").matcher(path);
        assertThat(m.matches()).as(path).isTrue();
        var stage = route.stage(m.group(1)).orElseThrow();
        var step = stage.steps().stream().filter(s -> s.id().equals(m.group(2))).findFirst().orElseThrow();
        Charge c = step.operations().get(Integer.parseInt(m.group(3))).charges().get(Integer.parseInt(m.group(4)));
        return m.group(5) == null ? c : c.containing().get(Integer.parseInt(m.group(5)));
    }
}
