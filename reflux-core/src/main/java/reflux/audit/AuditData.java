package reflux.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import reflux.data.TsvTable;

/**
 * The audit's knowledge as data: densities and solution strengths, alternative salt/hydrate forms, MS ion types and
 * 1H shift ranges, each read from a TSV resource under {@code reflux/audit/} with a source column.
 *
 * <pre>{@code
 * AuditData data = AuditData.standard();
 * data.density("acetone").orElseThrow().densityGPerMl(); // 0.7845
 * }</pre>
 *
 * <p>Immutable and thread-safe; {@link #standard()} is loaded once.
 */
public final class AuditData {

    /** A liquid or solution charged by volume. */
    public record Density(List<String> names, double densityGPerMl, Double soluteMassPercent, String soluteSmiles,
                          boolean water, String source) {
    }

    /** An alternative isolated form: parent + acidCount acid molecules + waterCount waters. */
    public record SaltForm(String id, String label, String acidSmiles, int acidCount, int waterCount, String source) {
    }

    /** An MS ion type. */
    public record IonType(String label, String mode, String add, String remove, int charge, String applies,
                          String source, boolean primary) {
    }

    /** A 1H shift range of a proton type given by SMARTS (first atom bears the protons). */
    public record ShiftRange(String id, String smarts, double low, double high, String note, String source) {
    }

    private final List<Density> densities;
    private final Map<String, Density> densityByName;
    private final List<SaltForm> saltForms;
    private final List<IonType> ionTypes;
    private final List<ShiftRange> shiftRanges;

    AuditData(List<Density> densities, List<SaltForm> saltForms, List<IonType> ionTypes, List<ShiftRange> shifts) {
        this.densities = List.copyOf(densities);
        Map<String, Density> byName = new LinkedHashMap<>();
        for (Density d : densities) {
            for (String n : d.names()) {
                byName.putIfAbsent(n, d);
            }
        }
        this.densityByName = Map.copyOf(byName);
        this.saltForms = List.copyOf(saltForms);
        this.ionTypes = List.copyOf(ionTypes);
        this.shiftRanges = List.copyOf(shifts);
    }

    private static final class Holder {
        static final AuditData STANDARD = load();
    }

    /** The data shipped with Reflux (loaded once). */
    public static AuditData standard() {
        return Holder.STANDARD;
    }

    /** Every density row. */
    public List<Density> densities() {
        return densities;
    }

    /** The density row for a name as printed (case-insensitive, trimmed), if any. */
    public Optional<Density> density(String name) {
        if (name == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(densityByName.get(normalise(name)));
    }

    /** Alternative salt/hydrate forms. */
    public List<SaltForm> saltForms() {
        return saltForms;
    }

    /** MS ion types. */
    public List<IonType> ionTypes() {
        return ionTypes;
    }

    /** 1H shift ranges. */
    public List<ShiftRange> shiftRanges() {
        return shiftRanges;
    }

    static String normalise(String name) {
        return name.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    static AuditData load() {
        List<Density> densities = new ArrayList<>();
        for (Map<String, String> r : rows("densities.tsv")) {
            List<String> names = new ArrayList<>();
            for (String n : r.get("names").split("\\|")) {
                names.add(normalise(n));
            }
            String pct = r.get("solute_pct");
            densities.add(new Density(names, Double.parseDouble(r.get("density_g_ml")),
                    pct.isEmpty() ? null : Double.valueOf(pct), blankToNull(r.get("solute_smiles")),
                    "yes".equals(r.get("water_class")), required(r, "source")));
        }
        List<SaltForm> forms = new ArrayList<>();
        for (Map<String, String> r : rows("salt-forms.tsv")) {
            forms.add(new SaltForm(r.get("id"), r.get("label"), blankToNull(r.get("acid_smiles")),
                    Integer.parseInt(r.get("acid_count")), Integer.parseInt(r.get("water_count")),
                    required(r, "source")));
        }
        List<IonType> ions = new ArrayList<>();
        for (Map<String, String> r : rows("ms-ions.tsv")) {
            ions.add(new IonType(r.get("label"), r.get("mode"), r.get("add"), r.get("remove"),
                    Integer.parseInt(r.get("charge")), r.get("applies"), required(r, "source"),
                    !"secondary".equals(r.get("tier"))));
        }
        List<ShiftRange> shifts = new ArrayList<>();
        for (Map<String, String> r : rows("nmr-shift-ranges.tsv")) {
            shifts.add(new ShiftRange(r.get("id"), r.get("smarts"), Double.parseDouble(r.get("low")),
                    Double.parseDouble(r.get("high")), r.get("note"), required(r, "source")));
        }
        return new AuditData(densities, forms, ions, shifts);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String required(Map<String, String> row, String column) {
        String v = row.get(column);
        if (v == null || v.isBlank()) {
            throw new IllegalStateException("audit data row without " + column + ": " + row);
        }
        return v;
    }

    /** Rows of a TSV resource under {@code /reflux/audit/} ({@link TsvTable}: '#' comments, header line), trimmed. */
    static List<Map<String, String>> rows(String resource) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (TsvTable.Row r : TsvTable.load("/reflux/audit/" + resource)) {
            Map<String, String> row = new LinkedHashMap<>();
            r.cells().forEach((column, value) -> row.put(column, value.trim()));
            rows.add(row);
        }
        return rows;
    }
}
