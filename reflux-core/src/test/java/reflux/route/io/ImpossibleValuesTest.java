package reflux.route.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The limits the reader puts on values that cannot be: each row edits one line of {@code valid/minimal.yaml} and
 * says whether the file stays valid. Boundaries by hand: 0 K = −273.15 °C = −459.67 °F; the pH limits −2 and 16 are
 * themselves allowed.
 */
class ImpossibleValuesTest {

    private static final String TEMPERATURE = "conditions: {temperature: \"20-25 °C\"}";
    private static final String AMOUNT = "amounts: [\"10 g\", \"0.03 mol\"]";
    private static final String OUTCOME = "amounts: [\"13.2 g\"]";

    private static RouteLoad readWith(Path tmp, String from, String to) throws Exception {
        Path base = Path.of(ImpossibleValuesTest.class.getResource("/reflux/route/valid/minimal.yaml").toURI());
        String text = Files.readString(base, StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        Path file = tmp.resolve("edited.yaml");
        Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(from),
                java.util.regex.Matcher.quoteReplacement(to)), StandardCharsets.UTF_8);
        return new RouteReader().read(file);
    }

    @ParameterizedTest(name = "{0} valid={1}")
    @CsvSource(delimiter = '|', value = {
        "-273.15 °C          | true",   // exactly 0 K
        "-273.16 °C          | false",
        "0 K                 | true",
        "-0.5 K              | false",
        "-459 °F             | true",    // (−459 − 32)·5/9 = −272.78 °C
        "-460 °F             | false",   // (−460 − 32)·5/9 = −273.33 °C
        "-300 to 20 °C       | false",   // the low bound is below 0 K
        "-78 °C              | true",
    })
    void aTemperatureBelowAbsoluteZeroIsRefused(String temperature, boolean valid, @TempDir Path tmp)
            throws Exception {
        RouteLoad load = readWith(tmp, TEMPERATURE, "conditions: {temperature: \"" + temperature + "\"}");
        assertThat(load.isOk()).as(load.problems().toString()).isEqualTo(valid);
        if (!valid) {
            assertThat(load.problems()).singleElement().satisfies(p -> {
                assertThat(p.field()).isEqualTo("stages[I].steps[A].operations[0].conditions.temperature");
                assertThat(p.line()).isEqualTo(28);
                assertThat(p.message()).contains("below absolute zero");
            });
        }
    }

    @ParameterizedTest(name = "{0} valid={1}")
    @CsvSource(delimiter = '|', value = {
        "-2        | true",
        "16        | true",
        "pH 6.7    | true",
        "16.1      | false",
        "-2.5      | false",
        "pH 20     | false",
        "1-17      | false",   // the high bound
    })
    void aPhOutsideMinusTwoToSixteenIsRefused(String ph, boolean valid, @TempDir Path tmp) throws Exception {
        RouteLoad load = readWith(tmp, TEMPERATURE, "conditions: {temperature: \"20-25 °C\", pH: \"" + ph + "\"}");
        assertThat(load.isOk()).as(load.problems().toString()).isEqualTo(valid);
        if (!valid) {
            assertThat(load.problems()).singleElement().satisfies(p -> {
                assertThat(p.field()).isEqualTo("stages[I].steps[A].operations[0].conditions.pH");
                assertThat(p.message()).contains("is outside -2 to 16");
            });
        }
    }

    @ParameterizedTest(name = "{0} valid={1}")
    @CsvSource(delimiter = '|', value = {
        "0.0 g     | false",
        "0 mmol    | false",
        "0 ml      | false",
        "0 eq      | false",
        "0.001 g   | true",
    })
    void aZeroChargeAmountIsRefused(String amount, boolean valid, @TempDir Path tmp) throws Exception {
        RouteLoad load = readWith(tmp, AMOUNT, "amounts: [\"" + amount + "\"]");
        assertThat(load.isOk()).as(load.problems().toString()).isEqualTo(valid);
        if (!valid) {
            assertThat(load.problems()).singleElement().satisfies(p -> {
                assertThat(p.field()).isEqualTo("stages[I].steps[A].operations[0].charges[0].amounts[0]");
                assertThat(p.message()).startsWith("zero ");
            });
        }
    }

    @ParameterizedTest(name = "{0} valid={1}")
    @CsvSource(delimiter = '|', value = {
        "0 mol     | false",
        "-1 ml     | false",
        "13.2 g    | true",
    })
    void anOutcomeAmountMustBePositive(String amount, boolean valid, @TempDir Path tmp) throws Exception {
        RouteLoad load = readWith(tmp, OUTCOME, "amounts: [\"" + amount + "\"]");
        assertThat(load.isOk()).as(load.problems().toString()).isEqualTo(valid);
        if (!valid) {
            assertThat(load.problems()).singleElement().satisfies(p ->
                    assertThat(p.field()).isEqualTo("stages[I].outcomes[prod-isolated].amounts[0]"));
        }
    }

    @ParameterizedTest(name = "{0} valid={1}")
    @CsvSource(delimiter = '|', value = {
        "{shift: 2.11, protons: 0}             | true",
        "{shift: 2.11, protons: -1}            | false",
    })
    void anNmrIntegralMayNotBeNegative(String peak, boolean valid, @TempDir Path tmp) throws Exception {
        RouteLoad load = readWith(tmp, OUTCOME, OUTCOME + "\n        analytics:\n          nmr:\n            - " + peak);
        assertThat(load.isOk()).as(load.problems().toString()).isEqualTo(valid);
        if (!valid) {
            assertThat(load.problems()).singleElement().satisfies(p ->
                    assertThat(p.field()).isEqualTo("stages[I].outcomes[prod-isolated].analytics.nmr[0].protons"));
        }
    }

    @ParameterizedTest(name = "{0} valid={1}")
    @CsvSource(delimiter = '|', value = {
        "0.0      | false",
        "-1       | false",
        "0.5      | true",
    })
    void anMzMustBePositive(String mz, boolean valid, @TempDir Path tmp) throws Exception {
        RouteLoad load = readWith(tmp, OUTCOME, OUTCOME + "\n        analytics:\n          ms:\n            - {mz: "
                + mz + "}");
        assertThat(load.isOk()).as(load.problems().toString()).isEqualTo(valid);
        if (!valid) {
            assertThat(load.problems()).singleElement().satisfies(p ->
                    assertThat(p.field()).isEqualTo("stages[I].outcomes[prod-isolated].analytics.ms[0].mz"));
        }
    }
}
