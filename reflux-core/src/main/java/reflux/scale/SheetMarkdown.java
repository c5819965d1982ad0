package reflux.scale;

import static reflux.scale.SheetBuilder.range;

import java.util.List;
import reflux.scale.BatchSheet.BomLine;
import reflux.scale.BatchSheet.Line;
import reflux.scale.BatchSheet.RecordEntry;
import reflux.scale.BatchSheet.StageSheet;

/**
 * The sheet as Markdown (GitHub-flavoured tables): per stage a bill of materials, the batch record and the line
 * items with their route lines. Cells escape {@code |} and carry no line breaks, so every row has its table's cells.
 */
public final class SheetMarkdown {

    private SheetMarkdown() {
    }

    /** The Markdown text. */
    public static String render(BatchSheet b) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Batch sheet: ").append(cell(b.target())).append("\n\n");
        sb.append("Route `").append(b.routeId()).append("`, product `").append(b.product()).append("` (matched by ")
                .append(b.matchedBy()).append(")");
        if (b.vesselL() != null) {
            sb.append("; vessel ").append(ScaleUp.fmt(b.vesselL())).append(" L, working volume at most ")
                    .append(ScaleUp.fmt(b.maxFillPct())).append(" %");
        }
        if (b.pmiMax() != null) {
            sb.append("; route PMI ").append(b.pmiLowerBound() ? "≥ " : "").append(range(b.pmiMin(), b.pmiMax()));
        }
        if (b.costMax() != null) {
            sb.append("; raw-material cost ").append(range(b.costMin(), b.costMax())).append(' ')
                    .append(b.currency()).append("/kg");
        }
        sb.append(".\n");
        for (StageSheet s : b.stages()) {
            sb.append("\n## Stage ").append(s.stage()).append(": ").append(cell(s.name())).append("\n\n");
            sb.append("Scale factor ").append(range(s.factorMin(), s.factorMax())).append("; yield: ")
                    .append(cell(s.yieldBasis())).append("; makes ").append(range(s.productKgMin(), s.productKgMax()))
                    .append(" kg").append(s.batches() == null ? "" : "; " + s.batches() + " batch(es)")
                    .append(s.vesselNote() == null ? "" : " — " + cell(s.vesselNote())).append(".\n\n");
            table(sb, List.of("material", "kind", "kg", "L", "density g/mL", "source", "cost " + (b.currency() == null
                    ? "" : b.currency())));
            for (BomLine m : s.bom()) {
                row(sb, List.of(m.substance(), m.kind(), m.kgMax() == null ? "" : range(m.kgMin(), m.kgMax()),
                        m.litresMax() == null ? "" : range(m.litresMin(), m.litresMax()),
                        m.density() == null ? "" : String.valueOf(m.density()),
                        m.densitySource() == null ? "" : m.densitySource(),
                        m.costMax() == null ? "" : range(m.costMin(), m.costMax())));
            }
            sb.append('\n');
            table(sb, List.of("#", "step", "operation", "temperature", "time", "charges", "vessel L", "fill %",
                    "hold point", "route line", "quote"));
            for (RecordEntry e : s.record()) {
                row(sb, List.of(String.valueOf(e.seq()), e.step() + "." + (e.operation() + 1), e.type(),
                        nz(e.temperature()), nz(e.duration()), String.join("; ", e.charges()),
                        e.workingLMax() == null ? "" : (e.workingExact() ? "" : "≥ ")
                                + range(e.workingLMin(), e.workingLMax()),
                        e.fillPct() == null ? "" : ScaleUp.fmt(e.fillPct()), nz(e.holdPoint()),
                        String.valueOf(e.fileLine()), nz(e.quote())));
            }
            sb.append('\n');
            table(sb, List.of("route path", "route line", "material", "printed", "kg", "L", "quote"));
            for (Line l : s.lines()) {
                row(sb, List.of(l.path(), String.valueOf(l.fileLine()), l.substance(), l.printed(),
                        l.kgMax() == null ? "" : range(l.kgMin(), l.kgMax()),
                        l.litresMax() == null ? "" : range(l.litresMin(), l.litresMax()), nz(l.quote())));
            }
            for (String n : s.notes()) {
                sb.append("\n- ").append(cell(n));
            }
            sb.append('\n');
        }
        for (String n : b.notes()) {
            sb.append("\n- ").append(cell(n));
        }
        return sb.append('\n').toString();
    }

    private static void table(StringBuilder sb, List<String> header) {
        row(sb, header);
        sb.append('|');
        for (int i = 0; i < header.size(); i++) {
            sb.append("---|");
        }
        sb.append('\n');
    }

    private static void row(StringBuilder sb, List<String> cells) {
        sb.append('|');
        for (String c : cells) {
            sb.append(' ').append(cell(c)).append(" |");
        }
        sb.append('\n');
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    static String cell(String s) {
        return s == null ? "" : s.replace("\\", "\\\\").replace("|", "\\|").replaceAll("[\\r\\n]+", " ");
    }
}
