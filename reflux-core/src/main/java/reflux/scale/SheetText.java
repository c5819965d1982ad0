package reflux.scale;

import static reflux.scale.SheetBuilder.range;

import reflux.scale.BatchSheet.BomLine;
import reflux.scale.BatchSheet.Line;
import reflux.scale.BatchSheet.RecordEntry;
import reflux.scale.BatchSheet.StageSheet;
import reflux.scale.BatchSheet.Waste;

/** The sheet as plain text for a terminal or a printout: per stage the bill of materials, then the batch record. */
public final class SheetText {

    private SheetText() {
    }

    /** The text. */
    public static String render(BatchSheet b) {
        StringBuilder sb = new StringBuilder();
        sb.append("Batch sheet: ").append(b.target()).append(" (route ").append(b.routeId()).append(", product ")
                .append(b.product()).append(" matched by ").append(b.matchedBy()).append(")\n");
        if (b.vesselL() != null) {
            sb.append("Vessel: ").append(fmt(b.vesselL())).append(" L nominal, working volume at most ")
                    .append(fmt(b.maxFillPct())).append(" %\n");
        }
        if (b.pmiMax() != null) {
            sb.append("Route PMI: ").append(b.pmiLowerBound() ? "at least " : "").append(range(b.pmiMin(), b.pmiMax()))
                    .append(" kg raw materials per kg of product\n");
        }
        if (b.costMax() != null) {
            sb.append("Raw-material cost: ").append(range(b.costMin(), b.costMax())).append(' ').append(b.currency())
                    .append(" per kg of product (priced materials only)\n");
        }
        for (StageSheet s : b.stages()) {
            sb.append("\nStage ").append(s.stage()).append(": ").append(s.name() == null ? "" : s.name()).append('\n');
            sb.append("  scale factor ").append(range(s.factorMin(), s.factorMax())).append(" (yield: ")
                    .append(s.yieldBasis()).append(")\n");
            sb.append("  makes ").append(range(s.productKgMin(), s.productKgMax())).append(" kg");
            if (s.pmi() != null) {
                sb.append("; stage PMI ").append(fmt(s.pmi()));
            }
            if (s.hoursHigh() != null) {
                sb.append("; printed operation times ").append(range(s.hoursLow(), s.hoursHigh()))
                        .append(" h per batch (charging and heat transfer at scale not included)");
            }
            sb.append('\n');
            if (s.workingLMax() != null && s.workingLMax() > 0) {
                sb.append("  ").append(s.vesselNote() != null ? s.vesselNote() : "working volume "
                        + (s.workingExact() ? "" : "at least ") + fmt(s.workingLMax()) + " L").append('\n');
            }
            sb.append("  Bill of materials:\n");
            for (BomLine m : s.bom()) {
                sb.append("    ").append(m.substance()).append(" [").append(m.kind()).append("] ")
                        .append(m.partial() && m.kgMax() != null ? "at least " : "")
                        .append(m.kgMax() == null ? "mass not known" : range(m.kgMin(), m.kgMax()) + " kg")
                        .append(m.litresMax() == null ? "" : " = " + range(m.litresMin(), m.litresMax()) + " L");
                if (m.density() != null) {
                    sb.append(" (").append(m.density()).append(" g/mL").append(m.strengthPct() == null ? ""
                            : ", " + fmt(m.strengthPct()) + " % w/w").append(": ").append(m.densitySource())
                            .append(')');
                }
                if (m.costMax() != null) {
                    sb.append("; ").append(range(m.costMin(), m.costMax())).append(' ').append(b.currency());
                }
                sb.append('\n');
            }
            sb.append("  Batch record").append(s.batches() != null && s.batches() > 1 ? " (run " + s.batches()
                    + " times; charges and volumes per batch)" : "").append(":\n");
            for (RecordEntry e : s.record()) {
                sb.append("    ").append(e.seq()).append(". ").append(e.step()).append('.').append(e.operation() + 1)
                        .append(' ').append(e.type());
                StringBuilder cond = new StringBuilder();
                append(cond, e.temperature());
                append(cond, e.duration());
                append(cond, e.pH() == null ? null : "pH " + e.pH());
                if (cond.length() > 0) {
                    sb.append(" (").append(cond).append(')');
                }
                if (e.workingLMax() != null && e.workingLMax() > 0) {
                    int n = s.batches() == null ? 1 : s.batches();
                    sb.append(" — vessel ").append(e.workingExact() ? "" : "≥ ").append(range(e.workingLMin() / n,
                            e.workingLMax() / n)).append(" L").append(n > 1 ? " per batch" : "")
                            .append(e.fillPct() == null ? "" : ", " + fmt(e.fillPct()) + " % fill");
                }
                sb.append("  [route line ").append(e.fileLine()).append("]\n");
                for (String c : e.charges()) {
                    sb.append("         + ").append(c).append('\n');
                }
                if (e.holdPoint() != null) {
                    sb.append("         HOLD POINT: ").append(e.holdPoint()).append('\n');
                }
                sb.append("         \"").append(e.quote()).append("\"\n");
            }
            sb.append("  Line items (trace):\n");
            for (Line l : s.lines()) {
                sb.append("    ").append(l.path()).append(" (").append(l.file()).append(':').append(l.fileLine())
                        .append(") ").append(l.substance()).append(": printed ").append(l.printed().isEmpty()
                        ? "no amount" : l.printed()).append(" → ")
                        .append(l.kgMax() == null ? "" : range(l.kgMin(), l.kgMax()) + " kg ")
                        .append(l.litresMax() == null ? "" : range(l.litresMin(), l.litresMax()) + " L")
                        .append(" \"").append(l.quote()).append("\"\n");
            }
            sb.append("  Waste:\n");
            for (Waste w : s.waste()) {
                sb.append("    ").append(w.stream()).append(": ").append(range(w.kgMin(), w.kgMax())).append(" kg (")
                        .append(w.basis()).append(")\n");
            }
            for (String n : s.notes()) {
                sb.append("  note: ").append(n).append('\n');
            }
        }
        for (String n : b.notes()) {
            sb.append("note: ").append(n).append('\n');
        }
        return sb.toString();
    }

    private static void append(StringBuilder sb, String s) {
        if (s != null) {
            sb.append(sb.length() > 0 ? ", " : "").append(s);
        }
    }

    private static String fmt(double v) {
        return ScaleUp.fmt(v);
    }
}
