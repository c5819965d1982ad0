package reflux.route.units;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import reflux.model.quantity.Dimension;

/**
 * The unit spellings a patent uses ("ml", "mL", "minutes", "°C", "% w/w") mapped to a canonical symbol and the
 * dimension it measures. Immutable and thread-safe.
 */
final class UnitTable {

    /** A canonical unit: the symbol written back into route files and the dimension it measures. */
    record Entry(String symbol, Dimension dimension) {
    }

    private static final Map<String, Entry> EXACT = new HashMap<>();
    private static final Map<String, Entry> FOLDED = new HashMap<>();

    static {
        add("g", Dimension.MASS, "g", "gm", "gram", "grams");
        add("mg", Dimension.MASS, "mg", "milligram", "milligrams");
        add("kg", Dimension.MASS, "kg", "kilogram", "kilograms");
        add("µg", Dimension.MASS, "µg", "μg", "ug", "mcg");
        add("mol", Dimension.AMOUNT, "mol", "mole", "moles");
        add("mmol", Dimension.AMOUNT, "mmol", "mmole", "mmoles", "millimole", "millimoles");
        add("µmol", Dimension.AMOUNT, "µmol", "μmol", "umol");
        add("kmol", Dimension.AMOUNT, "kmol");
        add("mL", Dimension.VOLUME, "ml", "millilitre", "millilitres", "milliliter", "milliliters", "cc", "cm3",
                "cm³");
        add("L", Dimension.VOLUME, "l", "litre", "litres", "liter", "liters", "lt", "ltr");
        add("µL", Dimension.VOLUME, "µl", "μl", "ul", "microlitre", "microliter");
        add("eq", Dimension.EQUIVALENTS, "eq", "eq.", "equiv", "equiv.", "equivalent", "equivalents", "molar eq",
                "molar equivalents", "mol eq", "mol. eq.", "mol equiv", "mol. equiv.", "eqv");
        add("mol/L", Dimension.MOLARITY, "mol/l", "mol/dm3", "mol/dm³");
        add("mmol/L", Dimension.MOLARITY, "mmol/l");
        add("%", Dimension.PERCENT, "%", "percent", "per cent", "% area", "area %", "area%");
        add("% w/w", Dimension.PERCENT, "% w/w", "%w/w", "% (w/w)", "wt%", "wt %", "wt.%", "% by weight",
                "w/w %", "w/w%");
        add("% v/v", Dimension.PERCENT, "% v/v", "%v/v", "% (v/v)", "vol%", "vol %");
        add("% w/v", Dimension.PERCENT, "% w/v", "%w/v", "% (w/v)");
        add("g/mL", Dimension.DENSITY, "g/ml", "g/cc");
        add("g/cm3", Dimension.DENSITY, "g/cm3", "g/cm³");
        add("kg/L", Dimension.DENSITY, "kg/l", "kg/dm3");
        add("°C", Dimension.TEMPERATURE, "°c", "° c", "ºc", "º c", "℃", "deg c", "degc", "degrees c",
                "degrees celsius", "°celsius", "c");
        add("K", Dimension.TEMPERATURE, "k", "kelvin");
        add("°F", Dimension.TEMPERATURE, "°f", "° f", "ºf", "℉");
        add("s", Dimension.TIME, "s", "sec", "secs", "second", "seconds");
        add("min", Dimension.TIME, "min", "min.", "mins", "minute", "minutes");
        add("h", Dimension.TIME, "h", "hr", "hr.", "hrs", "hrs.", "hour", "hours");
        add("d", Dimension.TIME, "d", "day", "days");
        add("bar", Dimension.PRESSURE, "bar", "bars");
        add("mbar", Dimension.PRESSURE, "mbar");
        add("atm", Dimension.PRESSURE, "atm", "atmosphere", "atmospheres");
        add("psi", Dimension.PRESSURE, "psi");
        add("Pa", Dimension.PRESSURE, "pa");
        add("kPa", Dimension.PRESSURE, "kpa");
        add("MPa", Dimension.PRESSURE, "mpa");
        add("Torr", Dimension.PRESSURE, "torr");
        add("mmHg", Dimension.PRESSURE, "mmhg", "mm hg");
        add("kg/cm2", Dimension.PRESSURE, "kg/cm2", "kg/cm²", "kgf/cm2", "kgf/cm²");
        add("MHz", Dimension.FREQUENCY, "mhz");
        add("kHz", Dimension.FREQUENCY, "khz");
        add("Hz", Dimension.FREQUENCY, "hz");
        add("pH", Dimension.PH, "ph");
        // Case matters for these: "M" is molar, "m" would be metres; "mM" millimolar.
        EXACT.put("M", new Entry("mol/L", Dimension.MOLARITY));
        EXACT.put("mM", new Entry("mmol/L", Dimension.MOLARITY));
        EXACT.put("N", new Entry("N", Dimension.CUSTOM));
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
