package reflux.scale;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import reflux.model.quantity.Dimension;
import reflux.model.quantity.Quantity;
import reflux.route.units.Parsed;
import reflux.route.units.QuantityParser;
import reflux.route.units.Units;

/**
 * What to make: a mass and a substance as the user wrote them ("50 kg cefepime dihydrochloride monohydrate").
 *
 * @param amount    the mass as written
 * @param grams     the mass in g (&gt; 0)
 * @param substance the substance as written: a name, a route substance id or an InChIKey
 */
public record Target(Quantity amount, double grams, String substance) {

    private static final Pattern TEXT = Pattern.compile("^\\s*([+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?)"
            + "\\s*([^\\s\\d][^\\s]*)\\s+(.+?)\\s*$");

    /** Parses "AMOUNT UNIT SUBSTANCE"; a result with a message for anything else (never throws). */
    public static Parsed<Target> parse(String text) {
        if (text == null || text.isBlank()) {
            return Parsed.fail("empty target", "write an amount, a mass unit and the product, e.g. '50 kg cefepime"
                    + " dihydrochloride monohydrate'");
        }
        Matcher m = TEXT.matcher(text);
        if (!m.matches()) {
            return Parsed.fail("target '" + text.trim() + "' is not 'AMOUNT UNIT SUBSTANCE'",
                    "e.g. '50 kg cefepime dihydrochloride monohydrate'");
        }
        Parsed<Quantity> q = QuantityParser.parse(m.group(1) + " " + m.group(2), null);
        if (!q.isOk()) {
            return Parsed.fail("target amount '" + m.group(1) + " " + m.group(2) + "': " + q.error(),
                    "use a mass unit: g, kg, t");
        }
        if (q.value().dimension() != Dimension.MASS) {
            return Parsed.fail("target amount '" + m.group(1) + " " + m.group(2) + "' is a "
                    + QuantityParser.describe(q.value().dimension()) + ", not a mass",
                    "give the product as a mass, e.g. '50 kg'");
        }
        if (q.value().value().signum() <= 0) {
            return Parsed.fail("target amount '" + m.group(1) + " " + m.group(2) + "' must be more than zero", null);
        }
        double g = Units.toBase(q.value());
        if (!Double.isFinite(g)) {
            return Parsed.fail("target amount '" + m.group(1) + " " + m.group(2) + "' is out of range", null);
        }
        return Parsed.ok(new Target(q.value(), g, m.group(3)));
    }
}
