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
 * formula and then full standard InChIKey equal the stored product's is a match. Templates whose reactant atoms
 * the pot lacks (by element count) are skipped without matching. Not thread-safe: one per worker thread (CDK
 * transforms keep match state); the templates themselves are shared.
 */
public final class RuleMatcher {
    /** At most this many unique matches of one template are tried on one pot. */
    static final int MAX_MATCHES = 8;
    private final List<DerivedRules.Template> templates = new ArrayList<>();
    private final List<Transform> transforms = new ArrayList<>();
    private final List<int[]> needs = new ArrayList<>();
    private final List<int[]> centres = new ArrayList<>();
    private static final java.util.regex.Pattern CENTRE_ATOM =
            java.util.regex.Pattern.compile("\\[#(\\d+);[aA];H(\\d+);([+-])(\\d+)");

    /** A matcher over {@code rules} (templates CDK cannot compile are left out). */
    public RuleMatcher(DerivedRules rules) {
        for (DerivedRules.Template t : rules.rules()) {
            Transform tf = new Transform();
            if (!Smirks.parse(tf, t.smirks())) {
                continue;
            }
            templates.add(t);
            transforms.add(tf);
            needs.add(elementsNeeded(t.smirks()));
            centres.add(centreAtoms(t.smirks()));
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
     */
    public record Outcome(String rule, int tried, int fired, List<String> products) {
        public Outcome {
            products = List.copyOf(products);
        }
    }

    /** Applies the templates to {@code pot} until one makes the product with {@code targetKey} (formula first). */
    public Outcome execute(IAtomContainer pot, String targetFormula, String targetKey) {
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
        for (int i = 0; i < templates.size(); i++) {
            if (!covers(have, needs.get(i)) || !hasAll(kinds, centres.get(i))) {
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
                    String f;
                    try {
                        f = MolecularFormulaManipulator.getString(MolecularFormulaManipulator.getMolecularFormula(part));
                    } catch (RuntimeException e) {
                        continue;
                    }
                    if (f.equals(targetFormula)) {
                        String key = Structures.inchiKey(part);
                        if (targetKey.equals(key)) {
                            return new Outcome(templates.get(i).id(), tried, fired + 1, List.of(f));
                        }
                    }
                    if (made.size() < 5 && part.getAtomCount() > 4) {
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

    /** Atomic numbers written {@code #N} on the reactant side of a derived SMIRKS, with their counts. */
    static int[] elementsNeeded(String smirks) {
        String lhs = smirks.substring(0, smirks.indexOf(">>"));
        Map<Integer, Integer> m = new TreeMap<>();
        java.util.regex.Matcher mt = java.util.regex.Pattern.compile("\\[#(\\d+)").matcher(lhs);
        while (mt.find()) {
            m.merge(Integer.parseInt(mt.group(1)), 1, Integer::sum);
        }
        int[] n = new int[120];
        m.forEach((z, c) -> {
            if (z > 1 && z < 120) {
                n[z] = c;
            }
        });
        return n;
    }

    private static boolean covers(int[] have, int[] need) {
        for (int z = 0; z < need.length; z++) {
            if (need[z] > have[z]) {
                return false;
            }
        }
        return true;
    }
}
