package reflux.scale;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import reflux.route.units.Parsed;

/**
 * A stage yield given on the command line: {@code II=85}, {@code I=65-75%}, {@code I=65-75 %}. The quantities of a
 * range run from the high yield (least material) to the low one (most).
 *
 * @param stage stage id
 * @param low   lowest molar yield, % (0 &lt; low &le; high &le; 100)
 * @param high  highest molar yield, %
 * @param text  as written
 */
public record YieldOverride(String stage, double low, double high, String text) {

    private static final String NUM = "(\\d+(?:\\.\\d*)?|\\.\\d+)";
    private static final Pattern TEXT = Pattern.compile("^\\s*([^=\\s]+)\\s*=\\s*" + NUM + "(?:\\s*(?:-|to)\\s*"
            + NUM + ")?\\s*%?\\s*$");

    /** Parses {@code STAGE=PCT} or {@code STAGE=LO-HI%}; a result with a message otherwise. */
    public static Parsed<YieldOverride> parse(String text) {
        Matcher m = TEXT.matcher(text == null ? "" : text);
        if (!m.matches()) {
            return Parsed.fail("--yield '" + text + "' is not STAGE=PCT or STAGE=LOW-HIGH%",
                    "e.g. --yield I=85 or --yield I=65-75%");
        }
        double lo = Double.parseDouble(m.group(2));
        double hi = m.group(3) == null ? lo : Double.parseDouble(m.group(3));
        if (lo > hi) {
            double t = lo;
            lo = hi;
            hi = t;
        }
        if (lo <= 0 || hi > 100) {
            return Parsed.fail("--yield '" + text + "': a molar yield must be more than 0 and at most 100 %", null);
        }
        return Parsed.ok(new YieldOverride(m.group(1), lo, hi, text.trim()));
    }
}
