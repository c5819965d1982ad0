package reflux.route.io;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import reflux.model.quantity.Dimension;
import reflux.model.quantity.Quantity;
import reflux.model.quantity.Range;
import reflux.route.units.Parsed;
import reflux.route.units.QuantityParser;
import reflux.route.units.Suggest;
import reflux.route.units.Units;

/**
 * Typed access to the fields of one YAML mapping of a route file, collecting located problems instead of throwing.
 * One instance per mapping; not thread-safe (used inside one read).
 */
final class Fields {

    private final Path file;
    private final YamlNode.Mapping map;
    private final String path;
    private final String where;
    private final List<RouteProblem> problems;

    private Fields(Path file, YamlNode.Mapping map, String path, String where, List<RouteProblem> problems) {
        this.file = file;
        this.map = map;
        this.path = path;
        this.where = where;
        this.problems = problems;
    }

    /**
     * The fields of {@code node}, or null (with a problem) when it is not a mapping. Keys outside {@code allowed}
     * are reported as unknown with the closest allowed key as suggestion.
     */
    static Fields of(Path file, YamlNode node, String path, String where, List<RouteProblem> problems,
                     List<String> allowed) {
        if (!(node instanceof YamlNode.Mapping m)) {
            problems.add(new RouteProblem(file, node.line(), node.column(), path,
                    (where.isEmpty() ? "the route" : where) + " must be a mapping of keys, not "
                            + YamlNode.describe(node), "write 'key: value' lines: " + String.join(", ", allowed)));
            return null;
        }
        for (YamlNode.Key k : m.keys().values()) {
            if (!allowed.contains(k.name())) {
                String suggestion = Suggest.closest(k.name(), allowed).map(c -> "did you mean '" + c + "'?")
                        .orElse("known keys: " + String.join(", ", allowed));
                problems.add(new RouteProblem(file, k.line(), k.column(), join(path, k.name()),
                        "unknown key '" + k.name() + "'" + (where.isEmpty() ? "" : " in " + where), suggestion));
            }
        }
        return new Fields(file, m, path, where, problems);
    }

    static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    String path() {
        return path;
    }

    String where() {
        return where;
    }

    YamlNode node(String key) {
        YamlNode n = map.entries().get(key);
        return n instanceof YamlNode.Scalar s && s.type() == YamlNode.ScalarType.NULL ? null : n;
    }

    String fieldPath(String key) {
        return join(path, key);
    }

    void problem(YamlNode at, String key, String message, String suggestion) {
        YamlNode n = at != null ? at : map;
        problems.add(new RouteProblem(file, n.line(), n.column(), key == null ? path : join(path, key),
                message, suggestion));
    }

    private String in() {
        return where.isEmpty() ? "" : " in " + where;
    }

    /** Reports a required field as missing, with {@code key: example} as the fix. */
    void missing(String key, String example) {
        problem(null, key, "missing required field '" + key + "'" + in(), "add '" + key + ": " + example + "'");
    }

    /** A string field; numbers and booleans are refused (quote them). */
    String string(String key, boolean required, String example) {
        YamlNode n = node(key);
        if (n == null) {
            if (required) {
                missing(key, example);
            }
            return null;
        }
        if (n instanceof YamlNode.Scalar s && s.type() == YamlNode.ScalarType.STRING) {
            if (required && s.text().isBlank()) {
                problem(n, key, "field '" + key + "'" + in() + " is empty", "write e.g. '" + key + ": " + example + "'");
                return null;
            }
            return s.text();
        }
        String got = YamlNode.describe(n);
        problem(n, key, "field '" + key + "'" + in() + " needs a string, not " + got,
                n instanceof YamlNode.Scalar s ? "quote it: " + key + ": \"" + s.text() + "\"" : "write one value");
        return null;
    }

    /** A list of strings (a single string is refused: write [a]). */
    List<String> strings(String key) {
        return list(key, (n, p) -> {
            if (n instanceof YamlNode.Scalar s && s.type() == YamlNode.ScalarType.STRING) {
                return s.text();
            }
            problems.add(new RouteProblem(file, n.line(), n.column(), p, "items of '" + key + "'" + in()
                    + " must be strings, not " + YamlNode.describe(n), "quote the item"));
            return null;
        });
    }

    /** A list of items built by {@code item} from each node and its path; null items are dropped. */
    <T> List<T> list(String key, java.util.function.BiFunction<YamlNode, String, T> item) {
        YamlNode n = node(key);
        if (n == null) {
            return List.of();
        }
        if (!(n instanceof YamlNode.Seq seq)) {
            problem(n, key, "field '" + key + "'" + in() + " needs a list, not " + YamlNode.describe(n),
                    "write it as a list: " + key + ": [ ... ] or lines starting with '- '");
            return List.of();
        }
        List<T> out = new ArrayList<>();
        for (int i = 0; i < seq.items().size(); i++) {
            T t = item.apply(seq.items().get(i), fieldPath(key) + "[" + i + "]");
            if (t != null) {
                out.add(t);
            }
        }
        return out;
    }

    /** A string → string mapping. */
    Map<String, String> stringMap(String key) {
        YamlNode n = node(key);
        if (n == null) {
            return Map.of();
        }
        if (!(n instanceof YamlNode.Mapping m)) {
            problem(n, key, "field '" + key + "'" + in() + " needs a mapping, not " + YamlNode.describe(n),
                    "write it as " + key + ": {name: value}");
            return Map.of();
        }
        Map<String, String> out = new LinkedHashMap<>();
        m.entries().forEach((k, v) -> {
            if (v instanceof YamlNode.Scalar s && s.type() == YamlNode.ScalarType.STRING) {
                out.put(k, s.text());
            } else {
                problems.add(new RouteProblem(file, v.line(), v.column(), fieldPath(key) + "." + k,
                        "value of '" + k + "' in '" + key + "'" + in() + " must be a string, not "
                                + YamlNode.describe(v), "quote the value"));
            }
        });
        return out;
    }

    /** A boolean, or {@code dflt} when absent. */
    boolean bool(String key, boolean dflt) {
        YamlNode n = node(key);
        if (n == null) {
            return dflt;
        }
        if (n instanceof YamlNode.Scalar s && s.type() == YamlNode.ScalarType.BOOLEAN) {
            return Boolean.parseBoolean(s.text().toLowerCase(Locale.ROOT));
        }
        problem(n, key, "field '" + key + "'" + in() + " needs true or false, not " + YamlNode.describe(n),
                "write '" + key + ": " + dflt + "'");
        return dflt;
    }

    /** A number field as a double, or null when absent. */
    Double number(String key) {
        YamlNode n = node(key);
        return n == null ? null : number(n, fieldPath(key), key);
    }

    Double number(YamlNode n, String fieldPath, String key) {
        if (n instanceof YamlNode.Scalar s && (s.type() == YamlNode.ScalarType.INT
                || s.type() == YamlNode.ScalarType.FLOAT)) {
            try {
                double d = new BigDecimal(s.text()).doubleValue();
                if (Double.isFinite(d)) {
                    return d;
                }
            } catch (NumberFormatException e) {
                // falls through to the problem below
            }
        }
        problems.add(new RouteProblem(file, n.line(), n.column(), fieldPath, "field '" + key + "'" + in()
                + " needs a plain number, not " + (n instanceof YamlNode.Scalar s ? "'" + s.text() + "'"
                : YamlNode.describe(n)), "write a number without unit, e.g. '" + key + ": 2.11'"));
        return null;
    }

    /** A whole number, or null when absent. */
    Integer integer(String key) {
        YamlNode n = node(key);
        if (n == null) {
            return null;
        }
        if (n instanceof YamlNode.Scalar s && s.type() == YamlNode.ScalarType.INT) {
            try {
                return Integer.valueOf(s.text());
            } catch (NumberFormatException e) {
                // falls through
            }
        }
        problem(n, key, "field '" + key + "'" + in() + " needs a whole number", "write e.g. '" + key + ": 4'");
        return null;
    }

    /** An enum value written lower-case ({@code adjust_ph} or {@code adjust-ph}). */
    <E extends Enum<E>> E enumValue(String key, Class<E> type, boolean required) {
        String s = string(key, required, type.getEnumConstants()[0].name().toLowerCase(Locale.ROOT));
        if (s == null) {
            return null;
        }
        String norm = s.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(norm)) {
                return e;
            }
        }
        List<String> names = EnumSet.allOf(type).stream().map(e -> e.name().toLowerCase(Locale.ROOT)).toList();
        problem(node(key), key, "unknown " + key + " '" + s + "'" + in(), Suggest.closest(s, names)
                .map(c -> "did you mean '" + c + "'?").orElse("one of " + String.join(", ", names)));
        return null;
    }

    /** One quantity of one of the {@code allowed} dimensions; negative values refused when {@code nonNegative}. */
    Quantity quantity(YamlNode n, String fieldPath, String key, Set<Dimension> allowed, boolean nonNegative) {
        String text = scalarText(n, fieldPath, key);
        if (text == null) {
            return null;
        }
        Dimension bare = allowed.contains(Dimension.PH) ? Dimension.PH : null;
        Parsed<Quantity> p = QuantityParser.parse(text, bare);
        if (!p.isOk()) {
            problems.add(new RouteProblem(file, n.line(), n.column(), fieldPath, p.error() + in(), p.suggestion()));
            return null;
        }
        Quantity q = p.value();
        if (!checkDimension(n, fieldPath, key, text, q.dimension(), allowed)) {
            return null;
        }
        if (nonNegative && q.value().signum() < 0) {
            problems.add(new RouteProblem(file, n.line(), n.column(), fieldPath, "negative "
                    + QuantityParser.describe(q.dimension()).replaceFirst("^an? ", "") + " '" + text + "'" + in(),
                    "amounts are written as positive numbers"));
            return null;
        }
        String impossible = impossible(q, text);
        if (impossible != null) {
            problems.add(new RouteProblem(file, n.line(), n.column(), fieldPath, impossible + in(),
                    suggestionFor(q.dimension())));
            return null;
        }
        return q;
    }

    /** Lowest temperature there is: 0 K = −273.15 °C. */
    static final double ABSOLUTE_ZERO_CELSIUS = -273.15;
    /** The pH values a route may print: −2 to 16 (beyond them the pH scale of aqueous solutions is meaningless). */
    static final double PH_MIN = -2;
    static final double PH_MAX = 16;

    /** Why a value cannot be (a temperature below 0 K, a pH outside −2..16), or null when it can. */
    static String impossible(Quantity q, String text) {
        if (q.dimension() == Dimension.TEMPERATURE && Units.convertible(q)
                && Units.toBase(q) < ABSOLUTE_ZERO_CELSIUS) {
            return "temperature '" + text + "' is below absolute zero (0 K = -273.15 °C)";
        }
        if (q.dimension() == Dimension.PH && (q.doubleValue() < PH_MIN || q.doubleValue() > PH_MAX)) {
            return "pH '" + text + "' is outside -2 to 16";
        }
        return null;
    }

    private static String suggestionFor(Dimension d) {
        return d == Dimension.TEMPERATURE ? "check the sign and the unit (°C or K)"
                : "check the value: a pH is a number from -2 to 16";
    }

    /** A quantity field of this mapping, or null when absent. */
    Quantity quantity(String key, Set<Dimension> allowed, boolean nonNegative) {
        YamlNode n = node(key);
        return n == null ? null : quantity(n, fieldPath(key), key, allowed, nonNegative);
    }

    /** A list of amounts, each positive: a negative or zero amount of something charged or isolated is refused. */
    List<Quantity> quantities(String key, Set<Dimension> allowed) {
        return list(key, (n, p) -> {
            Quantity q = quantity(n, p, key, allowed, true);
            if (q != null && q.value().signum() == 0) {
                problems.add(new RouteProblem(file, n.line(), n.column(), p, "zero "
                        + QuantityParser.describe(q.dimension()).replaceFirst("^an? ", "") + " '"
                        + ((YamlNode.Scalar) n).text() + "'" + in(),
                        "an amount must be positive; leave out an amount that is not printed"));
                return null;
            }
            return q;
        });
    }

    /** A range or single value of one dimension ("20-25 °C", "1 h"), or null when absent. */
    Range range(String key, Dimension needed, boolean nonNegative) {
        YamlNode n = node(key);
        if (n == null) {
            return null;
        }
        String text = scalarText(n, fieldPath(key), key);
        if (text == null) {
            return null;
        }
        Parsed<Range> p = QuantityParser.range(text, needed == Dimension.PH ? Dimension.PH : null);
        if (!p.isOk()) {
            problem(n, key, p.error() + in(), p.suggestion());
            return null;
        }
        Range r = p.value();
        if (!checkDimension(n, fieldPath(key), key, text, r.low().dimension(), EnumSet.of(needed))) {
            return null;
        }
        if (nonNegative && r.low().value().signum() < 0) {
            problem(n, key, "negative " + QuantityParser.describe(needed).replaceFirst("^an? ", "") + " '" + text
                    + "'" + in(), "write a positive value");
            return null;
        }
        for (Quantity bound : List.of(r.low(), r.high())) {
            String impossible = impossible(bound, text);
            if (impossible != null) {
                problem(n, key, impossible + in(), suggestionFor(needed));
                return null;
            }
        }
        return r;
    }

    private String scalarText(YamlNode n, String fieldPath, String key) {
        if (n instanceof YamlNode.Scalar s && s.type() != YamlNode.ScalarType.NULL
                && s.type() != YamlNode.ScalarType.BOOLEAN) {
            return s.text();
        }
        problems.add(new RouteProblem(file, n.line(), n.column(), fieldPath, "field '" + key + "'" + in()
                + " needs a quantity like '10 g', not " + YamlNode.describe(n), "write the quantity as text"));
        return null;
    }

    private boolean checkDimension(YamlNode n, String fieldPath, String key, String text, Dimension got,
                                   Set<Dimension> allowed) {
        if (allowed.contains(got)) {
            return true;
        }
        String needs = allowed.stream().map(QuantityParser::describe).collect(Collectors.joining(" or "));
        String unit = QuantityParser.writtenUnit(text);
        String place = where.isEmpty() ? "" : where + ": ";
        problems.add(new RouteProblem(file, n.line(), n.column(), fieldPath, place + "unit '" + unit + "' is "
                + QuantityParser.describe(got) + "; field '" + key + "' needs " + needs,
                "check the unit or move the value to the right field"));
        return false;
    }

    /** The source provenance sub-mapping. */
    <T> T sub(String key, Function<YamlNode, T> reader) {
        YamlNode n = node(key);
        return n == null ? null : reader.apply(n);
    }
}
