package reflux.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import reflux.model.quantity.Quantity;
import reflux.model.quantity.Range;
import reflux.model.route.Charge;
import reflux.model.route.Operation;
import reflux.model.route.OperationType;
import reflux.model.route.Outcome;
import reflux.model.route.Role;
import reflux.model.route.Stage;
import reflux.model.route.Step;
import reflux.model.route.SubstanceRef;
import reflux.model.run.StageRun;

/**
 * Writes a route as an Open Reaction Database {@code Dataset} in protobuf's JSON mapping ({@code dataset.proto},
 * {@code reaction.proto}): one {@code Reaction} per stage run, its inputs keyed by charge, conditions, the work-up,
 * outcomes with products, analyses and the engine's by-products ({@link OrdOutcomes}), and provenance; a stage that
 * takes an earlier stage's product names it as a {@code crude_component}. What ORD has no field for (the verdict
 * of the run, the operation sequence with its quotes) goes where ORD keeps free data: {@code notes.procedure_details}
 * and {@code provenance.reaction_metadata} (README, "ORD export"). Thread-safe.
 *
 * <pre>{@code
 * String json = new OrdDataset().json(RouteExport.of(route, null, executor, structures, file, info));
 * }</pre>
 */
public final class OrdDataset {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    /** Operations that may follow the last reactant charge and still belong to the reaction, not its work-up. */
    private static final Set<OperationType> REACTION_PHASE = Set.of(OperationType.STIR, OperationType.HEAT,
            OperationType.COOL, OperationType.MONITOR);

    private final OrdVocabulary vocabulary;
    private final OrdOutcomes outcomes;

    /** A writer with the shipped vocabulary. */
    public OrdDataset() {
        this(OrdVocabulary.standard());
    }

    /** A writer with {@code vocabulary}. */
    public OrdDataset(OrdVocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.outcomes = new OrdOutcomes(vocabulary);
    }

    /** The dataset as indented JSON text (with a final newline). */
    public String json(RouteExport x) {
        try {
            return JSON.writeValueAsString(dataset(x)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("JSON tree not serialisable", e);
        }
    }

    /** The {@code Dataset}: name, description and one reaction per stage run. */
    public ObjectNode dataset(RouteExport x) {
        ObjectNode d = JSON.createObjectNode();
        d.put("name", x.route().title() != null ? x.route().title() : x.route().id());
        StringBuilder desc = new StringBuilder("Reflux route " + x.route().id());
        if (x.variant() != null) {
            desc.append(", variant ").append(x.variant().id());
            if (x.variant().description() != null) {
                desc.append(" (").append(x.variant().description()).append(')');
            }
        }
        desc.append(": ").append(x.run().stages().size()).append(" stage(s), one Reaction each.");
        x.route().notes().forEach(n -> desc.append(' ').append(n));
        d.put("description", desc.toString());
        Links links = links(x);
        ArrayNode reactions = d.putArray("reactions");
        for (Stage s : x.stages()) {
            reactions.add(reaction(x, s, links));
        }
        return d;
    }

    /** The deterministic ORD reaction id of a stage ({@code ord-} and 32 hex digits, as ORD ids are written). */
    public static String reactionId(RouteExport x, String stageId) {
        String key = x.route().id() + "\u0000" + (x.variant() == null ? "" : x.variant().id()) + "\u0000" + stageId;
        return "ord-" + UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString().replace("-", "");
    }

    /** Where a {@code from} reference points: an outcome or a stream, and the stage that made it. */
    private record Made(String stageId, boolean isolated) {
    }

    private record Links(Map<String, Made> byId) {
    }

    private static Links links(RouteExport x) {
        Map<String, Made> m = new HashMap<>();
        for (Stage s : x.stages()) {
            for (Step step : s.steps()) {
                for (Operation op : step.operations()) {
                    if (op.produces() != null) {
                        m.put(op.produces(), new Made(s.id(), false));
                    }
                }
            }
            for (Outcome o : s.outcomes()) {
                m.put(o.id(), new Made(s.id(), o.isolated()));
            }
        }
        return new Links(m);
    }

    private ObjectNode reaction(RouteExport x, Stage stage, Links links) {
        StageRun run = x.stageRun(stage.id()).orElseThrow();
        ObjectNode r = JSON.createObjectNode();
        ArrayNode ids = r.putArray("identifiers");
        ids.addObject().put("type", "CUSTOM").put("details", "Reflux route#stage")
                .put("value", x.route().id() + "#" + stage.id());
        if (stage.name() != null) {
            ids.addObject().put("type", "CUSTOM").put("details", "stage title as printed").put("value", stage.name());
        }
        String smiles = OrdOutcomes.reactionSmiles(run);
        if (smiles != null) {
            ids.addObject().put("type", "REACTION_SMILES").put("value", smiles)
                    .put("details", "balanced stage equation derived forward by Reflux's reaction rules"
                            + (run.rules().isEmpty() ? "" : " (" + String.join(", ", run.rules()) + ")")
                            + ": what the equation consumes >> its products and by-products (coefficients in"
                            + " provenance.reactionMetadata.reflux_equation)");
        }
        List<Operation> ops = new ArrayList<>();
        List<String> stepOf = new ArrayList<>();
        for (Step step : stage.steps()) {
            for (Operation op : step.operations()) {
                ops.add(op);
                stepOf.add(step.id());
            }
        }
        int workupFrom = workupStart(ops);
        ObjectNode inputs = r.putObject("inputs");
        Map<String, Integer> keys = new HashMap<>();
        for (int i = 0; i < workupFrom; i++) {
            for (Charge c : ops.get(i).charges()) {
                ObjectNode in = input(x, stage, c, links);
                if (in != null) {
                    in.put("additionOrder", i + 1);
                    OrdConditions.addition(vocabulary, in, ops.get(i));
                    inputs.set(key(x, c, keys), in);
                }
            }
        }
        conditions(r.putObject("conditions"), ops.subList(0, workupFrom));
        r.putObject("notes").put("procedureDetails", procedure(x, stage, ops, stepOf, workupFrom));
        ArrayNode workups = r.putArray("workups");
        for (int i = workupFrom; i < ops.size(); i++) {
            workups.add(workup(x, stage, ops.get(i), links));
        }
        outcomes.outcomes(r.putArray("outcomes"), x, stage, run, OrdConditions.reactionTime(vocabulary, ops, workupFrom));
        provenance(r.putObject("provenance"), x, stage, run);
        r.put("reactionId", reactionId(x, stage.id()));
        return r;
    }

    /**
     * Index of the first work-up operation: the reaction runs to the last operation that charges a reactant and on
     * through the stirring, heating and cooling right after it; the first other operation starts the work-up.
     */
    static int workupStart(List<Operation> ops) {
        int last = -1;
        for (int i = 0; i < ops.size(); i++) {
            for (Charge c : ops.get(i).charges()) {
                if (c.role() == Role.REACTANT) {
                    last = i;
                }
            }
        }
        int i = last + 1;
        while (i < ops.size() && REACTION_PHASE.contains(ops.get(i).type())) {
            i++;
        }
        return last < 0 ? ops.size() : i;
    }

    private String key(RouteExport x, Charge c, Map<String, Integer> keys) {
        String name = c.substance() != null ? x.substance(c.substance()).map(SubstanceRef::name).orElse(c.substance())
                : c.from();
        int n = keys.merge(name, 1, Integer::sum);
        return n == 1 ? name : name + " (" + n + ")";
    }

    /** One {@code ReactionInput} for a charge; null for a stream made earlier in the same stage (already inputs). */
    private ObjectNode input(RouteExport x, Stage stage, Charge c, Links links) {
        ObjectNode in = JSON.createObjectNode();
        if (c.from() != null) {
            Made made = links.byId().get(c.from());
            if (made != null && made.stageId().equals(stage.id())) {
                return null;
            }
            if (made != null) {
                ObjectNode crude = in.putArray("crudeComponents").addObject();
                crude.put("reactionId", reactionId(x, made.stageId()));
                crude.put("includesWorkup", made.isolated());
                crude.put("hasDerivedAmount", c.amounts().isEmpty());
                Quantity q = preferred(c.amounts());
                if (q != null) {
                    vocabulary.amount(crude.putObject("amount"), q);
                }
                return in;
            }
            if (c.substance() == null) {
                return null;
            }
        }
        ArrayNode components = in.putArray("components");
        components.add(compound(x, c.substance(), c.role(), c.amounts()));
        for (Charge inner : c.containing()) {
            if (inner.substance() != null) {
                components.add(compound(x, inner.substance(), inner.role(), inner.amounts()));
            }
        }
        return in;
    }

    /** A {@code Compound}: identifiers, one amount (mass, else volume, else moles), role. */
    ObjectNode compound(RouteExport x, String substanceId, Role role, List<Quantity> amounts) {
        ObjectNode c = JSON.createObjectNode();
        OrdVocabulary.identifiers(c.putArray("identifiers"),
                x.substance(substanceId).map(SubstanceRef::name).orElse(substanceId), x.structure(substanceId));
        Quantity q = preferred(amounts);
        if (q != null) {
            vocabulary.amount(c.putObject("amount"), q);
        }
        c.put("reactionRole", OrdVocabulary.role(role));
        return c;
    }

    /** Mass first, then volume, then moles: ORD's {@code Compound.amount} holds one (the rest are in the quotes). */
    Quantity preferred(List<Quantity> amounts) {
        for (String message : List.of("Mass", "Volume", "Moles")) {
            for (Quantity q : amounts) {
                OrdVocabulary.OrdUnit u = vocabulary.unit(q.unit());
                if (u != null && u.message().equals(message)) {
                    return q;
                }
            }
        }
        return null;
    }

    private void conditions(ObjectNode cond, List<Operation> reaction) {
        List<Operation> withT = reaction.stream().filter(o -> o.conditions().temperature() != null).toList();
        Operation main = withT.stream().filter(o -> o.type() == OperationType.STIR || o.type() == OperationType.HEAT)
                .findFirst().orElse(withT.isEmpty() ? null : withT.get(0));
        if (main != null) {
            ObjectNode t = JSON.createObjectNode();
            if (vocabulary.range(t, main.conditions().temperature(), "Temperature")) {
                cond.putObject("temperature").set("setpoint", t);
            }
        }
        Set<String> temps = new LinkedHashSet<>();
        withT.forEach(o -> temps.add(o.conditions().temperature().toString()));
        if (temps.size() > 1) {
            cond.put("conditionsAreDynamic", true);
            cond.put("details", "temperature of the stirred reaction as the setpoint; by operation: "
                    + String.join(", ", temps));
        }
        if (reaction.stream().anyMatch(o -> o.type() == OperationType.STIR)) {
            cond.putObject("stirring").put("type", "UNSPECIFIED").put("details", "stirred (the method is not printed)");
        }
        for (Operation o : reaction) {
            if (o.conditions().atmosphere() != null || o.conditions().pressure() != null) {
                ObjectNode p = cond.putObject("pressure");
                if (o.conditions().atmosphere() != null) {
                    p.set("atmosphere", OrdConditions.atmosphere(o.conditions().atmosphere()));
                }
                if (o.conditions().pressure() != null) {
                    ObjectNode sp = JSON.createObjectNode();
                    if (vocabulary.range(sp, o.conditions().pressure(), "Pressure")) {
                        p.set("setpoint", sp);
                    }
                }
                break;
            }
        }
        reaction.stream().map(o -> o.conditions().pH()).filter(ph -> ph != null && ph.isPoint()).findFirst()
                .ifPresent(ph -> cond.put("ph", ph.low().doubleValue()));
    }

    private ObjectNode workup(RouteExport x, Stage stage, Operation op, Links links) {
        ObjectNode w = JSON.createObjectNode();
        String type = vocabulary.workupType(op.type());
        w.put("type", type == null ? "CUSTOM" : type);
        String what = op.type().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        w.put("details", what + (op.details() == null ? "" : ": " + op.details()));
        if (op.conditions().duration() != null) {
            ObjectNode t = JSON.createObjectNode();
            if (vocabulary.range(t, op.conditions().duration(), "Time")) {
                w.set("duration", t);
            }
        }
        if (op.conditions().temperature() != null) {
            ObjectNode t = JSON.createObjectNode();
            if (vocabulary.range(t, op.conditions().temperature(), "Temperature")) {
                w.putObject("temperature").set("setpoint", t);
            }
        }
        Range ph = op.conditions().pH();
        if (ph != null && ph.isPoint()) {
            w.put("targetPh", ph.low().doubleValue());
        }
        if (!op.charges().isEmpty()) {
            ObjectNode in = JSON.createObjectNode();
            ArrayNode comps = in.putArray("components");
            for (Charge c : op.charges()) {
                if (c.substance() != null) {
                    comps.add(compound(x, c.substance(), c.role(), c.amounts()));
                }
            }
            if (!comps.isEmpty()) {
                w.set("input", in);
            }
        }
        if (op.type() == OperationType.STIR) {
            w.putObject("stirring").put("type", "UNSPECIFIED");
        }
        return w;
    }

    /**
     * The stage as the source prints it, one line per operation in order: step, type, details, conditions, the
     * charges (assumed ones with why), whether it is reaction or work-up, and the quote with its place and offsets.
     */
    private String procedure(RouteExport x, Stage stage, List<Operation> ops, List<String> stepOf, int workupFrom) {
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
                sb.append(" [").append(OrdConditions.text(op.conditions())).append(']');
            }
            List<String> charges = new ArrayList<>();
            for (Charge c : op.charges()) {
                String who = c.substance() != null ? x.substance(c.substance()).map(SubstanceRef::name)
                        .orElse(c.substance()) : c.from();
                String amounts = String.join(", ", c.amounts().stream().map(Quantity::toString).toList());
                charges.add(who + (c.from() != null && c.substance() != null ? " from " + c.from() : "")
                        + (amounts.isEmpty() ? "" : " (" + amounts + ")") + " as " + c.role()
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
            }
        }
        stage.notes().forEach(n -> sb.append("Note: ").append(n).append('\n'));
        return sb.toString().strip();
    }

    private void provenance(ObjectNode p, RouteExport x, Stage stage, StageRun run) {
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
