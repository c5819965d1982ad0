package reflux.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import reflux.model.identity.Resolution;
import reflux.model.quantity.Quantity;
import reflux.model.quantity.Range;
import reflux.model.route.OperationType;
import reflux.model.route.Role;

/**
 * The words Reflux and the Open Reaction Database share, and the JSON pieces both ORD writers emit (this export and
 * {@code reflux.extract.OrdJson}): units ({@code reflux/export/ord-units.tsv}), work-up types
 * ({@code reflux/export/ord-operations.tsv}), reaction roles, and compound identifiers. JSON follows protobuf's
 * mapping of {@code reaction.proto}: lowerCamelCase field names, enum names as strings. Immutable and thread-safe.
 *
 * <pre>{@code
 * OrdVocabulary v = OrdVocabulary.standard();
 * v.amount(component.putObject("amount"), Quantity.of("10", "g", Dimension.MASS)); // {"mass":{"value":10,"units":"GRAM"}}
 * }</pre>
 */
public final class OrdVocabulary {

    /** An ORD unit: the message that holds it ({@code Mass}, {@code Temperature}), its enum name and the factor. */
    public record OrdUnit(String message, String unit, double factor) {
    }

    private static final OrdVocabulary STANDARD = load();

    private final Map<String, OrdUnit> units;
    private final Map<OperationType, String> workups;

    private OrdVocabulary(Map<String, OrdUnit> units, Map<OperationType, String> workups) {
        this.units = Map.copyOf(units);
        this.workups = Map.copyOf(workups);
    }

    /** The shipped tables. */
    public static OrdVocabulary standard() {
        return STANDARD;
    }

    /** The ORD unit of a route unit symbol ({@code g}, {@code °C}), or null where ORD has none ({@code eq}, {@code %}). */
    public OrdUnit unit(String symbol) {
        return units.get(symbol);
    }

    /** The ORD work-up type of an operation, or null when its charges are reaction inputs (CHARGE, HYDROGENATE). */
    public String workupType(OperationType type) {
        return workups.get(type);
    }

    /** The ORD {@code ReactionRoleType} name of a route role ({@code CUSTOM} has none: UNSPECIFIED). */
    public static String role(Role role) {
        return role == Role.CUSTOM ? "UNSPECIFIED" : role.name();
    }

    /**
     * Sets {@code amount} ({@code Amount}) to the quantity as {@code mass}, {@code moles} or {@code volume}; false
     * (nothing written) when the quantity is none of them or its unit has no ORD unit.
     */
    public boolean amount(ObjectNode amount, Quantity q) {
        OrdUnit u = units.get(q.unit());
        if (u == null) {
            return false;
        }
        String field = switch (u.message()) {
            case "Mass" -> "mass";
            case "Moles" -> "moles";
            case "Volume" -> "volume";
            default -> null;
        };
        if (field == null) {
            return false;
        }
        value(amount.putObject(field), q.doubleValue() * u.factor(), null, u.unit());
        return true;
    }

    /**
     * Writes a range as an ORD value message ({@code Temperature}, {@code Time}, {@code Pressure}) into {@code target}:
     * the midpoint with half the width as {@code precision} (a point has none); false when the unit has no ORD unit
     * of {@code message}.
     */
    public boolean range(ObjectNode target, Range r, String message) {
        OrdUnit lo = units.get(r.low().unit());
        OrdUnit hi = units.get(r.high().unit());
        if (lo == null || hi == null || !lo.message().equals(message) || !lo.equals(hi)) {
            return false;
        }
        double a = r.low().doubleValue() * lo.factor();
        double b = r.high().doubleValue() * hi.factor();
        value(target, (a + b) / 2, r.isPoint() ? null : Math.abs(b - a) / 2, lo.unit());
        return true;
    }

    /** {@code {"value": v, "precision": p, "units": UNIT}} ({@code precision} left out when null). */
    public static void value(ObjectNode target, double v, Double precision, String unit) {
        target.put("value", round(v));
        if (precision != null) {
            target.put("precision", round(precision));
        }
        target.put("units", unit);
    }

    /**
     * Compound identifiers: the name as written, then, where the resolution found one structure, its SMILES, InChI
     * and InChIKey.
     */
    public static ArrayNode identifiers(ArrayNode ids, String name, Resolution res) {
        if (name != null) {
            ids.addObject().put("type", "NAME").put("value", name);
        }
        if (res != null && res.isResolved() && res.smiles() != null) {
            ids.addObject().put("type", "SMILES").put("value", res.smiles());
            if (res.inchi() != null) {
                ids.addObject().put("type", "INCHI").put("value", res.inchi());
            }
            if (res.inchiKey() != null) {
                ids.addObject().put("type", "INCHI_KEY").put("value", res.inchiKey());
            }
        }
        return ids;
    }

    /** Float fields of ORD are 32-bit: twelve significant digits are more than they keep; drops binary noise. */
    static double round(double v) {
        return new java.math.BigDecimal(v).round(new java.math.MathContext(12)).doubleValue();
    }

    private static OrdVocabulary load() {
        Map<String, OrdUnit> units = new HashMap<>();
        for (String[] r : rows("ord-units.tsv", 5)) {
            units.put(r[0], new OrdUnit(r[1], r[2], Double.parseDouble(r[3])));
        }
        Map<OperationType, String> workups = new HashMap<>();
        for (String[] r : rows("ord-operations.tsv", 3)) {
            OperationType t = OperationType.valueOf(r[0]);
            if (!r[1].equals("-")) {
                workups.put(t, r[1]);
            }
        }
        return new OrdVocabulary(units, workups);
    }

    /** Rows of a TSV resource under {@code reflux/export/}: comments (#) and the header skipped, every cell present. */
    static List<String[]> rows(String resource, int columns) {
        InputStream in = OrdVocabulary.class.getResourceAsStream("/reflux/export/" + resource);
        if (in == null) {
            throw new IllegalStateException("resource reflux/export/" + resource + " missing from the jar");
        }
        List<String[]> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            boolean header = true;
            int n = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length != columns || cells[columns - 1].isBlank()) {
                    throw new IllegalStateException("reflux/export/" + resource + ":" + n + ": expected " + columns
                            + " tab-separated cells with a source, got " + cells.length);
                }
                out.add(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
