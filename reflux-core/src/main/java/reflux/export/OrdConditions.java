package reflux.export;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import reflux.model.quantity.Range;
import reflux.model.route.Conditions;
import reflux.model.route.Operation;
import reflux.model.route.OperationType;
import reflux.model.route.Provenance;
import reflux.route.units.Units;

/** ORD condition pieces of route operations: addition details, reaction time, atmosphere, readable text. */
final class OrdConditions {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** ORD's {@code Atmosphere.AtmosphereType} names (reaction.proto). */
    private static final Set<String> ATMOSPHERES = Set.of("AIR", "NITROGEN", "ARGON", "OXYGEN", "HYDROGEN",
            "CARBON_MONOXIDE", "CARBON_DIOXIDE", "METHANE", "AMMONIA", "OZONE", "ETHYLENE", "ACETYLENE");

    private OrdConditions() {
    }

    /** The addition temperature and, for an ADD, its duration ({@code ReactionInput.addition_*}). */
    static void addition(OrdVocabulary v, ObjectNode input, Operation op) {
        Conditions c = op.conditions();
        if (c.temperature() != null) {
            ObjectNode t = NODES.objectNode();
            if (v.range(t, c.temperature(), "Temperature")) {
                input.set("additionTemperature", t);
            }
        }
        if (op.type() == OperationType.ADD && c.duration() != null) {
            ObjectNode t = NODES.objectNode();
            if (v.range(t, c.duration(), "Time")) {
                input.set("additionDuration", t);
            }
        }
    }

    /**
     * The time the reaction runs: the durations of the stirring and heating after the last reactant charge, summed
     * (ranges as ranges); null when none is printed. One unit when they share one, else minutes.
     */
    static ObjectNode reactionTime(OrdVocabulary v, List<Operation> ops, int workupFrom) {
        int last = -1;
        for (int i = 0; i < workupFrom; i++) {
            if (ops.get(i).charges().stream().anyMatch(c -> c.role() == reflux.model.route.Role.REACTANT)) {
                last = i;
            }
        }
        List<Range> times = new ArrayList<>();
        for (int i = last + 1; i < workupFrom; i++) {
            Operation op = ops.get(i);
            if ((op.type() == OperationType.STIR || op.type() == OperationType.HEAT) && op.conditions().duration() != null) {
                times.add(op.conditions().duration());
            }
        }
        if (times.isEmpty()) {
            return null;
        }
        String unit = times.get(0).low().unit();
        boolean same = times.stream().allMatch(r -> r.low().unit().equals(unit) && r.high().unit().equals(unit));
        double lo = 0;
        double hi = 0;
        for (Range r : times) {
            lo += same ? r.low().doubleValue() : Units.toBase(r.low()) / 60;
            hi += same ? r.high().doubleValue() : Units.toBase(r.high()) / 60;
        }
        OrdVocabulary.OrdUnit u = v.unit(same ? unit : "min");
        if (u == null || !u.message().equals("Time")) {
            return null;
        }
        ObjectNode t = NODES.objectNode();
        OrdVocabulary.value(t, (lo + hi) / 2 * u.factor(), lo == hi ? null : (hi - lo) / 2 * u.factor(), u.unit());
        return t;
    }

    /** {@code PressureConditions.Atmosphere}: the ORD type when the printed gas is one, else CUSTOM with details. */
    static ObjectNode atmosphere(String printed) {
        String type = printed.trim().toUpperCase(Locale.ROOT).replace(' ', '_');
        ObjectNode a = NODES.objectNode();
        if (ATMOSPHERES.contains(type)) {
            a.put("type", type);
        } else {
            a.put("type", "CUSTOM");
        }
        a.put("details", printed);
        return a;
    }

    /** Where a quote is: {@code (document 001, Example 1, Stage I, chars 14925-15084)}. */
    static String where(Provenance p) {
        List<String> parts = new ArrayList<>();
        if (p.document() != null) {
            parts.add("document " + p.document());
        }
        if (p.locator() != null) {
            parts.add(p.locator());
        }
        if (p.start() != null && p.end() != null) {
            parts.add("chars " + p.start() + "-" + p.end());
        }
        return "(" + String.join(", ", parts) + ")";
    }
}
