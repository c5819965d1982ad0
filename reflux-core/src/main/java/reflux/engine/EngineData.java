package reflux.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openscience.cdk.exception.InvalidSmilesException;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.smarts.SmartsPattern;
import reflux.chem.Structures;
import reflux.data.TsvTable;

/**
 * The engine's chemistry tables besides the rules ({@code reflux/rules/*.tsv}): agent classes, agents that destroy
 * each other, the acids of salt forms, basic sites and site preferences. Every row has a source; a malformed table
 * is a programmer error and throws at load.
 *
 * <p>Immutable and thread-safe; SMARTS patterns are used under their own lock.
 */
final class EngineData {

    /** One member of an agent class. */
    record Agent(String agentClass, String name, String smiles, String key) {
    }

    /** Two agents that destroy each other (the later charged destroys the earlier). */
    record AgentReaction(String a, String b, String what, String source) {
    }

    /** An acid of salt forms with the InChIKeys of its neutral form and of its anions (with their charges). */
    record Acid(String name, String smiles, String key, Map<String, Integer> anions) {
    }

    /** A basic-site class: its pattern and whether it counts only beside a permanent cation. */
    record Site(String name, SmartsPattern pattern, boolean needsPermanentCation, boolean protonated) {
    }

    /** A site preference of a rule: a product pattern and its rank. */
    record Preference(String rule, SmartsPattern pattern, int rank, String note) {
    }

    private static final class Holder {
        static final EngineData STANDARD = new EngineData();
    }

    private final List<Agent> agents = new ArrayList<>();
    private final Map<String, Set<String>> classKeys = new LinkedHashMap<>();
    private final List<AgentReaction> agentReactions = new ArrayList<>();
    private final List<Acid> acids = new ArrayList<>();
    private final List<Site> sites = new ArrayList<>();
    private final List<Preference> preferences = new ArrayList<>();

    private EngineData() {
        for (TsvTable.Row r : TsvTable.load("/reflux/rules/agents.tsv", "class", "name", "smiles", "source")) {
            String key = key(r.get("smiles"), "agents.tsv", r.line());
            agents.add(new Agent(r.get("class"), r.get("name"), r.get("smiles"), key));
            classKeys.computeIfAbsent(r.get("class"), c -> new LinkedHashSet<>()).add(key);
        }
        for (TsvTable.Row r : TsvTable.load("/reflux/rules/agent-reactions.tsv", "a", "b", "what", "source")) {
            agentReactions.add(new AgentReaction(r.get("a"), r.get("b"), r.get("what"), r.get("source")));
            specKeys.put(r.get("a"), computeKeys(r.get("a")));
            specKeys.put(r.get("b"), computeKeys(r.get("b")));
        }
        for (TsvTable.Row r : TsvTable.load("/reflux/rules/acids.tsv", "acid", "smiles", "anions", "source")) {
            Map<String, Integer> anions = new LinkedHashMap<>();
            for (String a : r.get("anions").split("\\|")) {
                anions.put(key(a, "acids.tsv", r.line()), -charge(a, r.line()));
            }
            acids.add(new Acid(r.get("acid"), r.get("smiles"), key(r.get("smiles"), "acids.tsv", r.line()), anions));
        }
        for (TsvTable.Row r : TsvTable.load("/reflux/rules/basic-sites.tsv", "class", "smarts", "scope",
                "protonated", "source")) {
            sites.add(new Site(r.get("class"), pattern(r.get("smarts"), "basic-sites.tsv", r.line()),
                    "permanent-cation".equals(r.get("scope")), "yes".equals(r.get("protonated"))));
        }
        for (TsvTable.Row r : TsvTable.load("/reflux/rules/selectivity.tsv", "rule", "product_smarts", "rank",
                "source")) {
            preferences.add(new Preference(r.get("rule"), pattern(r.get("product_smarts"), "selectivity.tsv",
                    r.line()), Integer.parseInt(r.get("rank")), r.get("note")));
        }
    }

    static EngineData standard() {
        return Holder.STANDARD;
    }

    /** Keys of the agent-reaction sides, computed at load (the walk asks for them at every charge). */
    private final Map<String, Set<String>> specKeys = new LinkedHashMap<>();

    /** InChIKeys a rule requirement or agent-reaction side stands for: a class's members, or one SMILES. */
    Set<String> keysOf(String spec) {
        Set<String> known = specKeys.get(spec);
        if (known != null) {
            return known;
        }
        return computeKeys(spec);
    }

    private Set<String> computeKeys(String spec) {
        if (spec.startsWith("class:")) {
            Set<String> keys = classKeys.get(spec.substring(6));
            if (keys == null) {
                throw new IllegalStateException("unknown agent class '" + spec.substring(6) + "'");
            }
            return keys;
        }
        return Set.of(key(spec, "requirement", 0));
    }

    /** True when {@code spec} names a known agent class or is a readable SMILES. */
    boolean knows(String spec) {
        try {
            keysOf(spec);
            return true;
        } catch (IllegalStateException e) {
            return false;
        }
    }

    List<Agent> agents() {
        return agents;
    }

    List<AgentReaction> agentReactions() {
        return agentReactions;
    }

    List<Acid> acids() {
        return acids;
    }

    List<Site> sites() {
        return sites;
    }

    List<Preference> preferences(String ruleId) {
        return preferences.stream().filter(p -> p.rule().equals(ruleId)).toList();
    }

    /** Unique matches of a pattern in a molecule (the pattern is used under its lock). */
    static int count(SmartsPattern p, IAtomContainer mol) {
        synchronized (p) {
            return p.matchAll(mol).uniqueAtoms().count();
        }
    }

    private static SmartsPattern pattern(String smarts, String file, int line) {
        try {
            return SmartsPattern.create(smarts);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(file + ":" + line + ": bad SMARTS " + smarts + ": " + e.getMessage(), e);
        }
    }

    private static int charge(String smiles, int line) {
        try {
            return org.openscience.cdk.tools.manipulator.AtomContainerManipulator
                    .getTotalFormalCharge(Structures.parseSmiles(smiles));
        } catch (InvalidSmilesException e) {
            throw new IllegalStateException("acids.tsv:" + line + ": bad SMILES " + smiles, e);
        }
    }

    static String key(String smiles, String file, int line) {
        try {
            // through the structure-facts store: a persistent cache the launcher turned on answers it across runs
            String k = reflux.chem.FactsStore.standard().facts(smiles).inchiKey();
            if (k == null) {
                throw new IllegalStateException(file + ":" + line + ": no InChIKey for " + smiles);
            }
            return k;
        } catch (InvalidSmilesException e) {
            throw new IllegalStateException(file + ":" + line + ": bad SMILES " + smiles, e);
        }
    }
}
