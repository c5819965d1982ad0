package reflux.corpus;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;

/**
 * The part of executing with derived templates that every worker thread shares: the templates (identical SMIRKS
 * merged, {@link RuleMatcher#merged}), and per template the screens that skip it on a pot it cannot match or towards
 * a target it cannot make — heavy-element counts, centre-atom kinds (with an index by the rarest kind), the product
 * side ({@link ProductScreen}) and the reactant bonds ({@link BondScreen}). Computed once from the SMIRKS texts;
 * immutable and thread-safe, so a run with many threads reads the templates once instead of once per thread (each
 * {@link RuleMatcher} compiles only the CDK transforms it applies).
 */
public final class RulePlan {
    private static final Pattern CENTRE_ATOM = Pattern.compile("\\[#(\\d+);[aA];H(\\d+);([+-])(\\d+)");
    private static final Pattern ELEMENT = Pattern.compile("\\[#(\\d+)");

    private final List<DerivedRules.Template> templates;
    private final int[][] needs;
    private final int[][] centres;
    private final ProductScreen[] screens;
    private final BondScreen[] bondScreens;
    /** Centre atom kind → positions (ascending) of the templates it indexes: each under its rarest centre kind. */
    private final Map<Integer, int[]> index;
    /** Positions of templates without a stated centre atom (tried on every pot). */
    private final int[] unindexed;
    private final boolean indexed;
    private final boolean recomputeHydrogens;

    private RulePlan(DerivedRules rules, boolean indexed, boolean recomputeHydrogens) {
        this.indexed = indexed;
        this.recomputeHydrogens = recomputeHydrogens;
        this.templates = RuleMatcher.merged(rules.rules());
        int n = templates.size();
        needs = new int[n][];
        centres = new int[n][];
        screens = new ProductScreen[n];
        bondScreens = new BondScreen[n];
        for (int i = 0; i < n; i++) {
            String smirks = templates.get(i).smirks();
            needs[i] = elementsNeeded(smirks);
            centres[i] = centreAtoms(smirks);
            screens[i] = ProductScreen.of(smirks);
            // the bond screen reads derived templates' explicit atoms; hand-written rules are matched after their
            // hydrogens are recomputed, and an unindexed plan tries everything
            bondScreens[i] = indexed && !recomputeHydrogens ? BondScreen.of(smirks) : BondScreen.of("");
        }
        Map<Integer, Integer> frequency = new HashMap<>();
        for (int[] c : centres) {
            for (int k : c) {
                frequency.merge(k, 1, Integer::sum);
            }
        }
        Map<Integer, List<Integer>> lists = new HashMap<>();
        List<Integer> rest = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int[] c = centres[i];
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
        Map<Integer, int[]> idx = new HashMap<>();
        lists.forEach((k, l) -> idx.put(k, l.stream().mapToInt(Integer::intValue).toArray()));
        this.index = Map.copyOf(idx);
        this.unindexed = rest.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The plan of derived templates, with the centre index and all screens. */
    public static RulePlan of(DerivedRules rules) {
        return new RulePlan(rules, true, false);
    }

    /** A plan that screens ({@code indexed}) or tries every template; hydrogen counts recomputed on compiling. */
    static RulePlan of(DerivedRules rules, boolean indexed, boolean recomputeHydrogens) {
        return new RulePlan(rules, indexed, recomputeHydrogens);
    }

    /** Number of templates (after merging identical SMIRKS; some may not compile). */
    int size() {
        return templates.size();
    }

    DerivedRules.Template template(int i) {
        return templates.get(i);
    }

    boolean recomputesHydrogens() {
        return recomputeHydrogens;
    }

    BondScreen bondScreen(int i) {
        return bondScreens[i];
    }

    /** Positions of the templates to screen for a pot with these centre kinds, ascending (all when unindexed). */
    int[] candidates(Set<Integer> kinds) {
        if (!indexed) {
            return java.util.stream.IntStream.range(0, templates.size()).toArray();
        }
        BitSet on = new BitSet(templates.size());
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

    /**
     * Whether template {@code i} passes the atom screens: the pot has its heavy elements ({@code have}) and centre
     * kinds, and a target with these {@link ProductScreen#keysOf} atoms (null: unknown) may be its product.
     */
    boolean passes(int i, int[] have, Set<Integer> kinds, int[] targetAtoms) {
        return covers(have, needs[i]) && hasAll(kinds, centres[i]) && screens[i].allows(targetAtoms);
    }

    /** The (element, H count, charge) kinds of a pot's atoms, as {@link #centreAtoms} writes them. */
    static Set<Integer> kinds(IAtomContainer pot) {
        Set<Integer> kinds = new java.util.HashSet<>();
        for (IAtom a : pot.atoms()) {
            kinds.add(kind(a.getAtomicNumber() == null ? 0 : a.getAtomicNumber(),
                    a.getImplicitHydrogenCount() == null ? 0 : a.getImplicitHydrogenCount(),
                    a.getFormalCharge() == null ? 0 : a.getFormalCharge()));
        }
        return kinds;
    }

    /** The (element, H count, charge) kinds of the centre atoms a derived SMIRKS's reactant side states. */
    static int[] centreAtoms(String smirks) {
        String lhs = smirks.substring(0, smirks.indexOf(">>"));
        Matcher mt = CENTRE_ATOM.matcher(lhs);
        Set<Integer> ks = new TreeSet<>();
        while (mt.find()) {
            int q = Integer.parseInt(mt.group(4)) * ("-".equals(mt.group(3)) ? -1 : 1);
            ks.add(kind(Integer.parseInt(mt.group(1)), Integer.parseInt(mt.group(2)), q));
        }
        return ks.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int kind(int z, int h, int q) {
        return z * 1000 + h * 20 + q + 10;
    }

    private static boolean hasAll(Set<Integer> kinds, int[] need) {
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
        Matcher mt = ELEMENT.matcher(lhs);
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
