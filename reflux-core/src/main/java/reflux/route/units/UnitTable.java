package reflux.route.units;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import reflux.data.TsvTable;
import reflux.model.quantity.Dimension;

/**
 * The unit spellings a patent uses ("ml", "mL", "minutes", "°C", "% w/w") mapped to a canonical symbol and the
 * dimension it measures, loaded from {@code reflux/route/units.tsv}. Immutable and thread-safe.
 */
final class UnitTable {

    /** A canonical unit: the symbol written back into route files and the dimension it measures. */
    record Entry(String symbol, Dimension dimension) {
    }

    private static final Map<String, Entry> EXACT = new HashMap<>();
    private static final Map<String, Entry> FOLDED = new HashMap<>();

    /** The spelling table, a resource with a source column (guarded by UnitTableTest). */
    static final String RESOURCE = "/reflux/route/units.tsv";

    static {
        for (String[] row : rows()) {
            add(row[0], Dimension.valueOf(row[1]), row[2].isEmpty() ? new String[0] : row[2].split("\\|"));
        }
        // Case matters for these: "M" is molar, "m" would be metres; "mM" millimolar.
        EXACT.put("M", new Entry("mol/L", Dimension.MOLARITY));
        EXACT.put("mM", new Entry("mmol/L", Dimension.MOLARITY));
        EXACT.put("N", new Entry("N", Dimension.CUSTOM));
    }

    /** The data rows of {@link #RESOURCE}: symbol, dimension, spellings, source. */
    static List<String[]> rows() {
        return TsvTable.load(RESOURCE, "symbol", "source").stream()
                .map(r -> new String[] {r.get("symbol"), r.get("dimension"), r.get("spellings"), r.get("source")})
                .toList();
    }

    private UnitTable() {
    }

    private static void add(String symbol, Dimension dimension, String... spellings) {
        Entry e = new Entry(symbol, dimension);
        EXACT.put(symbol, e);
        FOLDED.put(fold(symbol), e);
        for (String s : spellings) {
            FOLDED.put(fold(s), e);
        }
    }

    private static String fold(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
    }

    /** The canonical unit for a spelling, or empty when unknown. */
    static Optional<Entry> lookup(String spelling) {
        String s = spelling.trim();
        Entry e = EXACT.get(s);
        if (e == null) {
            e = FOLDED.get(fold(s));
        }
        return Optional.ofNullable(e);
    }

    /** The canonical entry of a canonical symbol (as written in a Quantity), or empty. */
    static Optional<Entry> canonical(String symbol) {
        Entry e = EXACT.get(symbol);
        return e != null && e.symbol().equals(symbol) ? Optional.of(e) : Optional.empty();
    }

    /** A few canonical symbols, for suggestions in error messages. */
    static List<String> commonSymbols() {
        return List.of("g", "mg", "kg", "mol", "mmol", "mL", "L", "eq", "%", "% w/w", "g/mL", "mol/L", "°C", "min",
                "h", "bar", "MHz");
    }
}
