package reflux.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the quantities of a text: amounts ("2.5 g", "0.116 mole", "2x50 ml", "1.2 eq", "2 N"), percentages, times
 * ("2-3 hours"), temperatures ("0-5° C", "−78 °C", "196°-197° C.") and pH values, each with its offsets.
 *
 * <pre>{@code
 * List<Quantity> qs = new QuantityScanner(Lexicon.standard()).scan("stirred at 20° C. for 2 hours");
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class QuantityScanner {

    static final String NUM = "(?:\\d{1,3}(?:,\\d{3})+(?![\\d,])|\\d+)(?:\\.\\d+)?|\\.\\d+";
    private static final String SIGN = "(?:[-−–]\\s?|minus\\s+)";
    private static final Pattern TEMPERATURE = Pattern.compile("(?<![\\p{L}\\p{N}.,])(" + SIGN + ")?(" + NUM
            + ")\\s?(?:°|º|˚)?(?:\\s*(?:-|–|to|and)\\s*(" + SIGN + ")?(" + NUM + "))?\\s?"
            + "(?:(?:°|º|˚|degrees?)\\s?(C|F|K|Celsius|centigrade)?|(?:deg\\.?\\s?|o)(C)|(?<=\\d\\s?)(°?C))"
            + "(?![\\p{L}\\p{N}])");
    private static final Pattern PH = Pattern.compile("\\bpH\\s*(?:of\\s*|=\\s*|value of\\s*)?(" + NUM
            + ")(?:\\s*(?:-|–|to)\\s*(" + NUM + "))?");

    private static final Pattern UNIT_THEN_MORE = Pattern.compile("^[^°º˚]*[°º˚]\\s?(C)\\.?\\s+\\S");
    /** A melting or boiling point, or a chromatography column's temperature, is a property, not a condition. */
    private static final Pattern AFTER_PROPERTY = Pattern.compile("(?i)(?:\\bm\\.?\\s?p\\.?|melting point|melts at|"
            + "melting at|\\bb\\.?\\s?p\\.?|boiling point|decomposition point|column temperature)[^.;]{0,25}$");
    private static final Pattern RETENTION = Pattern.compile("(?i)(?:\\bRt|retention time|over|for)\\s*[:=]?\\s*$");
    private final Pattern generic;
    private final List<Lexicon.UnitWord> units;

    /** A scanner over the unit words of {@code lexicon}. */
    public QuantityScanner(Lexicon lexicon) {
        this.units = lexicon.units();
        StringBuilder alt = new StringBuilder();
        for (Lexicon.UnitWord u : units) {
            if (u.kind() == QuantityKind.TEMPERATURE) {
                continue;
            }
            alt.append(alt.length() == 0 ? "" : "|");
            String q = Pattern.quote(u.spelling());
            alt.append(u.exactCase() ? q : "(?i:" + q + ")");
        }
        generic = Pattern.compile("(?<![\\p{L}\\p{N}.,\\-])(?:(\\d+)\\s?[x×X]\\s?)?(" + NUM + ")(?:\\s?(?:-|–|to)\\s?("
                + NUM + "))?\\s?(" + alt + ")(?![\\p{L}\\p{N}/])");
    }

    /** Every quantity of {@code text}, by start offset, none overlapping another. */
    public List<Quantity> scan(String text) {
        List<Quantity> out = new ArrayList<>();
        Matcher t = TEMPERATURE.matcher(text);
        int from = 0;
        while (from <= text.length() && t.find(from)) {
            from = t.end();
            Matcher cut = UNIT_THEN_MORE.matcher(text.substring(t.start(), t.end()));
            if (cut.find()) {
                // "50° C. to 55° C": two temperatures, as ChEMU annotates them; rescan after the first
                int end = t.start() + cut.end(1);
                from = end;
                out.add(new Quantity(QuantityKind.TEMPERATURE, number(t.group(2)) * (t.group(1) != null ? -1 : 1),
                        null, 1, "CELSIUS", Span.of(text, t.start(), end)));
                continue;
            }
            if (AFTER_PROPERTY.matcher(text.substring(Math.max(0, t.start() - 40), t.start())).find()) {
                continue;
            }
            String unit = t.group(5) != null ? t.group(5) : t.group(6) != null ? t.group(6) : t.group(7);
            String u = unit == null || unit.startsWith("C") || unit.startsWith("°") || unit.startsWith("c")
                    ? "CELSIUS" : unit.equals("F") ? "FAHRENHEIT" : "KELVIN";
            double low = number(t.group(2)) * (t.group(1) != null ? -1 : 1);
            Double high = t.group(4) == null ? null : number(t.group(4)) * (t.group(3) != null ? -1 : 1);
            out.add(new Quantity(QuantityKind.TEMPERATURE, low, high, 1, u, Span.of(text, t.start(), t.end())));
        }
        Matcher p = PH.matcher(text);
        while (p.find()) {
            out.add(new Quantity(QuantityKind.PH, number(p.group(1)), p.group(2) == null ? null : number(p.group(2)),
                    1, "-", Span.of(text, p.start(), p.end())));
        }
        Matcher g = generic.matcher(text);
        while (g.find()) {
            if (overlaps(out, g.start(), g.end())) {
                continue;
            }
            Lexicon.UnitWord u = unit(g.group(4));
            if (u.kind() == QuantityKind.TIME && RETENTION.matcher(text.substring(Math.max(0, g.start() - 12),
                    g.start())).find() && text.substring(Math.max(0, g.start() - 12), g.start()).contains("Rt")) {
                continue;
            }
            int count = g.group(1) == null ? 1 : Integer.parseInt(g.group(1));
            Double high = g.group(3) == null ? null : number(g.group(3));
            out.add(new Quantity(u.kind(), number(g.group(2)), high, Math.max(1, count), u.ordUnit(),
                    Span.of(text, g.start(), g.end())));
        }
        out.sort(Comparator.comparingInt(q -> q.span().start()));
        return List.copyOf(out);
    }

    private static boolean overlaps(List<Quantity> qs, int start, int end) {
        for (Quantity q : qs) {
            if (q.span().start() < end && start < q.span().end()) {
                return true;
            }
        }
        return false;
    }

    private Lexicon.UnitWord unit(String printed) {
        for (Lexicon.UnitWord u : units) {
            if (u.exactCase() ? u.spelling().equals(printed) : u.spelling().equalsIgnoreCase(printed)) {
                return u;
            }
        }
        throw new IllegalStateException("unit matched but not in table: " + printed);
    }

    static double number(String s) {
        return Double.parseDouble(s.replace(",", "").toLowerCase(Locale.ROOT));
    }
}
