package reflux.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import reflux.model.route.Charge;
import reflux.model.route.Operation;
import reflux.model.route.Outcome;
import reflux.model.route.Route;
import reflux.model.route.Stage;
import reflux.model.route.Step;
import reflux.model.route.SubstanceRef;
import reflux.model.run.RunResult;
import reflux.model.run.StageRun;

/**
 * What every checker of one audit shares: the route, the run (null when not executed), the structures of its
 * substances (parsed once), every charge located with its path, and the amounts resolved to g and mol. Not
 * thread-safe; one per audit.
 */
final class AuditContext {

    private final Route route;
    private final RunResult run;
    private final SubstanceStructures structures;
    private final AuditData data;
    private final AuditCache cache;
    private final reflux.model.route.Variant variant;
    private final Map<String, Optional<Material>> materials = new HashMap<>();
    private final Map<ChargeRef, ResolvedAmount> resolved = new java.util.IdentityHashMap<>();
    private final List<ChargeRef> charges;

    AuditContext(Route route, RunResult run, SubstanceStructures structures, AuditData data, AuditCache cache) {
        this.cache = cache;
        this.variant = run == null || run.variantId() == null ? null : route.variants().stream()
                .filter(v -> v.id().equals(run.variantId())).findFirst().orElse(null);
        this.route = route;
        this.run = run;
        this.structures = structures;
        this.data = data;
        this.charges = locate(route);
    }

    Route route() {
        return route;
    }

    /** The run, or null when the route was not executed. */
    RunResult run() {
        return run;
    }

    AuditData data() {
        return data;
    }

    /** Every charge of the route in order (including the materials a solution is printed to contain). */
    List<ChargeRef> charges() {
        return charges;
    }

    /** The charges of one stage. */
    List<ChargeRef> charges(Stage stage) {
        return charges.stream().filter(c -> c.stage() == stage).toList();
    }

    /** The run of a stage, if executed. */
    Optional<StageRun> stageRun(Stage stage) {
        if (run == null) {
            return Optional.empty();
        }
        return run.stages().stream().filter(s -> s.stageId().equals(stage.id())).findFirst();
    }

    /** The substance in its declared form, taken apart; empty when no structure is known. */
    Optional<Material> material(String substanceId) {
        if (substanceId == null) {
            return Optional.empty();
        }
        return materials.computeIfAbsent(substanceId,
                id -> structures.smiles(route, variant, id).flatMap(cache::material));
    }

    /** Memoised chemistry shared across audits. */
    AuditCache cache() {
        return cache;
    }

    Optional<SubstanceRef> substance(String id) {
        return id == null ? Optional.empty() : route.substance(id);
    }

    /** The outcome with this id anywhere in the route. */
    Optional<Outcome> outcome(String id) {
        for (Stage s : route.stages()) {
            for (Outcome o : s.outcomes()) {
                if (o.id().equals(id)) {
                    return Optional.of(o);
                }
            }
        }
        return Optional.empty();
    }

    /** The stage whose outcome this is. */
    Optional<Stage> stageOf(Outcome outcome) {
        return route.stages().stream().filter(s -> s.outcomes().contains(outcome)).findFirst();
    }

    /** Path of an outcome. */
    static String outcomePath(Stage stage, Outcome outcome) {
        return "stages[" + stage.id() + "].outcomes[" + outcome.id() + "]";
    }

    /** The isolated outcome of a stage that holds its declared product (or the first isolated one). */
    Optional<Outcome> productOutcome(Stage stage) {
        Optional<Outcome> declared = stage.outcomes().stream()
                .filter(o -> o.isolated() && o.substance().equals(stage.product())).findFirst();
        return declared.isPresent() ? declared : stage.outcomes().stream().filter(Outcome::isolated).findFirst();
    }

    /** Amounts of a charge in g and mol (cached). */
    ResolvedAmount amount(ChargeRef ref) {
        return resolved.computeIfAbsent(ref, r -> ResolvedAmount.of(this, r));
    }

    /** True when the charge is a stage reactant (listed in the stage's reactants, or role REACTANT if none). */
    boolean isReactant(ChargeRef ref) {
        if (ref.containedIn() != null && ref.substanceId() == null) {
            return false;
        }
        Stage stage = ref.stage();
        if (!stage.reactants().isEmpty()) {
            return ref.substanceId() != null && stage.reactants().contains(ref.substanceId());
        }
        return ref.charge().role() == reflux.model.route.Role.REACTANT;
    }

    private static List<ChargeRef> locate(Route route) {
        List<ChargeRef> out = new ArrayList<>();
        for (Stage stage : route.stages()) {
            Set<String> streams = new HashSet<>();
            for (Step step : stage.steps()) {
                for (Operation op : step.operations()) {
                    if (op.produces() != null) {
                        streams.add(op.produces());
                    }
                }
            }
            for (Outcome o : stage.outcomes()) {
                if (!o.isolated()) {
                    streams.add(o.id());
                }
            }
            for (Step step : stage.steps()) {
                List<Operation> ops = step.operations();
                for (int i = 0; i < ops.size(); i++) {
                    List<Charge> cs = ops.get(i).charges();
                    for (int j = 0; j < cs.size(); j++) {
                        String path = "stages[" + stage.id() + "].steps[" + step.id() + "].operations[" + i
                                + "].charges[" + j + "]";
                        add(route, stage, streams, path, cs.get(j), null, out);
                    }
                }
            }
        }
        return List.copyOf(out);
    }

    private static void add(Route route, Stage stage, Set<String> streams, String path, Charge c, Charge parent,
                            List<ChargeRef> out) {
        Outcome from = null;
        Stage fromStage = null;
        String substance = c.substance();
        boolean internal = false;
        if (c.from() != null) {
            for (Stage s : route.stages()) {
                Outcome o = findOutcome(s, c.from());
                if (o != null) {
                    from = o;
                    fromStage = s;
                }
            }
            if (substance == null && from != null) {
                substance = from.substance();
            }
            // a stream made in this stage (solution A, an in-situ outcome) is already counted where it was made
            internal = fromStage == null ? streams.contains(c.from())
                    : fromStage == stage && !from.isolated();
        }
        out.add(new ChargeRef(stage, path, c, substance, from, internal, parent));
        for (int k = 0; k < c.containing().size(); k++) {
            add(route, stage, streams, path + ".containing[" + k + "]", c.containing().get(k), c, out);
        }
    }

    private static Outcome findOutcome(Stage s, String id) {
        return s.outcomes().stream().filter(o -> o.id().equals(id)).findFirst().orElse(null);
    }
}
