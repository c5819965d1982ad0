package reflux.export;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import reflux.model.quantity.Quantity;
import reflux.model.route.Charge;
import reflux.model.route.Operation;
import reflux.model.route.Stage;
import reflux.model.route.Step;
import reflux.model.route.SubstanceRef;
import reflux.model.run.StageRun;

/**
 * What ORD has no field of its own for: the operation sequence with its quotes ({@code notes.procedure_details})
 * and the run's verdict, rules, equation, findings and evidence ({@code provenance.reaction_metadata}), with the
 * export's provenance.
 */
final class OrdNotes {

    private OrdNotes() {
    }

    /**
     * The stage as the source prints it, one line per operation in order: step, type, details, conditions, the
     * charges (assumed ones with why), whether it is reaction or work-up, and the quote with its place and offsets.
     */
    static String procedure(RouteExport x, Stage stage, List<Operation> ops, List<String> stepOf, int workupFrom) {
        StringBuilder sb = new StringBuilder();
        sb.append("Stage ").append(stage.id()).append(stage.name() == null ? "" : ": " + stage.name()).append('\n');
        String step = null;
        for (int i = 0; i < ops.size(); i++) {
            Operation op = ops.get(i);
            if (!stepOf.get(i).equals(step)) {
                step = stepOf.get(i);
                String stepId = step;
                String name = stage.steps().stream().filter(s -> s.id().equals(stepId)).findFirst()
                        .map(Step::name).orElse(null);
                sb.append("Step ").append(step).append(name == null ? "" : ": " + name).append('\n');
            }
            sb.append(i + 1).append(". ").append(op.type()).append(i < workupFrom ? "" : " (work-up)");
            if (op.details() != null) {
                sb.append(", ").append(op.details());
            }
            if (!op.conditions().isEmpty()) {
                sb.append(" [").append(op.conditions().printed()).append(']');
            }
            List<String> charges = new ArrayList<>();
            for (Charge c : op.charges()) {
                String who = c.substance() != null ? x.substance(c.substance()).map(SubstanceRef::name)
                        .orElse(c.substance()) : c.from();
                String amounts = String.join(", ", c.amounts().stream().map(Quantity::toString).toList());
                List<String> inner = new ArrayList<>();
                for (Charge in : c.containing()) {
                    inner.add(x.substance(in.substance()).map(SubstanceRef::name).orElse(String.valueOf(in.substance()))
                            + " " + String.join(", ", in.amounts().stream().map(Quantity::toString).toList()));
                }
                charges.add(who + (c.from() != null && c.substance() != null ? " from " + c.from() : "")
                        + (amounts.isEmpty() ? "" : " (" + amounts + ")")
                        + (inner.isEmpty() ? "" : " (containing " + String.join("; ", inner) + ")") + " as " + c.role()
                        + (c.assumed() == null ? "" : " [assumed: " + c.assumed() + "]"));
            }
            if (!charges.isEmpty()) {
                sb.append(": ").append(String.join("; ", charges));
            }
            if (op.produces() != null) {
                sb.append(" -> ").append(op.produces());
            }
            sb.append('\n');
            if (op.source().quote() != null) {
                sb.append("   \"").append(op.source().quote()).append("\" ").append(OrdConditions.where(op.source()))
                        .append('\n');
            } else {
                for (Charge c : op.charges()) {
                    if (c.source().quote() != null) {
                        sb.append("   \"").append(c.source().quote()).append("\" ")
                                .append(OrdConditions.where(c.source())).append('\n');
                    }
                }
            }
        }
        stage.notes().forEach(n -> sb.append("Note: ").append(n).append('\n'));
        return sb.toString().strip();
    }

    static void provenance(ObjectNode p, RouteExport x, Stage stage, StageRun run) {
        String docs = stage.source().document() != null && x.route().documents().isEmpty()
                ? stage.source().document() : String.join(", ", x.route().documents());
        if (!docs.isEmpty()) {
            p.put("patent", docs);
        }
        ObjectNode created = p.putObject("recordCreated");
        created.putObject("time").put("value", x.info().time().toString());
        if (x.info().person() != null && !x.info().person().isBlank()) {
            created.putObject("person").put("username", x.info().person());
        }
        created.put("details", x.info().software() + " export of route " + x.route().id()
                + (x.file() == null ? "" : " (" + x.file() + ")")
                + (x.variant() == null ? "" : ", variant " + x.variant().id()));
        ObjectNode meta = p.putObject("reactionMetadata");
        data(meta, "reflux_verdict", run.verdict().name(), "in-silico execution: the product derived forward from"
                + " the charges compared with the declared product by InChIKey and CIP stereo");
        if (!run.rules().isEmpty()) {
            data(meta, "reflux_rules", String.join(", ", run.rules()), "reaction rules (SMIRKS) that fired, in order");
        }
        if (run.equation() != null) {
            data(meta, "reflux_equation", run.equation(), run.balanced() ? "atoms and charge balance"
                    : "NOT balanced" + (run.balanceNote() == null ? "" : ": " + run.balanceNote()));
        }
        if (!run.findings().isEmpty()) {
            data(meta, "reflux_findings", String.join("\n", run.findings().stream()
                    .map(f -> f.code().defaultSeverity() + " " + f.code() + ": " + f.message()).toList()),
                    "typed findings of the execution");
        }
        if (!run.evidence().isEmpty()) {
            data(meta, "reflux_evidence", String.join("\n", run.evidence()), "why the verdict is what it is");
        }
        if (stage.source().locator() != null || stage.source().quote() != null) {
            data(meta, "source", (stage.source().locator() == null ? "" : stage.source().locator())
                    + (stage.source().quote() == null ? "" : " \"" + stage.source().quote() + "\""),
                    OrdConditions.where(stage.source()));
        }
    }

    private static void data(ObjectNode map, String key, String value, String description) {
        map.putObject(key).put("stringValue", value).put("description", description);
    }
}
