package reflux.route.units;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import reflux.model.quantity.Dimension;
import reflux.model.quantity.Quantity;
import reflux.model.quantity.Range;

/**
 * Parses quantities as people write them ("10 g", "0.03 mol", "2x5 ml", "37 % w/w", "-25 to -20 °C", "~1 h")
 * into {@link Quantity}/{@link Range}, keeping the printed text and precision. Bad text gives a {@link Parsed}
 * with a message, never an exception. Stateless and thread-safe.
 *
 * <pre>{@code
 * Parsed<Range> t = QuantityParser.range("-25 to -20 °C", null);
 * Quantity m = QuantityParser.quantity("13.2 g");           // throwing convenience for trusted constants
 * }</pre>
 *
 * <p>"2x5 ml" (two portions of 5 ml) is the total, 10 mL, with its text kept. An approximation prefix ("~", "ca.",
 * "about") is kept in the text only. A bare number takes the {@code bare} dimension when one is given (pH).
 */
public final class QuantityParser {

    private static final String NUM = "[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)";
    private static final Pattern APPROX = Pattern.compile(
            "^(?:~|≈|∼|ca\\.?\\s*|circa\\s+|about\\s+|approx\\.?\\s*|approximately\\s+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER = Pattern.compile("^(?:(\\d+)\\s*[x×]\\s*)?(" + NUM + ")");
    private static final Pattern SEPARATOR = Pattern.compile("^(.*?)\\s*(?:\\bto\\b|-|\\.\\.)\\s*([+-]?[\\d.].*)$");
    private static final Pattern PH_PREFIX = Pattern.compile("^pH\\s*", Pattern.CASE_INSENSITIVE);

    private QuantityParser() {
    }

    /** Parses one quantity (no range); {@code bare} is the dimension of a number without unit, or null. */
    public static Parsed<Quantity> parse(String text, Dimension bare) {
        Parsed<Range> r = range(text, bare);
        if (!r.isOk()) {
            return Parsed.fail(r.error(), r.suggestion());
        }
        if (!r.value().isPoint() || r.value().low() != r.value().high()) {
            return Parsed.fail("'" + text.trim() + "' is a range; a single quantity is needed here",
                    "write one value, e.g. '" + r.value().low().value().toPlainString() + " "
                            + r.value().low().unit() + "'");
        }
        return Parsed.ok(r.value().low());
    }

    /** Parses a quantity or a range ("20-25 °C", "-25 °C to -20 °C"); a single value gives a point range. */
    public static Parsed<Range> range(String text, Dimension bare) {
        if (text == null || text.isBlank()) {
            return Parsed.fail("empty quantity", "write a number and a unit, e.g. '10 g'");
        }
        String original = text.trim();
        String s = normalise(original);
        Matcher approx = APPROX.matcher(s);
        if (approx.find()) {
            s = s.substring(approx.end());
        }
        boolean ph = false;
        Matcher phm = PH_PREFIX.matcher(s);
        if (phm.find() && s.length() > phm.end() && (Character.isDigit(s.charAt(phm.end()))
                || s.charAt(phm.end()) == '.')) {
            ph = true;
            s = s.substring(phm.end());
        }
        Matcher first = NUMBER.matcher(s);
        if (!first.find()) {
            return Parsed.fail("'" + original + "' does not start with a number",
                    "write a number and a unit, e.g. '10 g' or '-25 to -20 °C'");
        }
        BigDecimal low = value(first);
        String rest = s.substring(first.end());
        if (rest.matches("^,\\d.*")) {
            return Parsed.fail("'" + original + "' has a comma in the number",
                    "write a decimal point ('1.5 g') and no thousands separator ('1500 g')");
        }
        String lowUnit = rest;
        String highText = null;
        Matcher sep = SEPARATOR.matcher(rest);
        if (sep.matches()) {
            lowUnit = sep.group(1);
            highText = sep.group(2);
        }
        if (highText == null) {
            Parsed<UnitTable.Entry> u = unit(lowUnit, bare, ph, original);
            if (!u.isOk()) {
                return Parsed.fail(u.error(), u.suggestion());
            }
            Quantity q = new Quantity(low, u.value().symbol(), u.value().dimension(), original);
            return Parsed.ok(Range.of(q));
        }
        Matcher second = NUMBER.matcher(highText);
        if (!second.find() || second.group(1) != null) {
            return Parsed.fail("'" + original + "' has no number after the range separator",
                    "write a range as '20-25 °C' or '-25 to -20 °C'");
        }
        BigDecimal high = value(second);
        String highUnit = highText.substring(second.end());
        if (SEPARATOR.matcher(highUnit).matches() && NUMBER.matcher(highUnit.replaceFirst("^\\s*(?:to|-)\\s*", ""))
                .find()) {
            return Parsed.fail("'" + original + "' has more than two numbers", "write a range as '20-25 °C'");
        }
        boolean lowHasUnit = !lowUnit.isBlank();
        Parsed<UnitTable.Entry> hu = unit(highUnit, bare, ph, original);
        if (!hu.isOk()) {
            return Parsed.fail(hu.error(), hu.suggestion());
        }
        UnitTable.Entry lu = hu.value();
        if (lowHasUnit) {
            Parsed<UnitTable.Entry> p = unit(lowUnit, bare, ph, original);
            if (!p.isOk()) {
                return Parsed.fail(p.error(), p.suggestion());
            }
            lu = p.value();
            if (!lu.symbol().equals(hu.value().symbol())) {
                return Parsed.fail("range '" + original + "' mixes units '" + lowUnit.trim() + "' and '"
                        + highUnit.trim() + "'", "write both ends in one unit");
            }
        }
        if (low.compareTo(high) > 0) {
            return Parsed.fail("range '" + original + "' runs backwards (" + low.toPlainString() + " > "
                    + high.toPlainString() + ")", "write the lower value first");
        }
        Quantity lq = new Quantity(low, lu.symbol(), lu.dimension(), null);
        Quantity hq = new Quantity(high, hu.value().symbol(), hu.value().dimension(), null);
        return Parsed.ok(new Range(lq, hq, original));
    }

    /** The unit as written in a quantity text ("100 ml" → "ml", "-25 to -20 °C" → "°C"), or "" when none. */
    public static String writtenUnit(String text) {
        String s = normalise(text.trim());
        Matcher approx = APPROX.matcher(s);
        if (approx.find()) {
            s = s.substring(approx.end());
        }
        Matcher first = NUMBER.matcher(s);
        if (!first.find()) {
            return s;
        }
        String rest = s.substring(first.end());
        Matcher sep = SEPARATOR.matcher(rest);
        if (sep.matches()) {
            Matcher second = NUMBER.matcher(sep.group(2));
            String high = second.find() ? sep.group(2).substring(second.end()).trim() : "";
            return high.isEmpty() ? sep.group(1).trim() : high;
        }
        return rest.trim();
    }

    /** Throwing convenience for trusted constants (tests, code): a single quantity with a unit. */
    public static Quantity quantity(String text) {
        Parsed<Quantity> p = parse(text, null);
        if (!p.isOk()) {
            throw new IllegalArgumentException(p.error());
        }
        return p.value();
    }

    /** The text written back for a quantity: its printed text, or value and unit. */
    public static String format(Quantity q) {
        return q.text() != null ? q.text() : q.value().toPlainString() + (q.unit().isEmpty()
                || q.dimension() == Dimension.PH ? "" : " " + q.unit());
    }

    /** The text written back for a range: its printed text, or "low to high unit". */
    public static String format(Range r) {
        if (r.text() != null) {
            return r.text();
        }
        if (r.isPoint()) {
            return format(r.low());
        }
        String unit = r.high().dimension() == Dimension.PH ? "" : " " + r.high().unit();
        return r.low().value().toPlainString() + " to " + r.high().value().toPlainString() + unit;
    }

    /** A human name of a dimension for messages ("a volume", "a temperature"). */
    public static String describe(Dimension d) {
        return switch (d) {
            case MASS -> "a mass";
            case AMOUNT -> "an amount of substance";
            case VOLUME -> "a volume";
            case EQUIVALENTS -> "molar equivalents";
            case MOLARITY -> "a concentration";
            case PERCENT -> "a percentage";
            case DENSITY -> "a density";
            case TEMPERATURE -> "a temperature";
            case TIME -> "a duration";
            case PRESSURE -> "a pressure";
            case PH -> "a pH";
            case FREQUENCY -> "a frequency";
            case CUSTOM -> "an unrecognised measure";
        };
    }

    private static String normalise(String s) {
        return s.replace('\u2212', '-').replace('\u2013', '-').replace('\u2014', '-').replace('\u00a0', ' ')
                .replace("\u2009", " ").replace('\u02da', '°');
    }

    private static BigDecimal value(Matcher m) {
        BigDecimal v = new BigDecimal(m.group(2).startsWith("+") ? m.group(2).substring(1) : m.group(2));
        return m.group(1) == null ? v : v.multiply(new BigDecimal(m.group(1)));
    }

    private static Parsed<UnitTable.Entry> unit(String raw, Dimension bare, boolean ph, String original) {
        String u = raw.trim();
        if (ph) {
            return u.isEmpty() ? Parsed.ok(new UnitTable.Entry("pH", Dimension.PH))
                    : Parsed.fail("pH '" + original + "' has a unit '" + u + "'", "write a pH as '6.7'");
        }
        if (u.isEmpty()) {
            if (bare != null) {
                return Parsed.ok(new UnitTable.Entry(Units.baseUnit(bare), bare));
            }
            return Parsed.fail("'" + original + "' has no unit", "add a unit, e.g. '" + original + " g'");
        }
        return UnitTable.lookup(u).<Parsed<UnitTable.Entry>>map(Parsed::ok).orElseGet(() -> Parsed.fail(
                "unknown unit '" + u + "' in '" + original + "'",
                Suggest.closest(u, UnitTable.commonSymbols())
                        .map(c -> "did you mean '" + c + "'?")
                        .orElse("use one of " + String.join(", ", UnitTable.commonSymbols()))));
    }
}
