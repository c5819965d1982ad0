package reflux.route.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import reflux.model.quantity.Quantity;
import reflux.model.quantity.Range;
import reflux.model.route.Analytics;
import reflux.model.route.Charge;
import reflux.model.route.Conditions;
import reflux.model.route.MsPeak;
import reflux.model.route.NmrPeak;
import reflux.model.route.Operation;
import reflux.model.route.Outcome;
import reflux.model.route.Provenance;
import reflux.model.route.Route;
import reflux.model.route.Stage;
import reflux.model.route.Step;
import reflux.model.route.SubstanceRef;
import reflux.model.route.Variant;
import reflux.route.units.QuantityParser;

/**
 * Writes a {@link Route} as a route file in the format {@link RouteReader} reads: quantities as their printed text,
 * empty lists and nulls left out, enums lower-case. Files are written atomically (temporary file in the same
 * directory, then an atomic move), so a failed write leaves the old file untouched. Read → write → read gives an
 * equal route (comments and flow style are not kept). Thread-safe.
 *
 * <pre>{@code
 * new RouteWriter().write(route, Path.of("routes/my-route.yaml"));
 * }</pre>
 */
public final class RouteWriter {

    private static final YAMLMapper MAPPER = YAMLMapper.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .build();

    /** The route as YAML text. */
    public String toYaml(Route route) {
        try {
            return MAPPER.writeValueAsString(route(route));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the route to {@code file} atomically. */
    public void write(Route route, Path file) throws IOException {
        byte[] bytes = toYaml(route).getBytes(StandardCharsets.UTF_8);
        Path abs = file.toAbsolutePath();
        Path dir = abs.getParent();
        Path tmp = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".tmp");
        try {
            Files.write(tmp, bytes);
            permissions(tmp, abs);
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** A temp file is created rw-------; give the result the old file's permissions, or rw-r--r-- for a new one. */
    private static void permissions(Path tmp, Path target) throws IOException {
        try {
            Set<PosixFilePermission> perms = Files.exists(target) ? Files.getPosixFilePermissions(target)
                    : PosixFilePermissions.fromString("rw-r--r--");
            Files.setPosixFilePermissions(tmp, perms);
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the platform default applies
        }
    }

    private static Map<String, Object> route(Route r) {
        Map<String, Object> m = new LinkedHashMap<>();
        put(m, "schema", r.schema());
        put(m, "id", r.id());
        put(m, "title", r.title());
        put(m, "kind", lower(r.kind()));
        put(m, "documents", r.documents());
        put(m, "notes", r.notes());
        put(m, "substances", r.substances().stream().map(RouteWriter::substance).toList());
        put(m, "stages", r.stages().stream().map(RouteWriter::stage).toList());
        put(m, "variants", r.variants().stream().map(RouteWriter::variant).toList());
        return m;
    }

    private static Map<String, Object> substance(SubstanceRef s) {
        Map<String, Object> m = new LinkedHashMap<>();
        put(m, "id", s.id());
        put(m, "name", s.name());
        put(m, "form", s.form());
        put(m, "smiles", s.smiles());
        put(m, "grade", s.grade());
        put(m, "notes", s.notes());
        put(m, "source", provenance(s.source()));
        return m;
    }

    private static Map<String, Object> stage(Stage s) {
        Map<String, Object> m = new LinkedHashMap<>();
        put(m, "id", s.id());
        put(m, "name", s.name());
        put(m, "rules", s.rules());
        put(m, "reactants", s.reactants());
        put(m, "product", s.product());
        if (s.optional()) {
            m.put("optional", true);
        }
        put(m, "notes", s.notes());
        put(m, "source", provenance(s.source()));
        put(m, "steps", s.steps().stream().map(RouteWriter::step).toList());
        put(m, "outcomes", s.outcomes().stream().map(RouteWriter::outcome).toList());
        return m;
    }

    private static Map<String, Object> step(Step s) {
        Map<String, Object> m = new LinkedHashMap<>();
        put(m, "id", s.id());
        put(m, "name", s.name());
        put(m, "source", provenance(s.source()));
        put(m, "operations", s.operations().stream().map(RouteWriter::operation).toList());
        return m;
    }

    private static Map<String, Object> operation(Operation o) {
        Map<String, Object> m = new LinkedHashMap<>();
        put(m, "type", lower(o.type()));
        put(m, "charges", o.charges().stream().map(RouteWriter::charge).toList());
        put(m, "conditions", conditions(o.conditions()));
        put(m, "details", o.details());
        put(m, "produces", o.produces());
        put(m, "source", provenance(o.source()));
        return m;
    }

    private static Map<String, Object> charge(Charge c) {
        Map<String, Object> m = new LinkedHashMap<>();
        put(m, "substance", c.substance());
        put(m, "from", c.from());
        put(m, "role", lower(c.role()));
        put(m, "amounts", c.amounts().stream().map(QuantityParser::format).toList());
        put(m, "containing", c.containing().stream().map(RouteWriter::charge).toList());
        put(m, "source", provenance(c.source()));
        put(m, "assumed", c.assumed());
        return m;
    }

    private static Map<String, Object> conditions(Conditions c) {
        if (c == null || c.isEmpty()) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        put(m, "temperature", range(c.temperature()));
        put(m, "duration", range(c.duration()));
        put(m, "pH", range(c.pH()));
        put(m, "atmosphere", c.atmosphere());
        put(m, "pressure", range(c.pressure()));
        return m;
    }

    private static Map<String, Object> outcome(Outcome o) {
        Map<String, Object> m = new LinkedHashMap<>();
        put(m, "id", o.id());
        put(m, "substance", o.substance());
        m.put("isolated", o.isolated());
        put(m, "amounts", o.amounts().stream().map(QuantityParser::format).toList());
        put(m, "statedYield", o.statedYield() == null ? null : QuantityParser.format(o.statedYield()));
        put(m, "analytics", analytics(o.analytics()));
        put(m, "notes", o.notes());
        put(m, "source", provenance(o.source()));
        return m;
    }

    private static Map<String, Object> analytics(Analytics a) {
        if (a == null || a.equals(Analytics.NONE)) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        put(m, "nmrNucleus", a.nmrNucleus());
        put(m, "nmrFrequencyMHz", number(a.nmrFrequencyMHz()));
        put(m, "nmrSolvent", a.nmrSolvent());
        put(m, "nmr", a.nmr().stream().map(RouteWriter::nmr).toList());
        put(m, "irMedium", a.irMedium());
        put(m, "irBands", a.irBands().stream().map(RouteWriter::number).toList());
        put(m, "ms", a.ms().stream().map(RouteWriter::ms).toList());
        put(m, "hplcPurity", number(a.hplcPurity()));
        put(m, "waterContent", number(a.waterContent()));
        put(m, "source", provenance(a.source()));
        return m;
    }

    private static Map<String, Object> nmr(NmrPeak p) {
        Map<String, Object> m = new LinkedHashMap<>();
        put(m, "shift", number(p.shift()));
        put(m, "shiftHigh", number(p.shiftHigh()));
        put(m, "multiplicity", p.multiplicity());
        put(m, "protons", p.protons());
        put(m, "text", p.text());
        return m;
    }

    private static Map<String, Object> ms(MsPeak p) {
        Map<String, Object> m = new LinkedHashMap<>();
        put(m, "mz", number(p.mz()));
        put(m, "label", p.label());
        put(m, "mode", p.mode());
        put(m, "text", p.text());
        return m;
    }

    private static Map<String, Object> variant(Variant v) {
        Map<String, Object> m = new LinkedHashMap<>();
        put(m, "id", v.id());
        put(m, "description", v.description());
        put(m, "stages", v.stages());
        put(m, "bindings", new TreeMap<>(v.bindings()));
        put(m, "substances", new TreeMap<>(v.substances()));
        return m;
    }

    private static Map<String, Object> provenance(Provenance p) {
        if (p == null || p.equals(Provenance.NONE)) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        put(m, "document", p.document());
        put(m, "locator", p.locator());
        put(m, "quote", p.quote());
        put(m, "start", p.start());
        put(m, "end", p.end());
        return m;
    }

    private static Object range(Range r) {
        return r == null ? null : QuantityParser.format(r);
    }

    /** Integral doubles as whole numbers ("300", not "300.0"); the reader gives the same double back. */
    private static Object number(Double d) {
        if (d == null) {
            return null;
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return d.longValue();
        }
        return d;
    }

    private static String lower(Enum<?> e) {
        return e == null ? null : e.name().toLowerCase(Locale.ROOT);
    }

    private static void put(Map<String, Object> m, String key, Object value) {
        if (value == null || value instanceof Collection<?> c && c.isEmpty() || value instanceof Map<?, ?> mm
                && mm.isEmpty()) {
            return;
        }
        m.put(key, value instanceof List<?> l ? new ArrayList<>(l) : value);
    }
}
