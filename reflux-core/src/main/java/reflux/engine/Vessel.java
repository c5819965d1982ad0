package reflux.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one vessel holds at a point of a stage: the pot molecules the rules act on (component SMILES, each with the
 * substance it was charged as, or null once a rule made it), the agents present (InChIKey → agent: reagents,
 * catalysts, acids, bases, solvents, released by-products), every InChIKey that was ever in it (for the salt-form
 * check), and the rule applications so far. Immutable.
 *
 * @param pot      pot molecules in charge order
 * @param agents   agents present, by InChIKey, in the order they came in
 * @param seen     InChIKeys of every component and agent that was in the vessel at some point
 * @param applied  rule applications in order
 */
record Vessel(List<Molecule> pot, Map<String, Agent> agents, Set<String> seen,
              List<RuleApplier.Application> applied) {

    /** A pot molecule: its SMILES and the substance it was charged as (null when a rule made it). */
    record Molecule(String smiles, String substance) {
    }

    /** An agent present in the vessel: its SMILES, the substance it came from (null: released by a rule). */
    record Agent(String smiles, String substance) {
    }

    Vessel {
        pot = List.copyOf(pot);
        agents = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(agents));
        seen = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(seen));
        applied = List.copyOf(applied);
    }

    static final Vessel EMPTY = new Vessel(List.of(), Map.of(), Set.of(), List.of());

    /** This vessel with a pot molecule added (a molecule already in the pot is not added twice). */
    Vessel withMolecule(String smiles, String substance, String key) {
        List<Molecule> p = new ArrayList<>(pot);
        if (p.stream().noneMatch(m -> m.smiles().equals(smiles))) {
            p.add(new Molecule(smiles, substance));
        }
        Set<String> s = new LinkedHashSet<>(seen);
        s.add(key);
        return new Vessel(p, agents, s, applied);
    }

    /** This vessel with an agent added (or kept, when already present). */
    Vessel withAgent(String key, String smiles, String substance) {
        Map<String, Agent> a = new LinkedHashMap<>(agents);
        a.putIfAbsent(key, new Agent(smiles, substance));
        Set<String> s = new LinkedHashSet<>(seen);
        s.add(key);
        return new Vessel(pot, a, s, applied);
    }

    /** This vessel having seen this key (a component or element marker, "element:Na"). */
    Vessel withAgentSeen(String key) {
        if (seen.contains(key)) {
            return this;
        }
        Set<String> s = new LinkedHashSet<>(seen);
        s.add(key);
        return new Vessel(pot, agents, s, applied);
    }

    /** This vessel without the agents of these keys. */
    Vessel withoutAgents(Set<String> keys) {
        Map<String, Agent> a = new LinkedHashMap<>(agents);
        a.keySet().removeAll(keys);
        return new Vessel(pot, a, seen, applied);
    }

    /** This vessel with another poured into it. */
    Vessel merge(Vessel other) {
        List<Molecule> p = new ArrayList<>(pot);
        for (Molecule m : other.pot) {
            if (p.stream().noneMatch(x -> x.smiles().equals(m.smiles()))) {
                p.add(m);
            }
        }
        Map<String, Agent> a = new LinkedHashMap<>(agents);
        other.agents.forEach(a::putIfAbsent);
        Set<String> s = new LinkedHashSet<>(seen);
        s.addAll(other.seen);
        List<RuleApplier.Application> ap = new ArrayList<>(applied);
        ap.addAll(other.applied);
        return new Vessel(p, a, s, ap);
    }

    /** This vessel after a derivation: its new pot, agents and the applications that led there. */
    Vessel after(List<Molecule> newPot, Map<String, Agent> newAgents, Set<String> newSeen,
                 List<RuleApplier.Application> more) {
        List<RuleApplier.Application> ap = new ArrayList<>(applied);
        ap.addAll(more);
        Set<String> s = new LinkedHashSet<>(seen);
        s.addAll(newSeen);
        return new Vessel(newPot, newAgents, s, ap);
    }

    /** The pot molecules' SMILES, in charge order. */
    List<String> components() {
        return pot.stream().map(Molecule::smiles).toList();
    }

    /** The pot as one SMILES (components joined by '.'), "" when empty. */
    String potSmiles() {
        return String.join(".", components());
    }
}
