package reflux.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import reflux.model.finding.FindingCode;
import reflux.model.identity.Resolution;
import reflux.model.route.Charge;
import reflux.model.route.Operation;
import reflux.model.route.OperationType;
import reflux.model.route.Role;
import reflux.model.route.Route;
import reflux.model.route.Stage;
import reflux.model.route.Step;
import reflux.model.route.Variant;
import reflux.model.run.StageFinding;

/**
 * Walks a stage operation by operation: each step fills its own vessel (a step continues the previous one's vessel
 * unless that one was stored as a named stream), charges go in as they are charged (pot molecules, or agents when
 * they are a rule's reagent, an agent of {@code agents.tsv} or an acid), a {@code from} charge pours in a stream, and
 * after every operation that brings something reactive in, the vessel is derived forward ({@link Derivation}).
 * Where a derivation branches, up to {@link #MAX_BRANCHES} vessels are carried on, best rank first.
 */
final class VesselWalk {

    static final int MAX_BRANCHES = 6;

    /** One possible content of the vessel and the rank of the choices that led to it. */
    record Branch(Vessel vessel, int rank) {
    }

    /** What earlier stages hand on: structures by substance id, vessels by stream or outcome id, failures. */
    record Upstream(Map<String, String> structures, Map<String, List<Branch>> streams, Map<String, String> failed,
                    Map<String, String> streamProducts) {
        static final Upstream NONE = new Upstream(Map.of(), Map.of(), Map.of(), Map.of());
    }

    /** A charged pot substance: its id, role, and the SMILES of its pot components. */
    record Charged(String substance, Role role, String smiles) {
    }

    /** The walk's result: final branches, what was charged, the streams made, findings and evidence. */
    record Walk(List<Branch> branches, List<Charged> charged, Map<String, String> agentIds, Set<String> chargedIds,
                Map<String, List<Branch>> streams, List<StageFinding> findings, List<String> evidence,
                boolean failed, Set<String> upstreamFailures) {
    }

    private static final Set<OperationType> PASSIVE = Set.of(OperationType.WASH, OperationType.EXTRACT,
            OperationType.FILTER, OperationType.DRY, OperationType.CONCENTRATE, OperationType.PHASE_SEPARATE,
            OperationType.DISTIL, OperationType.MONITOR, OperationType.CRYSTALLISE);

    private final Derivation derivation;
    private final FactsCache cache;
    private final EngineData data;
    private final Set<String> agentKeys;

    VesselWalk(Derivation derivation, FactsCache cache, EngineData data, Set<String> agentKeys) {
        this.derivation = derivation;
        this.cache = cache;
        this.data = data;
        this.agentKeys = agentKeys;
    }

    Walk walk(Route route, Variant variant, Stage stage, StructureSource source, Map<String, String> overrides,
              Upstream up) {
        List<StageFinding> findings = new ArrayList<>();
        List<String> evidence = new ArrayList<>();
        List<Charged> charged = new ArrayList<>();
        Map<String, String> agentIds = new LinkedHashMap<>();
        Set<String> chargedIds = new LinkedHashSet<>();
        Set<String> upstreamFailures = new LinkedHashSet<>();
        Map<String, List<Branch>> streams = new LinkedHashMap<>();
        List<Step> steps = stage.steps();
        if (steps.stream().allMatch(s -> s.operations().stream().allMatch(o -> o.charges().isEmpty()))) {
            // a stage that lists its reactants but charges nothing: one charge of them all
            List<Charge> cs = stage.reactants().stream().map(id -> new Charge(id, null, Role.REACTANT, List.of(),
                    List.of(), null)).toList();
            steps = List.of(new Step("(reactants)", null, List.of(new Operation(OperationType.CHARGE, cs, null,
                    null, null, null)), null));
            evidence.add("the stage charges nothing in its operations: its listed reactants are charged together");
        }
        List<Branch> current = List.of(new Branch(Vessel.EMPTY, 0));
        boolean stored = true;
        for (Step step : steps) {
            if (stored) {
                current = List.of(new Branch(Vessel.EMPTY, 0));
            }
            stored = false;
            for (Operation op : step.operations()) {
                boolean reactive = false;
                for (Charge c : op.charges()) {
                    if (c.assumed() != null) {
                        findings.add(new StageFinding(FindingCode.RUN_REAGENT_ASSUMED, "Stage " + stage.id()
                                + ": " + (c.substance() != null ? c.substance() : c.from()) + " is charged although"
                                + " the source does not print it: " + c.assumed()));
                    }
                    if (c.from() != null) {
                        List<Branch> s = streams.get(c.from());
                        boolean upstream = s == null;
                        if (s == null) {
                            s = up.streams().get(c.from());
                            if (up.failed().containsKey(c.from())) {
                                upstreamFailures.add(c.from() + " (stage " + up.failed().get(c.from()) + ")");
                            }
                        }
                        if (s != null && (c.substance() == null || !up.structures().containsKey(
                                StageExecutor.effectiveId(variant, c.substance())))) {
                            current = combine(current, s);
                            reactive = true;
                            evidence.add("stream " + c.from() + " poured in");
                            if (up.streamProducts().containsKey(c.from())) {
                                chargedIds.add(up.streamProducts().get(c.from()));
                            }
                            s.forEach(b -> b.vessel().pot().stream().map(Vessel.Molecule::substance)
                                    .filter(java.util.Objects::nonNull).forEach(chargedIds::add));
                            if (upstream && !s.isEmpty() && !s.get(0).vessel().pot().isEmpty()) {
                                // what an earlier stage hands on enters this stage's equation as one input
                                String potSmiles = s.get(0).vessel().potSmiles();
                                charged.add(new Charged(up.streamProducts().getOrDefault(c.from(), c.from()),
                                        Role.REACTANT, potSmiles));
                            }
                            if (c.substance() != null) {
                                chargedIds.add(StageExecutor.effectiveId(variant, c.substance()));
                            }
                            continue;
                        }
                        if (c.substance() == null) {
                            evidence.add("stream " + c.from() + " is not known here: nothing poured in");
                            continue;
                        }
                    }
                    if (PASSIVE.contains(op.type()) && c.role() != Role.REACTANT) {
                        if (op.type() == OperationType.WASH) {
                            current = wash(current, route, variant, c, source, overrides, evidence);
                        }
                        continue;
                    }
                    String id = StageExecutor.effectiveId(variant, c.substance());
                    String smiles = structure(route, variant, c.substance(), source, overrides, up, evidence,
                            upstreamFailures);
                    if (smiles == null) {
                        findings.add(new StageFinding(FindingCode.RUN_UNRESOLVED, "Stage " + stage.id() + ": '"
                                + id + "' has no structure, so the stage cannot be executed"));
                        return new Walk(List.of(), charged, agentIds, chargedIds, streams, findings, evidence, true,
                                upstreamFailures);
                    }
                    chargedIds.add(id);
                    for (Charge inner : c.containing()) {
                        chargedIds.add(StageExecutor.effectiveId(variant, inner.substance()));
                    }
                    if (!c.containing().isEmpty()) {
                        // a solution of stated content: what reacts is what it contains
                        for (Charge inner : c.containing()) {
                            String s = structure(route, variant, inner.substance(), source, overrides, up, evidence,
                                    upstreamFailures);
                            if (s != null) {
                                Charging ch = charge(current, s, StageExecutor.effectiveId(variant,
                                        inner.substance()), c.role(), charged, agentIds, evidence);
                                reactive |= ch.reactive();
                                current = ch.branches();
                            }
                        }
                        continue;
                    }
                    Charging ch = charge(current, smiles, id, c.role(), charged, agentIds, evidence);
                    reactive |= ch.reactive();
                    current = ch.branches();
                }
                if (op.type() == OperationType.ION_EXCHANGE) {
                    current = derive(current, Derivation.Mode.EXCHANGE, evidence);
                }
                if (reactive) {
                    current = derive(current, Derivation.Mode.REACTIONS, evidence);
                }
                if (op.produces() != null) {
                    streams.put(op.produces(), current);
                    stored = true;
                }
            }
        }
        return new Walk(current, charged, agentIds, chargedIds, streams, findings, evidence, false, upstreamFailures);
    }

    /** The branches after a charge, and whether something reactive came in. */
    private record Charging(List<Branch> branches, boolean reactive) {
    }

    /** Charges one substance into every branch. */
    private Charging charge(List<Branch> branches, String smiles, String id, Role role, List<Charged> charged,
                            Map<String, String> agentIds, List<String> evidence) {
        List<String> potParts = new ArrayList<>();
        List<String[]> agentParts = new ArrayList<>();
        Set<String> componentKeys = new LinkedHashSet<>();
        for (String part : smiles.split("\\.")) {
            String canon = cache.canonical(part);
            String key = cache.key(canon);
            componentKeys.add(key);
            boolean neutral = cache.charge(canon) == 0;
            if (role == Role.SOLVENT || role == Role.CATALYST || (neutral && agentKeys.contains(key))) {
                agentParts.add(new String[] {key, canon});
            } else {
                potParts.add(canon);
            }
        }
        String whole = cache.key(smiles);
        List<Branch> out = new ArrayList<>();
        for (Branch b : branches) {
            Vessel v = b.vessel();
            for (String k : componentKeys) {
                v = v.withAgentSeen(k);
            }
            for (String el : cache.composition(smiles).elements().keySet()) {
                v = v.withAgentSeen("element:" + el);
            }
            if (agentKeys.contains(whole) && role != Role.SOLVENT && smiles.contains(".")) {
                v = v.withAgent(whole, smiles, id);
            }
            for (String[] a : agentParts) {
                v = destroyEarlier(v, a[0], evidence);
                v = v.withAgent(a[0], a[1], id);
            }
            for (String p : potParts) {
                v = v.withMolecule(p, id, cache.key(p));
            }
            out.add(new Branch(v, b.rank()));
        }
        if (!potParts.isEmpty()) {
            charged.add(new Charged(id, role, String.join(".", potParts)));
        }
        agentParts.forEach(a -> agentIds.putIfAbsent(a[0], id));
        return new Charging(out, role != Role.SOLVENT && role != Role.CATALYST || !agentParts.isEmpty());
    }

    /** An agent charged now destroys the agents charged earlier that react with it ({@code agent-reactions.tsv}). */
    private Vessel destroyEarlier(Vessel v, String key, List<String> evidence) {
        for (EngineData.AgentReaction r : data.agentReactions()) {
            Set<String> a = data.keysOf(r.a());
            Set<String> b = data.keysOf(r.b());
            Set<String> victims = new LinkedHashSet<>();
            if (a.contains(key)) {
                v.agents().keySet().stream().filter(b::contains).forEach(victims::add);
            } else if (b.contains(key)) {
                v.agents().keySet().stream().filter(a::contains).forEach(victims::add);
            }
            victims.remove(key);
            if (!victims.isEmpty()) {
                Map<String, Vessel.Agent> present = v.agents();
                evidence.add(r.what() + ": " + victims.stream().map(k -> present.get(k).smiles()).toList()
                        + " destroyed by what was charged later");
                v = v.withoutAgents(victims);
            }
        }
        return v;
    }

    /** A water wash: the washed stream loses its water-sensitive agents; nothing is added to it. */
    private List<Branch> wash(List<Branch> branches, Route route, Variant variant, Charge c, StructureSource source,
                              Map<String, String> overrides, List<String> evidence) {
        String smiles = structure(route, variant, c.substance(), source, overrides, Upstream.NONE, evidence,
                new LinkedHashSet<>());
        if (smiles == null || !SaltForm.WATER_KEY.equals(cache.key(smiles))) {
            return branches;
        }
        List<Branch> out = new ArrayList<>();
        for (Branch b : branches) {
            Vessel v = b.vessel();
            Vessel washed = destroyEarlier(v, SaltForm.WATER_KEY, evidence);
            out.add(new Branch(washed, b.rank()));
        }
        return out;
    }

    private List<Branch> derive(List<Branch> branches, Derivation.Mode mode, List<String> evidence) {
        List<Branch> out = new ArrayList<>();
        for (Branch b : branches) {
            Derivation.Result r = derivation.derive(b.vessel(), mode);
            if (r.bounded()) {
                evidence.add("the derivation stopped at its bound of " + Derivation.MAX_STATES + " states");
            }
            for (Derivation.Terminal t : r.terminals()) {
                out.add(new Branch(t.vessel(), b.rank() + t.rank()));
            }
            if (r.terminals().isEmpty()) {
                out.add(b);
            }
        }
        out.sort(Comparator.comparingInt(Branch::rank));
        return out.size() > MAX_BRANCHES ? List.copyOf(out.subList(0, MAX_BRANCHES)) : out;
    }

    private static List<Branch> combine(List<Branch> into, List<Branch> poured) {
        List<Branch> out = new ArrayList<>();
        for (Branch a : into) {
            for (Branch b : poured) {
                out.add(new Branch(a.vessel().merge(b.vessel()), a.rank() + b.rank()));
            }
        }
        out.sort(Comparator.comparingInt(Branch::rank));
        return out.size() > MAX_BRANCHES ? List.copyOf(out.subList(0, MAX_BRANCHES)) : out;
    }

    /** The structure charged as {@code substanceId}: an override, an earlier stage's product, or its resolution. */
    private String structure(Route route, Variant variant, String substanceId, StructureSource source,
                             Map<String, String> overrides, Upstream up, List<String> evidence,
                             Set<String> upstreamFailures) {
        String id = StageExecutor.effectiveId(variant, substanceId);
        if (overrides.containsKey(id)) {
            return overrides.get(id);
        }
        if (up.structures().containsKey(id)) {
            if (up.failed().containsKey(id)) {
                upstreamFailures.add(id + " (stage " + up.failed().get(id) + ")");
            }
            evidence.add(id + ": the structure derived by an earlier stage");
            return up.structures().get(id);
        }
        Resolution r = source.resolve(route, variant, substanceId);
        if (r == null || !r.isResolved() || r.smiles() == null) {
            evidence.add("'" + id + "' has no structure: " + (r == null ? "not resolved" : r.status() + " "
                    + r.message()));
            return null;
        }
        return r.smiles();
    }
}
