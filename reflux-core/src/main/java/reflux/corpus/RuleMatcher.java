package reflux.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.openscience.cdk.graph.ConnectivityChecker;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IAtomContainerSet;
import org.openscience.cdk.isomorphism.Transform;
import org.openscience.cdk.smirks.Smirks;
import org.openscience.cdk.tools.manipulator.MolecularFormulaManipulator;
import reflux.chem.Structures;

/**
 * Executes a record with the derived templates: each template is applied (every unique match, CDK
 * {@code Transform.Mode.Unique}) to the pot of the record's resolved reactants, and a product component whose
 * formula, then heavy-atom skeleton ({@link SkeletonKey}, no lock) and then full standard InChIKey equal the stored
 * product's is a match (the InChI library, serialised across threads, only confirms). Templates are tried in their
 * order, but only those an index by reaction-centre atom kind (element, H count, charge) offers for the pot's atoms,
 * and of those only the ones whose reactant atoms the pot has (by element count) and whose product side the target
 * has ({@link ProductScreen}: a template that cannot make the target is not applied); identical SMIRKS are one template
 * (the first id, the records of all). Not thread-safe: one per worker thread (CDK transforms keep match state); the
 * templates themselves are shared.
 */
public final class RuleMatcher {
    /** At most this many unique matches of one template are tried on one pot. */
    static final int MAX_MATCHES = 8;
    private final List<DerivedRules.Template> templates = new ArrayList<>();
    private final List<Transform> transforms = new ArrayList<>();
    private final List<int[]> needs = new ArrayList<>();
    private final List<int[]> centres = new ArrayList<>();
    private final List<ProductScreen> screens = new ArrayList<>();
    private static final java.util.regex.Pattern CENTRE_ATOM =
            java.util.regex.Pattern.compile("\\[#(\\d+);[aA];H(\\d+);([+-])(\\d+)");
    /** Centre atom kind → positions (ascending) of the templates it indexes: each under its rarest centre kind. */
    private final Map<Integer, int[]> index = new java.util.HashMap<>();
    /** Positions of templates without a stated centre atom (tried on every pot). */
    private final int[] unindexed;
    private final boolean indexed;

    /** A matcher over {@code rules} (templates CDK cannot compile are left out), with the centre index. */
    public RuleMatcher(DerivedRules rules) {
        this(rules, true);
    }

    /** A matcher that tries every template ({@code indexed} false) or only those the centre index offers. */
    RuleMatcher(DerivedRules rules, boolean indexed) {
        this(rules, indexed, false);
    }

    /**
     * A matcher over hand-written SMIRKS (the engine's rules.yaml), compiled as the engine compiles them: hydrogen
     * counts of the mapped atoms recomputed (derived templates state them and need no recomputing).
     */
    public static RuleMatcher recomputingHydrogens(DerivedRules rules) {
        return new RuleMatcher(rules, true, true);
    }

    private RuleMatcher(DerivedRules rules, boolean indexed, boolean recomputeHydrogens) {
        this.indexed = indexed;
        for (DerivedRules.Template t : merged(rules.rules())) {
            Transform tf = new Transform();
            boolean ok = recomputeHydrogens
                    ? Smirks.parse(tf, t.smirks(), org.openscience.cdk.smirks.SmirksOption.RECOMPUTE_HYDROGENS)
                    : Smirks.parse(tf, t.smirks());
            if (!ok) {
                continue;
            }
            templates.add(t);
            transforms.add(tf);
            needs.add(elementsNeeded(t.smirks()));
            centres.add(centreAtoms(t.smirks()));
            screens.add(ProductScreen.of(t.smirks()));
        }
        Map<Integer, Integer> frequency = new java.util.HashMap<>();
        for (int[] c : centres) {
            for (int k : c) {
                frequency.merge(k, 1, Integer::sum);
            }
        }
        Map<Integer, List<Integer>> lists = new java.util.HashMap<>();
        List<Integer> rest = new ArrayList<>();
        for (int i = 0; i < centres.size(); i++) {
            int[] c = centres.get(i);
            if (c.length == 0) {
                rest.add(i);
                continue;
            }
            int key = c[0];
            for (int k : c) {
                if (frequency.get(k) < frequency.get(key)) {
                    key = k;
                }
            }
            lists.computeIfAbsent(key, x -> new ArrayList<>()).add(i);
        }
        lists.forEach((k, l) -> index.put(k, l.stream().mapToInt(Integer::intValue).toArray()));
        unindexed = rest.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Templates with the same SMIRKS as one: the first's id, the sources of all (in order, each once). */
    static List<DerivedRules.Template> merged(List<DerivedRules.Template> rules) {
        Map<String, Integer> at = new java.util.HashMap<>();
        List<String> ids = new ArrayList<>();
        List<String> smirks = new ArrayList<>();
        List<java.util.LinkedHashSet<String>> sources = new ArrayList<>();
        for (DerivedRules.Template t : rules) {
            Integer i = at.get(t.smirks());
            if (i == null) {
                at.put(t.smirks(), ids.size());
                ids.add(t.id());
                smirks.add(t.smirks());
                sources.add(new java.util.LinkedHashSet<>(t.sources()));
            } else {
                sources.get(i).addAll(t.sources());
            }
        }
        List<DerivedRules.Template> out = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            out.add(new DerivedRules.Template(ids.get(i), smirks.get(i), List.copyOf(sources.get(i))));
        }
        return out;
    }

    /** The templates this matcher applies (after merging identical SMIRKS and leaving out uncompilable ones). */
    public List<DerivedRules.Template> templates() {
        return List.copyOf(templates);
    }

    /**
     * What a pot is compared with: the product's formula, its standard InChIKey, its {@link SkeletonKey} (null = not
     * known; then every formula match goes to the InChI library) and the {@link ProductScreen} keys of its atoms
     * (null = not known; then no template is screened out by its product side).
     */
    public record Target(String formula, String inchiKey, Long skeleton, int[] atoms) {
        /** A target without atom keys. */
        public Target(String formula, String inchiKey, Long skeleton) {
            this(formula, inchiKey, skeleton, null);
        }

        /** The target of a product component. */
        public static Target of(IAtomContainer product) {
            return new Target(RecordProcessor.formula(product), Structures.inchiKey(product), SkeletonKey.of(product),
                    ProductScreen.keysOf(product));
        }
    }

    /** How many templates compiled. */
    public int size() {
        return templates.size();
    }

    /**
     * The outcome of executing one pot.
     *
     * @param rule     the template that gave the stored product, or null = none
     * @param tried    templates applied (after the element screen)
     * @param fired    templates that matched the pot at least once
     * @param products distinct product formulas made (at most a few, for the row)
     * @param charged  the target is a component of the pot as charged: no template is applied and none is credited
     *                 (a template firing elsewhere in the pot would otherwise "make" it)
     */
    public record Outcome(String rule, int tried, int fired, List<String> products, boolean charged) {
        public Outcome {
            products = List.copyOf(products);
        }

        /** The outcome of applying templates (the target was not already in the pot). */
        public Outcome(String rule, int tried, int fired, List<String> products) {
            this(rule, tried, fired, products, false);
        }
    }

    /** Applies the templates to {@code pot} until one makes the product with {@code targetKey} (formula first). */
    public Outcome execute(IAtomContainer pot, String targetFormula, String targetKey) {
        return execute(pot, new Target(targetFormula, targetKey, null));
    }

    /** Applies the templates to {@code pot} until one makes {@code target} (formula, skeleton, then InChIKey). */
    public Outcome execute(IAtomContainer pot, Target target) {
        String targetFormula = target.formula();
        String targetKey = target.inchiKey();
        AtomTally targetTally = AtomTally.ofFormula(targetFormula);
        if (targetKey != null && charged(pot, target, targetTally)) {
            return new Outcome(null, 0, 0, List.of(), true);
        }
        int[] have = elements(pot);
        java.util.Set<Integer> kinds = new java.util.HashSet<>();
        for (IAtom a : pot.atoms()) {
            kinds.add(kind(a.getAtomicNumber() == null ? 0 : a.getAtomicNumber(),
                    a.getImplicitHydrogenCount() == null ? 0 : a.getImplicitHydrogenCount(),
                    a.getFormalCharge() == null ? 0 : a.getFormalCharge()));
        }
        int tried = 0;
        int fired = 0;
        java.util.Set<String> made = new java.util.TreeSet<>();
        for (int i : candidates(kinds)) {
            if (!covers(have, needs.get(i)) || !hasAll(kinds, centres.get(i))
                    || !screens.get(i).allows(target.atoms())) {
                continue;
            }
            tried++;
            boolean any = false;
            List<IAtomContainer> outs = new ArrayList<>();
            try {
                for (IAtomContainer out : transforms.get(i).apply(pot, Transform.Mode.Unique, MAX_MATCHES)) {
                    outs.add(out);
                }
            } catch (RuntimeException e) {
                // CDK 2.12 cannot carry some stereo elements through a transform (NoSuchAtomException): the
                // template is counted as not applicable to this pot
                continue;
            }
            for (IAtomContainer out : outs) {
                any = true;
                IAtomContainerSet parts = ConnectivityChecker.partitionIntoMolecules(out);
                for (IAtomContainer part : parts.atomContainers()) {
                    // the formula string is written only where it is used: for the made list, or when the part's
                    // atom tally allows the target's formula
                    boolean listed = made.size() < 5 && part.getAtomCount() > 4;
                    if (!listed && (targetFormula == null || targetTally != null && !targetTally.mayBe(part))) {
                        continue;
                    }
                    String f = formulaOf(part);
                    if (f == null) {
                        continue;
                    }
                    if (isTarget(part, f, target)) {
                        return new Outcome(templates.get(i).id(), tried, fired + 1, List.of(f));
                    }
                    if (listed) {
                        made.add(f);
                    }
                }
            }
            if (any) {
                fired++;
            }
        }
        return new Outcome(null, tried, fired, new ArrayList<>(made));
    }

    /** Whether a component of {@code pot} is {@code target} (formula, skeleton, then standard InChIKey). */
    private static boolean charged(IAtomContainer pot, Target target, AtomTally tally) {
        for (IAtomContainer part : ConnectivityChecker.partitionIntoMolecules(pot).atomContainers()) {
            if (tally != null && !tally.mayBe(part)) {
                continue;
            }
            String f = formulaOf(part);
            if (f != null && isTarget(part, f, target)) {
                return true;
            }
        }
        return false;
    }

    /** The formula string of a component, or null when CDK cannot write one. */
    private static String formulaOf(IAtomContainer part) {
        try {
            return MolecularFormulaManipulator.getString(MolecularFormulaManipulator.getMolecularFormula(part));
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Whether a component with formula {@code f} is {@code target}: formula, skeleton, then standard InChIKey. */
    private static boolean isTarget(IAtomContainer part, String f, Target target) {
        return f.equals(target.formula()) && (target.skeleton() == null || target.skeleton() == SkeletonKey.of(part))
                && target.inchiKey().equals(Structures.inchiKey(part));
    }

    /** Positions of the templates to screen for a pot with these centre kinds, ascending (all when unindexed). */
    private int[] candidates(java.util.Set<Integer> kinds) {
        if (!indexed) {
            return java.util.stream.IntStream.range(0, templates.size()).toArray();
        }
        java.util.BitSet on = new java.util.BitSet(templates.size());
        for (int i : unindexed) {
            on.set(i);
        }
        for (int k : kinds) {
            int[] l = index.get(k);
            if (l != null) {
                for (int i : l) {
                    on.set(i);
                }
            }
        }
        return on.stream().toArray();
    }

    /** The (element, H count, charge) kinds of the centre atoms a derived SMIRKS's reactant side states. */
    static int[] centreAtoms(String smirks) {
        String lhs = smirks.substring(0, smirks.indexOf(">>"));
        java.util.regex.Matcher mt = CENTRE_ATOM.matcher(lhs);
        java.util.Set<Integer> ks = new java.util.TreeSet<>();
        while (mt.find()) {
            int q = Integer.parseInt(mt.group(4)) * ("-".equals(mt.group(3)) ? -1 : 1);
            ks.add(kind(Integer.parseInt(mt.group(1)), Integer.parseInt(mt.group(2)), q));
        }
        return ks.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int kind(int z, int h, int q) {
        return z * 1000 + h * 20 + q + 10;
    }

    private static boolean hasAll(java.util.Set<Integer> kinds, int[] need) {
        for (int k : need) {
            if (!kinds.contains(k)) {
                return false;
            }
        }
        return true;
    }

    /** Heavy-atom counts by atomic number (index 0..119). */
    static int[] elements(IAtomContainer pot) {
        int[] n = new int[120];
        for (IAtom a : pot.atoms()) {
            Integer z = a.getAtomicNumber();
            if (z != null && z > 1 && z < 120) {
                n[z]++;
            }
        }
        return n;
    }

    /**
     * Atomic numbers written {@code #N} on the reactant side of a derived SMIRKS, with their counts: the pairs
     * {@code z, count} (heavy elements only, ascending z), so that the screen of a pot reads only what a template names.
     */
    static int[] elementsNeeded(String smirks) {
        String lhs = smirks.substring(0, smirks.indexOf(">>"));
        Map<Integer, Integer> m = new TreeMap<>();
        java.util.regex.Matcher mt = java.util.regex.Pattern.compile("\\[#(\\d+)").matcher(lhs);
        while (mt.find()) {
            m.merge(Integer.parseInt(mt.group(1)), 1, Integer::sum);
        }
        m.keySet().removeIf(z -> z <= 1 || z >= 120);
        int[] pairs = new int[2 * m.size()];
        int k = 0;
        for (Map.Entry<Integer, Integer> e : m.entrySet()) {
            pairs[k++] = e.getKey();
            pairs[k++] = e.getValue();
        }
        return pairs;
    }

    /** Whether the pot's heavy-atom counts ({@code have}, by atomic number) cover the {@code z, count} pairs. */
    private static boolean covers(int[] have, int[] need) {
        for (int k = 0; k < need.length; k += 2) {
            if (need[k + 1] > have[need[k]]) {
                return false;
            }
        }
        return true;
    }
}
