package reflux.route.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import reflux.model.quantity.Dimension;
import reflux.model.quantity.Quantity;

/** Guards {@code reflux/route/units.tsv}: well-formed, every row sourced, unambiguous, convertible. */
class UnitTableTest {

    @Test
    void everyRowHasFourCellsAKnownDimensionAndASource() {
        List<String[]> rows = UnitTable.rows();
        assertThat(rows).hasSizeGreaterThan(30);
        for (String[] r : rows) {
            assertThat(Dimension.valueOf(r[1])).isNotNull();
            assertThat(r[3]).as(r[0]).isNotBlank();
        }
    }

    @Test
    void noSpellingMeansTwoUnits() {
        Map<String, String> seen = new HashMap<>();
        for (String[] r : UnitTable.rows()) {
            for (String sp : r[2].split("\\|")) {
                String key = sp.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
                String before = seen.putIfAbsent(key, r[0]);
                assertThat(before == null || before.equals(r[0])).as("'" + sp + "' means " + before + " and "
                        + r[0]).isTrue();
            }
        }
    }

    @Test
    void everyUnitConvertsToItsBaseUnit() {
        for (String[] r : UnitTable.rows()) {
            Quantity q = new Quantity(BigDecimal.ONE, r[0], Dimension.valueOf(r[1]), null);
            assertThatCode(() -> Units.toBase(q)).as(r[0]).doesNotThrowAnyException();
            assertThat(UnitTable.lookup(r[0])).as(r[0]).hasValueSatisfying(e -> assertThat(e.symbol())
                    .isEqualTo(r[0]));
        }
    }
}
