package reflux.route.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Combinators;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import reflux.model.quantity.Dimension;
import reflux.model.quantity.Quantity;
import reflux.model.quantity.Range;

/** Quantities as the seeds and docs/route-format.md print them; expected values written by hand. */
class QuantityParserTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "10 g|10|g|MASS|2",
            "0.03 mol|0.03|mol|AMOUNT|1",
            "0.0040 mol|0.0040|mol|AMOUNT|2",
            "100 ml|100|mL|VOLUME|3",
            "2x5 ml|10|mL|VOLUME|2",
            "1.1 eq|1.1|eq|EQUIVALENTS|2",
            "37 % w/w|37|% w/w|PERCENT|2",
            "1.19 g/ml|1.19|g/mL|DENSITY|3",
            "2 mol/l|2|mol/L|MOLARITY|1",
            "~1 h|1|h|TIME|1",
            "30 minutes|30|min|TIME|2",
            "5 bar|5|bar|PRESSURE|1",
            "300 MHz|300|MHz|FREQUENCY|3",
            "26.72 g|26.72|g|MASS|4",
            "69.4 %|69.4|%|PERCENT|3",
            "ca. 2 L|2|L|VOLUME|1",
            "pH 6.7|6.7|pH|PH|2",
            "1.2 mol eq|1.2|eq|EQUIVALENTS|2",
            "10g|10|g|MASS|2",
            "98%|98|%|PERCENT|2",
    })
    void parsesAQuantityKeepingTextAndPrecision(String text, String value, String unit, Dimension dim, int sig) {
        Parsed<Quantity> p = QuantityParser.parse(text, null);
        assertThat(p.error()).isNull();
        Quantity q = p.value();
        assertThat(q.value()).isEqualByComparingTo(value);
        assertThat(q.value().toPlainString()).isEqualTo(value);
        assertThat(q.unit()).isEqualTo(unit);
        assertThat(q.dimension()).isEqualTo(dim);
        assertThat(q.text()).isEqualTo(text);
        assertThat(q.significantFigures()).isEqualTo(sig);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "-25 to -20 °C|-25|-20|°C",
            "20-25 °C|20|25|°C",
            "-25°C to -20°C|-25|-20|°C",
            "0–5 °C|0|5|°C",
            "2-5 h|2|5|h",
            "-25 - -20 °C|-25|-20|°C",
    })
    void parsesARange(String text, String low, String high, String unit) {
        Parsed<Range> p = QuantityParser.range(text, null);
        assertThat(p.error()).isNull();
        assertThat(p.value().low().value()).isEqualByComparingTo(low);
        assertThat(p.value().high().value()).isEqualByComparingTo(high);
        assertThat(p.value().low().unit()).isEqualTo(unit);
        assertThat(p.value().text()).isEqualTo(text);
        assertThat(p.value().isPoint()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "6.7|6.7",
            "7|7",
    })
    void aBareNumberIsAPhWhereAPhIsExpected(String text, String value) {
        Quantity q = QuantityParser.parse(text, Dimension.PH).value();
        assertThat(q.dimension()).isEqualTo(Dimension.PH);
        assertThat(q.value()).isEqualByComparingTo(value);
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiter = '|', value = {
            "''|empty quantity",
            "g|does not start with a number",
            "10|has no unit",
            "10 furlongs|unknown unit 'furlongs'",
            "25-20 °C|runs backwards",
            "1-2-3 g|more than two numbers",
            "20 °C to 300 K|mixes units",
            "1,5 g|has a comma in the number",
    })
    void badTextGivesAMessageNotAnException(String text, String fragment) {
        Parsed<Range> p = QuantityParser.range(text, null);
        assertThat(p.isOk()).isFalse();
        assertThat(p.error()).contains(fragment);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "100 ml|ml",
            "-25 to -20 °C|°C",
            "-25°C to -20°C|°C",
            "37 % w/w|% w/w",
    })
    void writtenUnitIsTheUnitAsTyped(String text, String unit) {
        assertThat(QuantityParser.writtenUnit(text)).isEqualTo(unit);
    }

    @Property(tries = 300)
    void formatThenParseGivesTheSameQuantity(@ForAll("quantities") Quantity q) {
        String text = QuantityParser.format(q);
        Quantity back = QuantityParser.parse(text, null).value();
        assertThat(back.value()).isEqualTo(q.value());
        assertThat(back.unit()).isEqualTo(q.unit());
        assertThat(back.dimension()).isEqualTo(q.dimension());
        assertThat(back.significantFigures()).isEqualTo(q.significantFigures());
    }

    @Provide
    Arbitrary<Quantity> quantities() {
        Arbitrary<BigDecimal> values = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("100000"))
                .ofScale(3).flatMap(v -> Arbitraries.integers().between(0, 3).map(s -> v.setScale(s,
                        java.math.RoundingMode.DOWN)));
        Arbitrary<String[]> units = Arbitraries.of(new String[] {"g", "MASS"}, new String[] {"mg", "MASS"},
                new String[] {"mol", "AMOUNT"}, new String[] {"mmol", "AMOUNT"}, new String[] {"mL", "VOLUME"},
                new String[] {"L", "VOLUME"}, new String[] {"eq", "EQUIVALENTS"}, new String[] {"% w/w", "PERCENT"},
                new String[] {"g/mL", "DENSITY"}, new String[] {"mol/L", "MOLARITY"}, new String[] {"°C",
                        "TEMPERATURE"}, new String[] {"min", "TIME"}, new String[] {"h", "TIME"},
                new String[] {"bar", "PRESSURE"}, new String[] {"MHz", "FREQUENCY"});
        Arbitrary<Boolean> negative = Arbitraries.of(false, true);
        return Combinators.combine(values, units, negative).as((v, u, neg) -> new Quantity(
                neg && u[1].equals("TEMPERATURE") ? v.negate() : v, u[0], Dimension.valueOf(u[1]), null));
    }
}
