package reflux.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openscience.cdk.graph.ConnectivityChecker;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IAtomContainerSet;
import org.openscience.cdk.isomorphism.Transform;
import org.openscience.cdk.smirks.Smirks;
import reflux.chem.Structures;

/**
 * Executes a record with the derived templates: each template is applied (every unique match, CDK
 * {@code Transform.Mode.Unique}) to the pot of the record's resolved reactants, and a product component whose
 * formula, then heavy-atom skeleton ({@link SkeletonKey}, no lock) and then full standard InChIKey equal the stored
 * product's is a match (the InChI library, serialised across threads, only confirms). Templates are tried in their
 * order, but only those an index by reaction-centre atom kind (element, H count, charge) offers for the pot's atoms,
 * and of those only the ones whose reactant atoms the pot has (by element count) and whose product side the target
 * has ({@link ProductScreen}: a template that cannot make the target is not applied) and whose reactant bonds the pot
 * has ({@link BondScreen}: a template that cannot match is not applied); identical SMIRKS are one template
 * (the first id, the records of all). The templates and their screens are a shared {@link RulePlan}. Not
 * thread-safe: one per worker thread (CDK transforms keep match state), each compiling a template's transform when it
 * first applies it.
 */
public final class RuleMatcher {
    /** At most this many unique matches of one template are tried on one pot. */
    static final int MAX_MATCHES = 8;
    private final RulePlan plan;
    /** Per template, its CDK transform, compiled on first use (null: not yet, or it does not compile). */
    private final Transform[] transforms;
    /** Per template: 0 not compiled yet, 1 compiled, 2 CDK cannot compile it (left out). */
    private final byte[] compiled;

    /** A matcher over {@code rules} (templates CDK cannot compile are left out), with the centre index. */
    public RuleMatcher(DerivedRules rules) {
        this(RulePlan.of(rules));
    }

    /**
     * A matcher over a shared plan (its screens and index are computed once for all threads); this matcher's own
     * transforms are compiled when a template is first applied.
     */
    public RuleMatcher(RulePlan plan) {
        this.plan = plan;
        this.transforms = new Transform[plan.size()];
        this.compiled = new byte[plan.size()];
    }

    /** A matcher that tries every template ({@code indexed} false) or only those the screens offer. */
    RuleMatcher(DerivedRules rules, boolean indexed) {
        this(RulePlan.of(rules, indexed, false));
    }

    /**
     * A matcher over hand-written SMIRKS (the engine's rules.yaml), compiled as the engine compiles them: hydrogen
     * counts of the mapped atoms recomputed (derived templates state them and need no recomputing).
     */
    public static RuleMatcher recomputingHydrogens(DerivedRules rules) {
        return new RuleMatcher(RulePlan.of(rules, true, true));
    }

    /** Template {@code i}'s transform, compiled on first use; null when CDK cannot compile it. */
    private Transform transform(int i) {
        if (compiled[i] == 0) {
            Transform tf = new Transform();
            String smirks = plan.template(i).smirks();
            boolean ok = plan.recomputesHydrogens()
                    ? Smirks.parse(tf, smirks, org.openscience.cdk.smirks.SmirksOption.RECOMPUTE_HYDROGENS)
                    : Smirks.parse(tf, smirks);
            transforms[i] = ok ? tf : null;
            compiled[i] = (byte) (ok ? 1 : 2);
        }
        return transforms[i];
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
        List<DerivedRules.Template> out = new ArrayList<>();
        for (int i = 0; i < plan.size(); i++) {
            if (transform(i) != null) {
                out.add(plan.template(i));
            }
        }
        return List.copyOf(out);
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
        return templates().size();
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
        int[] have = RulePlan.elements(pot);
        java.util.Set<Integer> kinds = RulePlan.kinds(pot);
        int tried = 0;
        int fired = 0;
        java.util.Set<String> made = new java.util.TreeSet<>();
        long[] bonds = null;
        for (int i : plan.candidates(kinds)) {
            if (!plan.passes(i, have, kinds, target.atoms())) {
                continue;
            }
            BondScreen bs = plan.bondScreen(i);
            if (bs.size() > 0) {
                if (bonds == null) {
                    bonds = BondScreen.keysOf(pot);
                }
                if (!bs.allows(bonds)) {
                    continue;
                }
            }
            Transform tf = transform(i);
            if (tf == null) {
                continue;
            }
            tried++;
            boolean any = false;
            List<IAtomContainer> outs = new ArrayList<>();
            try {
                for (IAtomContainer out : tf.apply(pot, Transform.Mode.Unique, MAX_MATCHES)) {
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
                        return new Outcome(plan.template(i).id(), tried, fired + 1, List.of(f));
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
            return reflux.chem.HillFormula.of(part);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Whether a component with formula {@code f} is {@code target}: formula, skeleton, then standard InChIKey. */
    private static boolean isTarget(IAtomContainer part, String f, Target target) {
        return f.equals(target.formula()) && (target.skeleton() == null || target.skeleton() == SkeletonKey.of(part))
                && target.inchiKey().equals(Structures.inchiKey(part));
    }
}
