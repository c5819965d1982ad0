package reflux.route.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import reflux.model.quantity.Dimension;
import reflux.model.quantity.Quantity;
import reflux.model.route.Analytics;
import reflux.model.route.Charge;
import reflux.model.route.Conditions;
import reflux.model.route.MsPeak;
import reflux.model.route.NmrPeak;
import reflux.model.route.Operation;
import reflux.model.route.OperationType;
import reflux.model.route.Outcome;
import reflux.model.route.Provenance;
import reflux.model.route.Role;
import reflux.model.route.Route;
import reflux.model.route.Stage;
import reflux.model.route.Step;
import reflux.model.route.SubstanceRef;
import reflux.model.route.Variant;

/**
 * Binds a located YAML tree to the route records ({@code docs/route-format.md}): keys are record component names,
 * quantities are parsed and checked against the dimension each field needs. Collects every problem; returns null
 * when there is any. One instance per read; not thread-safe.
 */
final class RouteBinder {

    /** The one schema version this reader accepts. */
    static final String SCHEMA = "reflux.route/1";

    static final List<String> ROUTE_KEYS = List.of("schema", "id", "title", "kind", "documents", "notes",
            "substances", "stages", "variants");
    static final List<String> SUBSTANCE_KEYS = List.of("id", "name", "smiles", "form", "grade", "notes", "source");
    static final List<String> STAGE_KEYS = List.of("id", "name", "rules", "reactants", "product", "steps",
            "outcomes", "optional", "notes", "source");
    static final List<String> STEP_KEYS = List.of("id", "name", "operations", "source");
    static final List<String> OPERATION_KEYS = List.of("type", "charges", "conditions", "details", "produces",
            "source");
    static final List<String> CHARGE_KEYS = List.of("substance", "from", "role", "amounts", "containing", "source",
            "assumed");
    static final List<String> CONDITION_KEYS = List.of("temperature", "duration", "pH", "atmosphere", "pressure");
    static final List<String> OUTCOME_KEYS = List.of("id", "substance", "isolated", "amounts", "statedYield",
            "analytics", "notes", "source");
    static final List<String> ANALYTICS_KEYS = List.of("nmrNucleus", "nmrFrequencyMHz", "nmrSolvent", "nmr",
            "irBands", "irMedium", "ms", "hplcPurity", "waterContent", "source");
    static final List<String> NMR_KEYS = List.of("shift", "shiftHigh", "multiplicity", "protons", "text");
    static final List<String> MS_KEYS = List.of("mz", "label", "mode", "text");
    static final List<String> PROVENANCE_KEYS = List.of("document", "locator", "quote", "start", "end");
    static final List<String> VARIANT_KEYS = List.of("id", "description", "stages", "bindings", "substances");

    /** Amount dimensions a charge may print. */
    static final Set<Dimension> CHARGE_AMOUNTS = EnumSet.of(Dimension.MASS, Dimension.AMOUNT, Dimension.VOLUME,
            Dimension.EQUIVALENTS, Dimension.MOLARITY, Dimension.PERCENT, Dimension.DENSITY);
    /** Amount dimensions an outcome may print. */
    static final Set<Dimension> OUTCOME_AMOUNTS = EnumSet.of(Dimension.MASS, Dimension.AMOUNT, Dimension.VOLUME);

    private final Path file;
    private final List<RouteProblem> problems = new ArrayList<>();

    RouteBinder(Path file) {
        this.file = file;
    }

    List<RouteProblem> problems() {
        return problems;
    }

    /** The route, or null when any problem was found. */
    Route bind(YamlNode root) {
        Fields f = Fields.of(file, root, "", "", problems, ROUTE_KEYS);
        if (f == null) {
            return null;
        }
        String schema = f.string("schema", true, SCHEMA);
        if (schema != null && !schema.equals(SCHEMA)) {
            f.problem(f.node("schema"), "schema", "unsupported schema '" + schema + "'", "write 'schema: "
                    + SCHEMA + "'");
        }
        String id = f.string("id", true, "cefepime-001-example1");
        String title = f.string("title", false, "");
        Route.Kind kind = f.enumValue("kind", Route.Kind.class, true);
        List<String> documents = f.strings("documents");
        List<String> notes = f.strings("notes");
        List<SubstanceRef> substances = f.list("substances", this::substance);
        List<Stage> stages = f.list("stages", this::stage);
        List<Variant> variants = f.list("variants", this::variant);
        if (!problems.isEmpty() || schema == null || id == null || kind == null) {
            return null;
        }
        return new Route(schema, id, title, documents, kind, substances, stages, variants, notes);
    }

    private static String idOf(YamlNode n) {
        if (n instanceof YamlNode.Mapping m && m.entries().get("id") instanceof YamlNode.Scalar s
                && s.text() != null) {
            return s.text();
        }
        return null;
    }

    /** "stage I" by id when it has one, else "stage 2" by 1-based position. */
    private static String named(String what, YamlNode n, String path) {
        String id = idOf(n);
        return id != null ? what + " " + id : numbered(what, path);
    }

    /** "operation 2": 1-based position from the path's last index. */
    private static String numbered(String what, String path) {
        int i = path.lastIndexOf('[');
        int index = Integer.parseInt(path.substring(i + 1, path.length() - 1));
        return what + " " + (index + 1);
    }

    private SubstanceRef substance(YamlNode n, String path) {
        Fields f = Fields.of(file, n, path, named("substance", n, path), problems, SUBSTANCE_KEYS);
        if (f == null) {
            return null;
        }
        String id = f.string("id", true, "dcm");
        String name = f.string("name", true, "methylene chloride");
        SubstanceRef s = new SubstanceRef(id == null ? "?" : id, name == null ? "?" : name,
                f.string("smiles", false, ""), f.string("form", false, ""), f.string("grade", false, ""),
                f.strings("notes"), provenance(f));
        return id == null || name == null ? null : s;
    }

    private Stage stage(YamlNode n, String path) {
        Fields f = Fields.of(file, n, path, named("stage", n, path), problems, STAGE_KEYS);
        if (f == null) {
            return null;
        }
        String id = f.string("id", true, "I");
        String where = f.where();
        List<Step> steps = f.list("steps", (sn, sp) -> step(sn, sp, where));
        List<Outcome> outcomes = f.list("outcomes", (on, op) -> outcome(on, op, where));
        Stage s = new Stage(id == null ? "?" : id, f.string("name", false, ""), f.strings("rules"),
                f.strings("reactants"), f.string("product", false, "product-id"), steps, outcomes,
                f.bool("optional", false), f.strings("notes"), provenance(f));
        return id == null ? null : s;
    }

    private Step step(YamlNode n, String path, String stage) {
        Fields f = Fields.of(file, n, path, stage + " " + named("step", n, path), problems, STEP_KEYS);
        if (f == null) {
            return null;
        }
        String id = f.string("id", true, "A");
        String where = f.where();
        List<Operation> ops = f.list("operations", (on, op) -> operation(on, op, where));
        Step s = new Step(id == null ? "?" : id, f.string("name", false, ""), ops, provenance(f));
        return id == null ? null : s;
    }

    private Operation operation(YamlNode n, String path, String step) {
        Fields f = Fields.of(file, n, path, step + " " + numbered("operation", path),
                problems, OPERATION_KEYS);
        if (f == null) {
            return null;
        }
        OperationType type = f.enumValue("type", OperationType.class, true);
        String where = f.where();
        List<Charge> charges = f.list("charges", (cn, cp) -> charge(cn, cp, where));
        Conditions conditions = f.sub("conditions", c -> conditions(c, f.fieldPath("conditions"), where));
        Operation o = type == null ? null : new Operation(type, charges, conditions,
                f.string("details", false, ""), f.string("produces", false, "solution-A"), provenance(f));
        return o;
    }

    private Charge charge(YamlNode n, String path, String operation) {
        Fields f = Fields.of(file, n, path, operation + " " + numbered("charge", path), problems, CHARGE_KEYS);
        if (f == null) {
            return null;
        }
        String substance = f.string("substance", false, "dcm");
        String from = f.string("from", false, "solution-A");
        Role role = f.enumValue("role", Role.class, true);
        List<Quantity> amounts = f.quantities("amounts", CHARGE_AMOUNTS);
        String where = f.where();
        List<Charge> containing = f.list("containing", (cn, cp) -> charge(cn, cp, where));
        Provenance source = provenance(f);
        String assumed = f.string("assumed", false, "the claims name no silylating agent");
        if (substance == null && from == null && f.node("substance") == null && f.node("from") == null) {
            f.problem(null, null, "charge in " + where + " names neither a 'substance' nor a 'from' stream",
                    "add 'substance: <substance id>' or 'from: <stream id>'");
            return null;
        }
        return role == null || (substance == null && from == null) ? null
                : new Charge(substance, from, role, amounts, containing, source, assumed);
    }

    private Conditions conditions(YamlNode n, String path, String where) {
        Fields f = Fields.of(file, n, path, where + " conditions", problems, CONDITION_KEYS);
        if (f == null) {
            return null;
        }
        return new Conditions(f.range("temperature", Dimension.TEMPERATURE, false),
                f.range("duration", Dimension.TIME, true), f.range("pH", Dimension.PH, false),
                f.string("atmosphere", false, "nitrogen"), f.range("pressure", Dimension.PRESSURE, false));
    }

    private Outcome outcome(YamlNode n, String path, String stage) {
        Fields f = Fields.of(file, n, path, stage + " " + named("outcome", n, path), problems, OUTCOME_KEYS);
        if (f == null) {
            return null;
        }
        String id = f.string("id", true, "product-isolated");
        String substance = f.string("substance", true, "product-id");
        boolean isolated = f.bool("isolated", true);
        List<Quantity> amounts = f.quantities("amounts", OUTCOME_AMOUNTS);
        Quantity yield = f.quantity("statedYield", EnumSet.of(Dimension.PERCENT), true);
        Analytics analytics = f.sub("analytics", a -> analytics(a, f.fieldPath("analytics"), f.where()));
        List<String> notes = f.strings("notes");
        Provenance source = provenance(f);
        return id == null || substance == null ? null
                : new Outcome(id, substance, isolated, amounts, yield, analytics, notes, source);
    }

    private Analytics analytics(YamlNode n, String path, String where) {
        Fields f = Fields.of(file, n, path, where + " analytics", problems, ANALYTICS_KEYS);
        if (f == null) {
            return null;
        }
        List<NmrPeak> nmr = f.list("nmr", (pn, pp) -> nmrPeak(pn, pp, f.where()));
        List<Double> ir = f.list("irBands", (bn, bp) -> f.number(bn, bp, "irBands"));
        List<MsPeak> ms = f.list("ms", (mn, mp) -> msPeak(mn, mp, f.where()));
        return new Analytics(f.string("nmrNucleus", false, "1H"), f.number("nmrFrequencyMHz"),
                f.string("nmrSolvent", false, "DMSO-d6"), nmr, ir, f.string("irMedium", false, "KBr"), ms,
                f.number("hplcPurity"), f.number("waterContent"), provenance(f));
    }

    private NmrPeak nmrPeak(YamlNode n, String path, String where) {
        Fields f = Fields.of(file, n, path, where + " NMR peak", problems, NMR_KEYS);
        if (f == null) {
            return null;
        }
        Double shift = f.number("shift");
        if (shift == null && f.node("shift") == null) {
            f.missing("shift", "2.11");
        }
        Integer protons = f.integer("protons");
        if (protons != null && protons < 0) {
            f.problem(f.node("protons"), "protons", "negative integral 'protons: " + protons + "' in " + f.where(),
                    "an integral counts protons: write 0 or more");
            return null;
        }
        NmrPeak p = new NmrPeak(shift == null ? 0 : shift, f.number("shiftHigh"),
                f.string("multiplicity", false, "m"), protons, f.string("text", false, ""));
        return shift == null ? null : p;
    }

    private MsPeak msPeak(YamlNode n, String path, String where) {
        Fields f = Fields.of(file, n, path, where + " MS peak", problems, MS_KEYS);
        if (f == null) {
            return null;
        }
        Double mz = f.number("mz");
        if (mz == null && f.node("mz") == null) {
            f.missing("mz", "503");
        }
        if (mz != null && mz <= 0) {
            f.problem(f.node("mz"), "mz", "m/z '" + ((YamlNode.Scalar) f.node("mz")).text()
                    + "' is not positive in " + f.where(), "an m/z is a positive number, e.g. 'mz: 503'");
            return null;
        }
        MsPeak p = new MsPeak(mz == null ? 0 : mz, f.string("label", false, "[M+1]"), f.string("mode", false, ""),
                f.string("text", false, ""));
        return mz == null ? null : p;
    }

    private Variant variant(YamlNode n, String path) {
        Fields f = Fields.of(file, n, path, named("variant", n, path), problems, VARIANT_KEYS);
        if (f == null) {
            return null;
        }
        String id = f.string("id", true, "br-silylated");
        Variant v = new Variant(id == null ? "?" : id, f.string("description", false, ""), f.strings("stages"),
                f.stringMap("bindings"), f.stringMap("substances"));
        return id == null ? null : v;
    }

    private Provenance provenance(Fields owner) {
        YamlNode n = owner.node("source");
        if (n == null) {
            return null;
        }
        Fields f = Fields.of(file, n, owner.fieldPath("source"), owner.where() + " source", problems,
                PROVENANCE_KEYS);
        if (f == null) {
            return null;
        }
        Integer start = f.integer("start");
        Integer end = f.integer("end");
        if (start != null && end != null && end < start) {
            f.problem(f.node("end"), "end", "source end " + end + " is before start " + start + " in "
                    + owner.where(), "end is the offset after the quote's last character");
            return null;
        }
        String document = f.string("document", false, "001");
        return new Provenance(document, f.string("locator", false, ""), f.string("quote", false, ""), start, end);
    }
}
