package reflux.extract.patent;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The mechanisms' knowledge files load, every row names its source, and every pattern compiles. */
class PatentTablesTest {

    @ParameterizedTest
    @CsvSource({"ligand-classes.tsv, 3", "class-words.tsv, 3", "modifier-repairs.tsv, 3", "modifiers.tsv, 4"})
    void everyRowHasItsCellsAndASource(String file, int columns) {
        assertThat(Tables.read(file, columns)).isNotEmpty()
                .allSatisfy(r -> assertThat(r[columns - 1]).isNotBlank());
    }

    @Test
    void theLoadersCompileEveryPatternAndEveryRepairNamesAModifier() {
        assertThat(Modifiers.standard().find("silyalted x")).isPresent();
        assertThat(ResultingProduct.standard().find("the resulting ester")).isPresent();
        assertThat(DocumentStereo.none().stated()).isEmpty();
    }
}
