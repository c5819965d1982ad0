package reflux.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openscience.cdk.interfaces.IAtomContainer;

/**
 * Forward derivation in one vessel: every rule whose reagents and requirements are present fires at every site its
 * SMIRKS matches, each choice a branch, until no rule applies (breadth-first over vessel states, each distinct state
 * visited once, bounded). It never looks at the declared product: its result is every terminal state with the rank
 * of the choices that led there ({@code selectivity.tsv}: lower is preferred).
 *
 * <p>Stateless apart from the shared caches; thread-safe.
 */
final class Derivation {

    /** Bound on distinct vessel states visited in one derivation. */
    static final int MAX_STATES = 160;

    /** A terminal state, the rank of the path to it (sum of site ranks) and that path. */
    record Terminal(Vessel vessel, int rank, List<RuleApplier.Application> path) {
    }

    /**
     * What a derivation reached: its terminal states (best rank first), every state visited (for diagnosis), and
     * whether the bound cut it short.
     */
    record Result(List<Terminal> terminals, List<Terminal> visited, boolean bounded) {
    }

    /** Which rules may fire. */
    enum Mode {
        /** Reaction rules whose reagents and requirements are present. */
        REACTIONS,
        /** Ion-exchange rules (an ion-exchange operation). */
        EXCHANGE,
        /** Diagnosis: the enabled reaction rules plus one named rule whose reagents are not there. */
        PLUS_ONE
    }

    private final RuleLibrary library;
    private final FactsCache cache;
    private final EngineData data;

    Derivation(RuleLibrary library, FactsCache cache, EngineData data) {
        this.library = library;
        this.cache = cache;
        this.data = data;
    }

    /** True when the rule may fire on a vessel that had these agents (all keys count as charged). */
    static boolean enabled(RuleLibrary.Compiled c, Collection<String> agentKeys) {
        if (!agentKeys.containsAll(c.reagentKeys())) {
            return false;
        }
        for (Set<String> req : c.requirements()) {
            if (req.stream().noneMatch(agentKeys::contains)) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when the rule may fire on a vessel with these agents: its reagents present (charged, or released by an
     * earlier rule), its requirements (catalyst, acid, base) charged. An acid a rule releases is not taken to
     * catalyse another rule: the base or the excess amine present takes it up.
     */
    static boolean enabled(RuleLibrary.Compiled c, Map<String, Vessel.Agent> agents) {
        if (!agents.keySet().containsAll(c.reagentKeys())) {
            return false;
        }
        for (Set<String> req : c.requirements()) {
            if (req.stream().noneMatch(k -> agents.containsKey(k) && agents.get(k).substance() != null)) {
                return false;
            }
        }
        return true;
    }

    /** Bound on memoised derivations (by start state and mode). */
    private static final int MAX_MEMO = 4_000;

    private final Map<String, Result> memo = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Derives forward from {@code start}; memoised by value (the start state's pot, agents and mode decide the
     * result: equal keys give equal results), so re-runs of a route pay once.
     */
    Result derive(Vessel start, Mode mode) {
        return derive(start, mode, null);
    }

    /** As {@link #derive(Vessel, Mode)}, with {@code extra} the one rule id {@link Mode#PLUS_ONE} also allows. */
    Result derive(Vessel start, Mode mode, String extra) {
        String key = mode + "|" + extra + "|" + stateKey(start) + "|" + start.agents().values().stream()
                .map(a -> a.substance() == null ? "-" : "+").reduce("", String::concat) + "|"
                + start.pot().stream().map(m -> String.valueOf(m.substance())).toList();
        Result hit = memo.get(key);
        if (hit != null) {
            return rebase(hit, start);
        }
        // computed from the start's contents alone (no history), so that the memo holds nothing of another route
        Result r = compute(new Vessel(start.pot(), start.agents(), Set.of(), List.of()), mode, extra);
        if (memo.size() < MAX_MEMO) {
            memo.put(key, r);
        }
        return rebase(r, start);
    }

    /**
     * A memoised result re-rooted on this start vessel: the states' pots and agents are the memo's, their history
     * (seen keys, applications) is this start's plus the path.
     */
    private static Result rebase(Result r, Vessel start) {
        List<Terminal> terminals = new ArrayList<>();
        for (Terminal t : r.terminals()) {
            terminals.add(rebase(t, start));
        }
        List<Terminal> visited = new ArrayList<>();
        for (Terminal t : r.visited()) {
            visited.add(rebase(t, start));
        }
        return new Result(terminals, visited, r.bounded());
    }

    private static Terminal rebase(Terminal t, Vessel start) {
        Vessel v = t.vessel();
        Set<String> seen = new LinkedHashSet<>(start.seen());
        seen.addAll(v.seen());
        List<RuleApplier.Application> applied = new ArrayList<>(start.applied());
        applied.addAll(t.path());
        return new Terminal(new Vessel(v.pot(), v.agents(), seen, applied), t.rank(), t.path());
    }

    private Result compute(Vessel start, Mode mode, String extra) {
        List<RuleLibrary.Compiled> rules = new ArrayList<>();
        for (RuleLibrary.Compiled c : library.allCompiled()) {
            if (c.rule().isAddition()) {
                continue;
            }
            if (mode == Mode.EXCHANGE ? c.rule().isExchange() : c.rule().isReaction()) {
                rules.add(c);
            }
        }
        Map<String, Terminal> seen = new LinkedHashMap<>();
        Deque<Terminal> queue = new ArrayDeque<>();
        Terminal first = new Terminal(start, 0, List.of());
        seen.put(stateKey(start), first);
        queue.add(first);
        List<Terminal> terminals = new ArrayList<>();
        boolean bounded = false;
        while (!queue.isEmpty()) {
            Terminal node = queue.poll();
            boolean any = false;
            for (RuleLibrary.Compiled c : rules) {
                boolean gated = mode == Mode.REACTIONS || (mode == Mode.PLUS_ONE && !c.rule().id().equals(extra));
                if (gated && !enabled(c, node.vessel().agents())) {
                    continue;
                }
                List<Step> next;
                try {
                    next = steps(c, node.vessel(), mode);
                } catch (RuntimeException e) {
                    // CDK could not write or read a structure this rule made: that branch is not followed
                    next = List.of();
                }
                for (Step step : next) {
                    any = true;
                    String k = stateKey(step.vessel());
                    Terminal known = seen.get(k);
                    int rank = node.rank() + step.rank();
                    if (known != null) {
                        if (rank < known.rank()) {
                            seen.put(k, new Terminal(known.vessel(), rank, known.path()));
                        }
                        continue;
                    }
                    if (seen.size() >= MAX_STATES) {
                        bounded = true;
                        continue;
                    }
                    List<RuleApplier.Application> path = new ArrayList<>(node.path());
                    path.add(step.application());
                    Terminal t = new Terminal(step.vessel(), rank, path);
                    seen.put(k, t);
                    queue.add(t);
                }
            }
            if (!any) {
                terminals.add(seen.get(stateKey(node.vessel())));
            }
        }
        terminals.sort(java.util.Comparator.comparingInt(Terminal::rank));
        return new Result(terminals, List.copyOf(seen.values()), bounded);
    }

    /** One successor of a state: the application, the vessel after it, its site rank. */
    private record Step(RuleApplier.Application application, Vessel vessel, int rank) {
    }

    /** Every distinct way the rule applies to the vessel (pot molecules; exchange rules also act on agents). */
    private List<Step> steps(RuleLibrary.Compiled c, Vessel v, Mode mode) {
        List<Step> out = new ArrayList<>();
        if (!v.pot().isEmpty()) {
            IAtomContainer pot = RuleApplier.parse(v.potSmiles());
            for (RuleApplier.Application a : RuleApplier.sites(c, pot)) {
                out.add(new Step(a, afterPot(v, a), rank(c, pot, a.pot())));
            }
        }
        if (mode == Mode.EXCHANGE) {
            for (Map.Entry<String, Vessel.Agent> e : v.agents().entrySet()) {
                RuleApplier.Application a = RuleApplier.apply(c, RuleApplier.parse(e.getValue().smiles()))
                        .onAgent(e.getValue().smiles());
                if (a.applied()) {
                    String smi = cache.canonical(RuleApplier.smiles(a.pot()));
                    Map<String, Vessel.Agent> agents = new LinkedHashMap<>(v.agents());
                    agents.remove(e.getKey());
                    String key = cache.key(smi);
                    agents.put(key, new Vessel.Agent(smi, null));
                    out.add(new Step(a, v.after(v.pot(), agents, Set.of(key), List.of(a)), 0));
                }
            }
        }
        return out;
    }

    /** The vessel after an application to its pot: new pot molecules, released by-products among the agents. */
    private Vessel afterPot(Vessel v, RuleApplier.Application a) {
        Map<String, String> bySmiles = new HashMap<>();
        for (Vessel.Molecule m : v.pot()) {
            bySmiles.put(m.smiles(), m.substance());
        }
        List<Vessel.Molecule> pot = new ArrayList<>();
        Set<String> newSeen = new LinkedHashSet<>();
        for (IAtomContainer part : RuleApplier.components(a.pot())) {
            String smi = cache.canonical(RuleApplier.smiles(part));
            if (pot.stream().noneMatch(m -> m.smiles().equals(smi))) {
                pot.add(new Vessel.Molecule(smi, bySmiles.get(smi)));
            }
            newSeen.add(cache.key(smi));
        }
        Map<String, Vessel.Agent> agents = new LinkedHashMap<>(v.agents());
        for (int i = 0; i < a.count(); i++) {
            for (String b : a.rule().byProducts()) {
                String key = cache.key(b);
                agents.putIfAbsent(key, new Vessel.Agent(b, null));
                newSeen.add(key);
            }
        }
        return v.after(pot, agents, newSeen, List.of(a));
    }

    /** Lowest rank of the rule's site preferences that the application newly creates; 5 when none applies. */
    private int rank(RuleLibrary.Compiled c, IAtomContainer before, IAtomContainer after) {
        int best = 5;
        for (EngineData.Preference p : data.preferences(c.rule().id())) {
            if (EngineData.count(p.pattern(), after) > EngineData.count(p.pattern(), before)) {
                best = Math.min(best, p.rank());
            }
        }
        return best;
    }

    private static String stateKey(Vessel v) {
        List<String> pot = new ArrayList<>(v.pot().stream().map(Vessel.Molecule::smiles).toList());
        pot.sort(null);
        List<String> agents = new ArrayList<>(v.agents().keySet());
        agents.sort(null);
        return String.join(".", pot) + "|" + String.join(",", agents);
    }
}
