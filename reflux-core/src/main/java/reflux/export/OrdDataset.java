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
        return json(List.of(x));
    }

    /** One dataset of several exports (the variants of a claims route) as indented JSON text. */
    public String json(List<RouteExport> xs) {
        try {
            return JSON.writeValueAsString(dataset(xs)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("JSON tree not serialisable", e);
        }
    }

    /** The {@code Dataset}: name, description and one reaction per stage run of each export (non-empty list). */
    public ObjectNode dataset(List<RouteExport> xs) {
        ObjectNode d = JSON.createObjectNode();
        RouteExport first = xs.get(0);
        d.put("name", first.route().title() != null ? first.route().title() : first.route().id());
        StringBuilder desc = new StringBuilder("Reflux route " + first.route().id() + ": one Reaction per stage");
        for (RouteExport x : xs) {
            if (x.variant() != null) {
                desc.append("; variant ").append(x.variant().id());
                if (x.variant().description() != null) {
                    desc.append(" (").append(x.variant().description()).append(')');
                }
            }
            desc.append("; stages ").append(String.join(", ", x.run().stages().stream().map(StageRun::stageId)
                    .toList()));
        }
        desc.append('.');
        first.route().notes().forEach(n -> desc.append(' ').append(n));
        d.put("description", desc.toString());
        ArrayNode reactions = d.putArray("reactions");
        for (RouteExport x : xs) {
            Links links = links(x);
            for (Stage s : x.stages()) {
                reactions.add(reaction(x, s, links));
            }
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
                .put("value", x.route().id() + "#" + stage.id() + (x.variant() == null ? "" : "@" + x.variant().id()));
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
        r.putObject("notes").put("procedureDetails", OrdNotes.procedure(x, stage, ops, stepOf, workupFrom));
        ArrayNode workups = r.putArray("workups");
        for (int i = workupFrom; i < ops.size(); i++) {
            workups.add(workup(x, stage, ops.get(i), links));
        }
        outcomes.outcomes(r.putArray("outcomes"), x, stage, run, OrdConditions.reactionTime(vocabulary, ops, workupFrom));
        OrdNotes.provenance(r.putObject("provenance"), x, stage, run);
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
        ObjectNode carrier = compound(x, c.substance(), c.role(), c.amounts());
        if (!c.containing().isEmpty()) {
            // "a solution containing 26.72 g X": the carrier is known by its name only; X carries the structure
            ArrayNode ids = carrier.putArray("identifiers");
            ids.addObject().put("type", "NAME").put("value", x.substance(c.substance()).map(SubstanceRef::name)
                    .orElse(c.substance()));
        }
        components.add(carrier);
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
}
