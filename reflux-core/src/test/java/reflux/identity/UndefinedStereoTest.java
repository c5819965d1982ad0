package reflux.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import reflux.model.identity.Resolution;

/** A result says which stereo elements the name leaves open; fully specified names say nothing. */
class UndefinedStereoTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            4-bromo-2-methoxyimino-3-oxobutyric acid | =
            4-chloro-2-methoxyimino-3-oxo-buteryl chloride | =
            butan-2-ol | C
            7-amino-3-methyl-2-cephem-4-carboxylic acid | C
            """)
    void namesThatFixNoConfigurationSaySo(String name, String element) {
        Resolution r = NameResolver.standard().resolve(name);
        assertThat(r.warnings()).anyMatch(w -> w.startsWith("stereo not fixed by the name") && w.contains(element));
    }

    @ParameterizedTest
    @ValueSource(strings = {"cefepime", "ceftobiprole", "7-ACP hydrochloride", "acetone", "(2R)-butan-2-ol",
            "(6R,7R)-7-[(Z)-2-(5-amino-[1,2,4]thiadiazol-3-yl)-2-hydroxyimino-acetylamino]-8-oxo-3-[(E)-(R)-2-oxo-"
                    + "[1,3']bipyrrolidinyl-3-ylidenemethyl]-5-thia-1-aza-bicyclo[4.2.0]oct-2-ene-2-carboxylic acid"})
    void fullySpecifiedNamesCarryNoSuchWarning(String name) {
        assertThat(NameResolver.standard().resolve(name).warnings()).noneMatch(w -> w.startsWith("stereo not fixed"));
    }
}
