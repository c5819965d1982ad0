package reflux.route;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import reflux.model.quantity.Quantity;
import reflux.model.route.Analytics;
import reflux.model.route.Charge;
import reflux.model.route.Conditions;
import reflux.model.route.MsPeak;
import reflux.model.route.NmrPeak;
import reflux.model.route.Operation;
import reflux.model.route.Outcome;
import reflux.model.route.Route;
import reflux.model.route.Stage;
import reflux.model.route.Step;
import reflux.model.route.SubstanceRef;
import reflux.model.route.Variant;
import reflux.route.units.QuantityParser;

/**
 * A route as readable text ({@code reflux show}): substances, then each stage with its steps, operations, charges
 * with every amount as printed, conditions, and outcomes with analytics; then the variants. Stateless.
 */
public final class RouteSummary {

    private RouteSummary() {
    }

    /** The summary, lines separated by {@code \n}. Peaks printed together ("3.66 &amp; 4.05 (2d)") show once. */
    public static String text(Route r) {
        StringBuilder sb = new StringBuilder();
        sb.append(r.id()).append(r.title() != null ? " — " + r.title() : "").append('\n');
        sb.append("kind: ").append(lower(r.kind())).append("; schema ").append(r.schema());
        if (!r.documents().isEmpty()) {
            sb.append("; documents: ").append(String.join(", ", r.documents()));
        }
        sb.append('\n');
        r.notes().forEach(n -> sb.append("note: ").append(n).append('\n'));
        sb.append("\nSubstances (").append(r.substances().size()).append("):\n");
        for (SubstanceRef s : r.substances()) {
            sb.append("  ").append(s.id()).append(": ").append(s.name());
            if (s.form() != null) {
                sb.append(" [form: ").append(s.form()).append(']');
            }
            if (s.grade() != null) {
                sb.append(" [").append(s.grade()).append(']');
            }
            if (s.smiles() != null) {
                sb.append(" {SMILES ").append(s.smiles()).append('}');
            }
            sb.append('\n');
        }
        for (Stage st : r.stages()) {
            stage(sb, r, st);
        }
        if (!r.variants().isEmpty()) {
            sb.append("\nVariants (").append(r.variants().size()).append("):\n");
            for (Variant v : r.variants()) {
                sb.append("  ").append(v.id());
                if (v.description() != null) {
                    sb.append(": ").append(v.description());
                }
                sb.append('\n');
                if (!v.stages().isEmpty()) {
                    sb.append("    stages: ").append(String.join(" → ", v.stages())).append('\n');
                }
                if (!v.bindings().isEmpty()) {
                    sb.append("    bindings: ").append(new java.util.TreeMap<>(v.bindings())).append('\n');
                }
                if (!v.substances().isEmpty()) {
                    sb.append("    substitutes: ").append(v.substances().entrySet().stream()
                            .map(e -> e.getKey() + " → " + e.getValue()).sorted()
                            .collect(Collectors.joining(", "))).append('\n');
                }
            }
        }
        return sb.toString();
    }

    private static void stage(StringBuilder sb, Route r, Stage st) {
        sb.append("\nStage ").append(st.id());
        if (st.name() != null) {
            sb.append(": ").append(st.name());
        }
        if (st.optional()) {
            sb.append(" (optional)");
        }
        sb.append('\n');
        if (!st.reactants().isEmpty() || st.product() != null) {
            sb.append("  ").append(String.join(" + ", st.reactants())).append(" → ")
                    .append(st.product() == null ? "?" : st.product()).append('\n');
        }
        if (!st.rules().isEmpty()) {
            sb.append("  rules: ").append(String.join(", ", st.rules())).append('\n');
        }
        st.notes().forEach(n -> sb.append("  note: ").append(n).append('\n'));
        for (Step step : st.steps()) {
            sb.append("  Step ").append(step.id());
            if (step.name() != null) {
                sb.append(": ").append(step.name());
            }
            sb.append('\n');
            int i = 1;
            for (Operation op : step.operations()) {
                operation(sb, op, i++);
            }
        }
        for (Outcome o : st.outcomes()) {
            outcome(sb, o);
        }
    }

    private static void operation(StringBuilder sb, Operation op, int n) {
        sb.append("    ").append(n).append(". ").append(lower(op.type()).replace('_', ' '));
        String cond = conditions(op.conditions());
        if (!cond.isEmpty()) {
            sb.append(" (").append(cond).append(')');
        }
        if (op.produces() != null) {
            sb.append(" → ").append(op.produces());
        }
        sb.append('\n');
        for (Charge c : op.charges()) {
            charge(sb, c, "       ");
        }
        if (op.details() != null) {
            sb.append("       (").append(op.details()).append(")\n");
        }
    }

    private static void charge(StringBuilder sb, Charge c, String indent) {
        sb.append(indent).append("- ");
        if (c.from() != null) {
            sb.append("from ").append(c.from());
            if (c.substance() != null) {
                sb.append(" (").append(c.substance()).append(')');
            }
        } else {
            sb.append(c.substance());
        }
        sb.append(" [").append(lower(c.role())).append(']');
        if (!c.amounts().isEmpty()) {
            sb.append(' ').append(amounts(c.amounts()));
        }
        sb.append('\n');
        if (!c.containing().isEmpty()) {
            sb.append(indent).append("  containing:\n");
            for (Charge inner : c.containing()) {
                charge(sb, inner, indent + "    ");
            }
        }
    }

    private static void outcome(StringBuilder sb, Outcome o) {
        sb.append("  Outcome ").append(o.id()).append(": ").append(o.substance())
                .append(o.isolated() ? " (isolated)" : " (in situ)");
        if (!o.amounts().isEmpty()) {
            sb.append(' ').append(amounts(o.amounts()));
        }
        if (o.statedYield() != null) {
            sb.append(", yield ").append(QuantityParser.format(o.statedYield()));
        }
        sb.append('\n');
        Analytics a = o.analytics();
        if (a.hplcPurity() != null) {
            sb.append("    HPLC purity: ").append(plain(a.hplcPurity())).append(" %\n");
        }
        if (!a.nmr().isEmpty()) {
            List<String> head = new ArrayList<>();
            if (a.nmrFrequencyMHz() != null) {
                head.add(plain(a.nmrFrequencyMHz()) + " MHz");
            }
            if (a.nmrSolvent() != null) {
                head.add(a.nmrSolvent());
            }
            sb.append("    ").append(a.nmrNucleus() == null ? "" : a.nmrNucleus() + " ").append("NMR")
                    .append(head.isEmpty() ? "" : " (" + String.join(", ", head) + ")").append(": ")
                    .append(a.nmr().stream().map(RouteSummary::nmr).distinct().collect(Collectors.joining("; ")))
                    .append('\n');
        }
        if (!a.irBands().isEmpty()) {
            sb.append("    IR").append(a.irMedium() == null ? "" : " (" + a.irMedium() + ")").append(": ")
                    .append(a.irBands().stream().map(RouteSummary::plain).collect(Collectors.joining(", ")))
                    .append(" cm-1\n");
        }
        if (!a.ms().isEmpty()) {
            sb.append("    MS: ").append(a.ms().stream().map(RouteSummary::ms).distinct().collect(Collectors.joining("; ")))
                    .append('\n');
        }
        o.notes().forEach(n -> sb.append("    note: ").append(n).append('\n'));
    }

    private static String nmr(NmrPeak p) {
        if (p.text() != null) {
            return p.text();
        }
        return plain(p.shift()) + (p.shiftHigh() != null ? "-" + plain(p.shiftHigh()) : "") + " ("
                + (p.multiplicity() == null ? "" : p.multiplicity()) + (p.protons() != null ? ", " + p.protons()
                + "H" : "") + ")";
    }

    private static String ms(MsPeak p) {
        return p.text() != null ? p.text() : plain(p.mz()) + (p.label() != null ? " " + p.label() : "");
    }

    private static String conditions(Conditions c) {
        List<String> parts = new ArrayList<>();
        if (c.temperature() != null) {
            parts.add(QuantityParser.format(c.temperature()));
        }
        if (c.duration() != null) {
            parts.add(QuantityParser.format(c.duration()));
        }
        if (c.pH() != null) {
            parts.add("pH " + QuantityParser.format(c.pH()));
        }
        if (c.pressure() != null) {
            parts.add(QuantityParser.format(c.pressure()));
        }
        if (c.atmosphere() != null) {
            parts.add("under " + c.atmosphere());
        }
        return String.join(", ", parts);
    }

    private static String amounts(List<Quantity> qs) {
        return qs.stream().map(QuantityParser::format).collect(Collectors.joining(", "));
    }

    private static String plain(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
