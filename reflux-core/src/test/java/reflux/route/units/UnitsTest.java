package reflux.route.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Base-unit conversions; expected values by hand (1 L = 1000 mL, 1 h = 3600 s, T/K = t/°C + 273.15, ...). */
class UnitsTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "10 g|10",
            "250 mg|0.25",
            "1.5 kg|1500",
            "0.03 mol|0.03",
            "20.1 mmol|0.0201",
            "100 ml|100",
            "2 L|2000",
            "2x5 ml|10",
            "1.1 eq|1.1",
            "37 % w/w|37",
            "1.19 g/ml|1.19",
            "1.19 g/cm3|1.19",
            "2 mol/l|2",
            "2 M|2",
            "500 mmol/l|0.5",
            "-20 °C|-20",
            "253.15 K|-20",
            "212 °F|100",
            "30 minutes|1800",
            "1 h|3600",
            "~6 h|21600",
            "2 d|172800",
            "5 bar|5",
            "1 atm|1.01325",
            "760 mmHg|1.01325",
            "100 kPa|1",
            "300 MHz|300",
    })
    void convertsToTheBaseUnitOfItsDimension(String text, double expected) {
        assertThat(Units.toBase(QuantityParser.quantity(text))).isCloseTo(expected, within(1e-6 * Math.max(1,
                Math.abs(expected))));
    }
}
