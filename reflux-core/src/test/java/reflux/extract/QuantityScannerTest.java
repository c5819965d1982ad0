package reflux.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Quantities as experimental text prints them; expected values read off the hand-written sentences below. */
class QuantityScannerTest {
    private final QuantityScanner scanner = new QuantityScanner(Lexicon.standard());

    private Quantity only(String text, QuantityKind kind) {
        List<Quantity> qs = scanner.scan(text).stream().filter(q -> q.kind() == kind).toList();
        assertThat(qs).hasSize(1);
        Quantity q = qs.get(0);
        assertThat(text.substring(q.span().start(), q.span().end())).isEqualTo(q.span().text());
        return q;
    }

    @Test
    void oldGrantMassAndMolesWithPeriodsAreTwoAmounts() {
        String s = "hexanal (23.2 g., 0.116 mole) and";
        List<Quantity> qs = scanner.scan(s);
        assertThat(qs).extracting(Quantity::kind).containsExactly(QuantityKind.MASS, QuantityKind.MOLES);
        assertThat(qs.get(0).value()).isEqualTo(23.2);
        assertThat(qs.get(0).unit()).isEqualTo("GRAM");
        assertThat(qs.get(0).span().text()).isEqualTo("23.2 g");
        assertThat(qs.get(0).span().start()).isEqualTo(9);
        assertThat(qs.get(1).unit()).isEqualTo("MOLE");
        assertThat(qs.get(1).value()).isEqualTo(0.116);
    }

    @Test
    void portionsMultiplyToTheTotal() {
        Quantity q = only("washed with water (2x50 ml)", QuantityKind.VOLUME);
        assertThat(q.count()).isEqualTo(2);
        assertThat(q.value()).isEqualTo(50.0);
        assertThat(q.total()).isEqualTo(100.0);
        assertThat(q.span().text()).isEqualTo("2x50 ml");
    }

    @Test
    void temperatureRangesAndSignsAreRead() {
        Quantity r = only("cooled to 0-5° C. and", QuantityKind.TEMPERATURE);
        assertThat(r.value()).isEqualTo(0.0);
        assertThat(r.high()).isEqualTo(5.0);
        assertThat(r.unit()).isEqualTo("CELSIUS");
        assertThat(only("at −78 °C for", QuantityKind.TEMPERATURE).value()).isEqualTo(-78.0);
        assertThat(only("heated at 85° for 1/2 hour", QuantityKind.TEMPERATURE).value()).isEqualTo(85.0);
    }

    @Test
    void twoTemperaturesJoinedByToAreTwo() {
        List<Quantity> qs = scanner.scan("stirred at 50° C. to 55° C. for 30 minutes").stream()
                .filter(q -> q.kind() == QuantityKind.TEMPERATURE).toList();
        assertThat(qs).extracting(q -> q.span().text()).containsExactly("50° C", "55° C");
    }

    @Test
    void meltingPointsAreNotConditions() {
        assertThat(scanner.scan("a white solid, mp 146-148° C.")).noneMatch(q -> q.kind() == QuantityKind.TEMPERATURE);
        assertThat(scanner.scan("with a melting point of 248° C.")).noneMatch(q -> q.kind() == QuantityKind.TEMPERATURE);
    }

    @Test
    void timesPhAndPercentages() {
        Quantity t = only("stirred for 2-3 hours", QuantityKind.TIME);
        assertThat(t.value()).isEqualTo(2.0);
        assertThat(t.high()).isEqualTo(3.0);
        assertThat(t.unit()).isEqualTo("HOUR");
        assertThat(only("adjusted to pH 7.5 with", QuantityKind.PH).value()).isEqualTo(7.5);
        assertThat(only("gave 383 mg (42% of theory)", QuantityKind.PERCENT).value()).isEqualTo(42.0);
    }

    @Test
    void locantsAndFormulaeAreNotQuantities() {
        assertThat(scanner.scan("2,3-dihydro-4H-pyran and 1H NMR, 5,6-dimethyl")).isEmpty();
    }

    @Test
    void garbageAndHugeInputNeverThrow() {
        assertThat(scanner.scan("")).isEmpty();
        assertThat(scanner.scan("°°° %%% ... 1e999 g 99999999999999999999999 mg")).isNotNull();
    }
}
