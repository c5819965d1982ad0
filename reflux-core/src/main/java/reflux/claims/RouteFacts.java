package reflux.claims;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openscience.cdk.exception.InvalidSmilesException;
import org.openscience.cdk.graph.ConnectivityChecker;
import org.openscience.cdk.interfaces.IAtomContainer;
import reflux.chem.Structures;
import reflux.data.TsvTable;
import reflux.engine.RuleApplier;
import reflux.engine.RuleLibrary;
import reflux.model.identity.Resolution;
import reflux.model.route.Charge;
import reflux.model.route.Operation;
import reflux.model.route.OperationType;
import reflux.model.route.Outcome;
import reflux.model.route.Role;
import reflux.model.route.Route;
import reflux.model.route.Stage;
import reflux.model.route.Step;
import reflux.model.route.SubstanceRef;
import reflux.model.route.Variant;
import reflux.model.run.RunResult;
import reflux.model.run.StageRun;
import reflux.route.RouteStructures;
import reflux.route.units.Units;

/**
 * What a claim chart reads from an executed route (one variant): per stage whether it executed, what kind of
 * reaction the engine applied there, the species it consumed, formed (intermediates re-derived by applying the
 * stage's rules in order), declared and isolated, by InChIKey, and the conditions of the reaction in °C. Built
 * from the engine's {@link RunResult}: a stage the engine did not execute contributes only facts marked as such.
 * Immutable.
 */
public final class RouteFacts {

    /** A species the route has at a stage, in a role (REACTANT, PRODUCT, ISOLATED), and how that is known. */
    public record Species(String stage, String role, String substance, String smiles, String inchiKey, String how,
                          boolean executed) {
    }

    /** A stage with its run; {@code kinds} are the reaction kinds of the rules the engine applied. */
    public record StageFact(Stage stage, StageRun run, boolean executed, Set<String> kinds) {
        public String id() {
            return stage.id();
        }

        /** "executed: MATCH" or why not. */
        public String status() {
            return run == null ? "not executed" : executed ? "executed (" + run.verdict() + ")"
                    : "did not execute cleanly (" + run.verdict() + ")";
        }
    }

    /** An operation of a stage with where it is ({@code stages[1].steps[0].operations[2]}). */
    public record Op(StageFact stage, Step step, int index, Operation operation, String path) {
        public String where() {
            return "stage " + stage.id() + " step " + step.id() + " operation " + (index + 1) + " ("
                    + operation.type().name().toLowerCase() + ")";
        }
    }

    private final Route route;
    private final Variant variant;
    private final RunResult run;
    private final List<StageFact> stages;
    private final List<Species> species;

    private RouteFacts(Route route, Variant variant, RunResult run, List<StageFact> stages, List<Species> species) {
        this.route = route;
        this.variant = variant;
        this.run = run;
        this.stages = List.copyOf(stages);
        this.species = List.copyOf(species);
    }

    /** The facts of {@code run} (may be null: nothing executed) of {@code route} under {@code variant}. */
    public static RouteFacts of(Route route, Variant variant, RunResult run, RuleLibrary library) {
        List<StageFact> facts = new ArrayList<>();
        List<Species> species = new ArrayList<>();
        Map<String, List<String>> kinds = kinds();
        List<String> ids = variant != null && !variant.stages().isEmpty() ? variant.stages()
                : route.stages().stream().filter(s -> !s.optional()).map(Stage::id).toList();
        for (String id : ids) {
            Stage stage = route.stage(id).orElse(null);
            if (stage == null) {
                continue;
            }
            StageRun sr = run == null ? null : run.stages().stream().filter(r -> r.stageId().equals(id)).findFirst()
                    .orElse(null);
            boolean ok = sr != null && sr.ok();
            Set<String> k = new LinkedHashSet<>();
            if (sr != null) {
                for (String rule : sr.rules()) {
                    kinds.forEach((kind, prefixes) -> prefixes.stream().filter(rule::startsWith).findAny()
                            .ifPresent(p -> k.add(kind)));
                }
            }
            StageFact f = new StageFact(stage, sr, ok, k);
            facts.add(f);
            if (sr == null) {
                continue;
            }
            sr.inputs().forEach(s -> species.add(new Species(id, "REACTANT", s.substance(), s.smiles(), s.inchiKey(),
                    "charged in stage " + id, ok)));
            sr.products().forEach(s -> species.add(new Species(id, "PRODUCT", s.substance(), s.smiles(),
                    s.inchiKey(), "derived product of stage " + id, ok)));
            if (ok) {
                declared(route, variant, stage, species);
                intermediates(library, id, sr, species);
                String pid = effective(variant, stage.product());
                for (Outcome o : stage.outcomes()) {
                    if (o.isolated() && effective(variant, o.substance()).equals(pid)) {
                        sr.products().forEach(s -> species.add(new Species(id, "ISOLATED", s.substance(), s.smiles(),
                                s.inchiKey(), "isolated in stage " + id + " (outcome " + o.id() + quote(o.source()
                                .quote()) + ")", true)));
                    }
                }
            }
        }
        return new RouteFacts(route, variant, run, facts, species);
    }

    /**
     * The charges of a stage in the form the route declares them (a hydrate keeps its water, which the engine's
     * species drop); charges the route marks as assumed are left out.
     */
    private static void declared(Route route, Variant variant, Stage stage, List<Species> out) {
        for (Step step : stage.steps()) {
            for (Operation op : step.operations()) {
                for (Charge c : op.charges()) {
                    if (c.substance() == null || c.assumed() != null) {
                        continue;
                    }
                    String id = effective(variant, c.substance());
                    SubstanceRef ref = route.substance(id).orElse(null);
                    Resolution r = ref == null ? null : RouteStructures.standard().resolve(route, ref, variant);
                    String key = r == null || r.smiles() == null ? null : Query.keyOf(r.smiles());
                    if (key != null) {
                        out.add(new Species(stage.id(), "REACTANT", id, r.smiles(), key, "charged in stage "
                                + stage.id() + " step " + step.id() + " in its declared form", true));
                    }
                }
            }
        }
    }

    private static String quote(String q) {
        return q == null ? "" : ": \"" + q + "\"";
    }

    private static final int MAX_SPECIES = 40;

    /**
     * In-situ species: each of the stage's rules, in the engine's order, applied to every single species and every
     * pair of species known so far (inputs, then what earlier rules formed); each new molecule is recorded. Pairs
     * rather than one pot: a stage's steps keep reagents apart (solution A, solution B) that one pot would mix.
     */
    private static void intermediates(RuleLibrary library, String id, StageRun sr, List<Species> out) {
        List<String> known = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (var s : sr.inputs()) {
            known.add(s.smiles());
            seen.add(s.inchiKey());
        }
        for (String rule : sr.rules()) {
            List<String> snapshot = List.copyOf(known);
            for (int i = 0; i < snapshot.size(); i++) {
                for (int j = i; j < snapshot.size(); j++) {
                    String pot = i == j ? snapshot.get(i) : snapshot.get(i) + "." + snapshot.get(j);
                    for (String made : apply(library, rule, pot)) {
                        String key = Query.keyOf(made);
                        if (key != null && seen.add(key) && known.size() < MAX_SPECIES) {
                            known.add(made);
                            out.add(new Species(id, "INTERMEDIATE", null, made, key, "formed in situ in stage " + id
                                    + " by rule " + rule + " (re-derived from the stage's species)", true));
                        }
                    }
                }
            }
        }
    }

    /** The molecules (salts kept together with their counter-ions) a rule makes from a pot, or none. */
    private static List<String> apply(RuleLibrary library, String rule, String pot) {
        try {
            RuleApplier.Application a = RuleApplier.apply(library, rule, Structures.parseSmiles(pot));
            if (a == null || !a.applied()) {
                return List.of();
            }
            List<String> out = new ArrayList<>();
            List<String> ions = new ArrayList<>();
            for (IAtomContainer part : ConnectivityChecker.partitionIntoMolecules(a.pot()).atomContainers()) {
                String smi = Structures.canonicalSmiles(part);
                int charge = 0;
                for (var atom : part.atoms()) {
                    charge += atom.getFormalCharge() == null ? 0 : atom.getFormalCharge();
                }
                (charge < 0 && part.getAtomCount() == 1 ? ions : out).add(smi);
            }
            // a cation takes the pot's halide counter-ions back, so salts compare as the route writes them
            List<String> withIons = new ArrayList<>();
            for (String m : out) {
                int q = Query.formulaOf(m).getOrDefault("+", 0);
                StringBuilder sb = new StringBuilder(m);
                for (int k = 0; k < q && k < ions.size(); k++) {
                    sb.append('.').append(ions.get(k));
                }
                withIons.add(sb.toString());
            }
            return withIons;
        } catch (InvalidSmilesException | RuntimeException e) {
            return List.of();
        }
    }

    static String effective(Variant variant, String id) {
        return variant == null || id == null ? id : variant.substances().getOrDefault(id, id);
    }

    private static Map<String, List<String>> kinds() {
        Map<String, List<String>> m = new java.util.LinkedHashMap<>();
        for (TsvTable.Row r : TsvTable.load("/reflux/claims/reaction-kinds.tsv", "kind", "rule_prefix", "source")) {
            m.computeIfAbsent(r.get("kind"), k -> new ArrayList<>()).add(r.get("rule_prefix"));
        }
        return m;
    }

    public Route route() {
        return route;
    }

    public Variant variant() {
        return variant;
    }

    public RunResult run() {
        return run;
    }

    public List<StageFact> stages() {
        return stages;
    }

    /** Stages of a reaction kind ("any": all). */
    public List<StageFact> stages(String kind) {
        if (kind == null || kind.equals("any")) {
            return stages;
        }
        return stages.stream().filter(s -> s.kinds().contains(kind)).toList();
    }

    /** Species in a role ("MADE": product, intermediate or isolated; "REACTANT": charged or intermediate). */
    public List<Species> species(String role, String kind) {
        Set<String> ids = new LinkedHashSet<>();
        stages(kind).forEach(s -> ids.add(s.id()));
        return species.stream().filter(s -> ids.contains(s.stage())).filter(s -> switch (role) {
            case "REACTANT" -> s.role().equals("REACTANT") || s.role().equals("INTERMEDIATE");
            case "PRODUCT" -> s.role().equals("PRODUCT") || s.role().equals("INTERMEDIATE");
            case "ISOLATED" -> s.role().equals("ISOLATED");
            default -> true;
        }).toList();
    }

    /** Every operation of a stage, in order. */
    public List<Op> operations(StageFact stage) {
        List<Op> out = new ArrayList<>();
        int si = route.stages().indexOf(stage.stage());
        for (int i = 0; i < stage.stage().steps().size(); i++) {
            Step step = stage.stage().steps().get(i);
            for (int j = 0; j < step.operations().size(); j++) {
                out.add(new Op(stage, step, j, step.operations().get(j), "stages[" + si + "].steps[" + i
                        + "].operations[" + j + "]"));
            }
        }
        return out;
    }

    /**
     * The operations during which the reaction runs: from the last operation that charges a reactant through the
     * stirring, heating and reactant additions that follow it, up to the first work-up operation.
     */
    public List<Op> reactionWindow(StageFact stage) {
        List<Op> ops = operations(stage);
        int start = -1;
        for (int i = 0; i < ops.size(); i++) {
            if (ops.get(i).operation().charges().stream().anyMatch(c -> c.role() == Role.REACTANT)) {
                start = i;
            }
        }
        if (start < 0) {
            return List.of();
        }
        List<Op> out = new ArrayList<>();
        out.add(ops.get(start));
        for (int i = start + 1; i < ops.size(); i++) {
            OperationType t = ops.get(i).operation().type();
            if (t != OperationType.STIR && t != OperationType.HEAT) {
                break;
            }
            out.add(ops.get(i));
        }
        return out;
    }

    /** Low and high of a temperature range in °C. */
    public static double[] celsius(reflux.model.quantity.Range r) {
        return new double[] {Units.toBase(r.low()), Units.toBase(r.high())};
    }

    /** The structure (InChIKey) of a charge's substance under the variant, or null. */
    public String inchiKey(Charge c) {
        if (c.substance() == null) {
            return null;
        }
        String id = effective(variant, c.substance());
        if (run != null) {
            for (StageRun sr : run.stages()) {
                for (var s : sr.inputs()) {
                    if (id.equals(s.substance())) {
                        return s.inchiKey();
                    }
                }
            }
        }
        SubstanceRef ref = route.substance(id).orElse(null);
        if (ref == null) {
            return null;
        }
        Resolution r = RouteStructures.standard().resolve(route, ref, variant);
        return r == null || r.smiles() == null ? null : Query.keyOf(r.smiles());
    }

    /** The printed name of a charge's substance, or the stream it comes from. */
    public String name(Charge c) {
        if (c.substance() == null) {
            return c.from();
        }
        return route.substance(effective(variant, c.substance())).map(SubstanceRef::name).orElse(c.substance());
    }
}
