package reflux.scale;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import reflux.scale.BatchSheet.Line;
import reflux.scale.BatchSheet.StageSheet;

/**
 * The sheet's line items as CSV (comma-separated, RFC 4180 quoting: a field is quoted when it holds a comma, a quote
 * or a line break; LF line ends, since the CLI's terminal writer escapes a CR): a header row with the unit of each
 * column in its name, then one row per scaled charge.
 * Numbers are plain decimals with a dot; an empty cell = not printed / not computable.
 */
public final class SheetCsv {

    /** The header row, units in brackets. */
    public static final List<String> HEADER = List.of("stage", "step", "operation", "route_path", "route_file",
            "route_line", "substance", "name", "role", "kind", "printed", "factor_min", "factor_max", "mass_min [kg]",
            "mass_max [kg]", "volume_min [L]", "volume_max [L]", "moles_min [mol]", "moles_max [mol]", "batches",
            "mass_per_batch_max [kg]", "volume_per_batch_max [L]", "density [g/mL]", "strength [% w/w]",
            "density_source", "quote");

    private SheetCsv() {
    }

    /** The CSV text. */
    public static String render(BatchSheet sheet) {
        StringBuilder sb = new StringBuilder();
        row(sb, HEADER);
        for (StageSheet s : sheet.stages()) {
            int n = s.batches() == null ? 1 : s.batches();
            for (Line l : s.lines()) {
                List<String> r = new ArrayList<>();
                r.add(l.stage());
                r.add(l.step());
                r.add(String.valueOf(l.operation() + 1));
                r.add(l.path());
                r.add(l.file());
                r.add(l.fileLine() > 0 ? String.valueOf(l.fileLine()) : "");
                r.add(l.substance());
                r.add(l.name());
                r.add(l.role());
                r.add(l.kind());
                r.add(l.printed());
                r.add(num(s.factorMin()));
                r.add(num(s.factorMax()));
                r.add(num(l.kgMin()));
                r.add(num(l.kgMax()));
                r.add(num(l.litresMin()));
                r.add(num(l.litresMax()));
                r.add(num(l.molesMin()));
                r.add(num(l.molesMax()));
                r.add(s.batches() == null ? "" : String.valueOf(s.batches()));
                r.add(l.kgMax() == null ? "" : num(l.kgMax() / n));
                r.add(l.litresMax() == null ? "" : num(l.litresMax() / n));
                r.add(num(l.density()));
                r.add(num(l.strengthPct()));
                r.add(l.densitySource());
                r.add(l.quote());
                row(sb, r);
            }
        }
        return sb.toString();
    }

    private static void row(StringBuilder sb, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            String c = cells.get(i) == null ? "" : cells.get(i);
            if (c.contains(",") || c.contains("\"") || c.contains("\n") || c.contains("\r")) {
                sb.append('"').append(c.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(c);
            }
        }
        sb.append('\n');
    }

    static String num(Double v) {
        if (v == null || v.isNaN()) {
            return "";
        }
        return String.format(Locale.ROOT, "%.6g", v).replaceAll("(\\.\\d*?)0+(e|$)", "$1$2").replaceAll("\\.(e|$)",
                "$1");
    }
}
