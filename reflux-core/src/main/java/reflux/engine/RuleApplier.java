package reflux.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.exception.InvalidSmilesException;
import org.openscience.cdk.smiles.SmiFlavor;
import org.openscience.cdk.smiles.SmilesGenerator;
import org.openscience.cdk.interfaces.IAtomContainer;
import reflux.chem.Structures;

/**
 * Applies one rule of a {@link RuleLibrary} to a pot (one container holding every molecule of a stage as separate
 * components), keeps stereo through the transform ({@link StereoGuard}) and checks the atom and charge balance of
 * the application against the rule's reagents and by-products.
 *
 * <pre>{@code
 * IAtomContainer pot = Structures.parseSmiles("OC(=O)/C(=N\\OC)C(=O)CBr");
 * RuleApplier.Application a = RuleApplier.apply(RuleLibrary.standard(), "acid-chloride-pcl5", pot);
 * a.count(); // 1
 * }</pre>
 *
 * <p>Thread-safe: the pot is copied; the shared compiled transform is used under its lock.
 */
public final class RuleApplier {

    /** Upper bound on applications of a repeating rule (a pot has few sites; this stops runaway rules). */
    static final int MAX_REPEAT = 12;

    /**
     * The outcome of applying one rule.
     *
     * @param rule      the rule
     * @param pot       the pot after the rule (a new container; the input is untouched)
     * @param count     how many times the rule applied (0 = no match; the pot is then the input's copy)
     * @param imbalance (pot before + reagents) − (pot after + by-products), per element and charge; zero when
     *                  balanced
     * @param restored  stereo elements put back by the guard
     * @param sites     how many alternative pot components the rule could have been applied to (1 = no choice)
     * @param undeclaredBonds element pairs of bonds the application changed that the rule does not declare
     *                  (empty when the rule did what it says)
     * @param onAgent   the SMILES of the vessel agent the rule acted on (ion exchange of an acid in solution), or
     *                  null for an application to the pot; {@code pot} is then the agent after the rule
     */
    public record Application(Rule rule, IAtomContainer pot, int count, String imbalance, int restored,
                              int sites, java.util.Set<String> undeclaredBonds, String onAgent) {
        /** An application to the pot. */
        public Application(Rule rule, IAtomContainer pot, int count, String imbalance, int restored, int sites,
                           java.util.Set<String> undeclaredBonds) {
            this(rule, pot, count, imbalance, restored, sites, undeclaredBonds, null);
        }

        /** This application as one to an agent of the vessel (its SMILES before), not to the pot. */
        public Application onAgent(String agentSmiles) {
            return new Application(rule, pot, count, imbalance, restored, sites, undeclaredBonds, agentSmiles);
        }

        /** True when the rule applied at least once. */
        public boolean applied() {
            return count > 0;
        }

        /** True when atoms and charge balance. */
        public boolean balanced() {
            return "0".equals(imbalance);
        }
    }

    private RuleApplier() {
    }

    /** Applies the rule with this id; throws when the library has no such rule (programmer error). */
    public static Application apply(RuleLibrary library, String ruleId, IAtomContainer pot) {
        RuleLibrary.Compiled c = library.compiled(ruleId)
                .orElseThrow(() -> new IllegalArgumentException("no rule " + ruleId));
        return apply(c, pot);
    }

    static Application apply(RuleLibrary.Compiled c, IAtomContainer input) {
        IAtomContainer pot = copy(input);
        Composition before = Composition.of(pot);
        int count = 0;
        int restored = 0;
        java.util.Set<String> changed = new java.util.TreeSet<>();
        if (c.rule().isAddition()) {
            StringBuilder smi = new StringBuilder(smiles(pot));
            for (String add : c.rule().adds()) {
                smi.append(smi.length() == 0 ? "" : ".").append(add);
            }
            pot = parse(smi.toString());
            count = 1;
        } else {
            synchronized (c.transform()) {
                while (count < (c.rule().repeat() ? MAX_REPEAT : 1)) {
                    StereoGuard.Snapshot snap = StereoGuard.snapshot(pot);
                    BondChanges.Snapshot bonds = BondChanges.snapshot(pot);
                    if (!c.transform().apply(pot, 1)) {
                        break;
                    }
                    changed.addAll(BondChanges.changed(bonds, pot));
                    restored += StereoGuard.restore(snap, pot);
                    count++;
                }
            }
        }
        Composition after = Composition.of(pot);
        Composition in = before;
        Composition out = after;
        for (Composition r : c.reagents()) {
            in = in.plus(r, count);
        }
        for (Composition b : c.byProducts()) {
            out = out.plus(b, count);
        }
        if (c.rule().isAddition()) {
            for (Composition a : c.adds()) {
                in = in.plus(a);
            }
        }
        changed.removeAll(c.rule().bonds());
        return new Application(c.rule(), pot, count, in.minus(out).toString(), restored, 1, Set.copyOf(changed));
    }

    /** Bound on the distinct sites one rule is tried at in one pot. */
    static final int MAX_SITES = 16;

    /**
     * Every distinct way the rule applies to the pot, as whole pots: a repeating rule once (at every site, guarded);
     * any other rule at each unique match of its templates, across and within components (the first with the
     * stereo guard and the bond check, the others as CDK's transform writes them; CDK 2.12 keeps stereo through a
     * transform, see {@code StereoThroughRulesTest}). Distinct by canonical SMILES; empty when it matches nowhere.
     */
    static List<Application> sites(RuleLibrary.Compiled c, IAtomContainer pot) {
        Application first = apply(c, pot);
        if (!first.applied()) {
            return List.of();
        }
        if (c.rule().isAddition() || c.rule().repeat()) {
            return List.of(first);
        }
        List<Application> out = new ArrayList<>();
        out.add(first);
        java.util.Set<String> seen = new java.util.HashSet<>();
        seen.add(Structures.canonicalSmiles(first.pot()));
        List<IAtomContainer> results = new ArrayList<>();
        synchronized (c.transform()) {
            for (IAtomContainer r : c.transform().apply(copy(pot),
                    org.openscience.cdk.isomorphism.Transform.Mode.Unique, MAX_SITES)) {
                results.add(r);
            }
        }
        for (IAtomContainer r : results) {
            if (seen.add(Structures.canonicalSmiles(r))) {
                Composition in = Composition.of(pot);
                for (Composition x : c.reagents()) {
                    in = in.plus(x);
                }
                Composition outC = Composition.of(r);
                for (Composition b : c.byProducts()) {
                    outC = outC.plus(b);
                }
                out.add(new Application(c.rule(), r, 1, in.minus(outC).toString(), 0, 0, first.undeclaredBonds()));
            }
        }
        int n = out.size();
        return out.stream().map(a -> new Application(a.rule(), a.pot(), a.count(), a.imbalance(), a.restored(), n,
                a.undeclaredBonds())).toList();
    }

    static IAtomContainer copy(IAtomContainer mol) {
        try {
            return mol.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A stereo SMILES for internal round trips (not canonical: cheap, no InChI numbering). Output species use
     * canonical SMILES from {@link Structures#facts}.
     */
    static String smiles(IAtomContainer mol) {
        try {
            return new SmilesGenerator(SmiFlavor.Stereo).create(mol);
        } catch (CDKException e) {
            throw new IllegalStateException("cannot write SMILES: " + e.getMessage(), e);
        }
    }

    static IAtomContainer parse(String smiles) {
        try {
            return Structures.parseSmiles(smiles);
        } catch (InvalidSmilesException e) {
            throw new IllegalStateException("CDK wrote a SMILES it cannot read: " + smiles, e);
        }
    }

    /** Splits a pot into its components (stereo kept), in order of their first atom. */
    static List<IAtomContainer> components(IAtomContainer pot) {
        List<IAtomContainer> out = new ArrayList<>();
        for (IAtomContainer part : org.openscience.cdk.graph.ConnectivityChecker.partitionIntoMolecules(pot)
                .atomContainers()) {
            out.add(part);
        }
        return out;
    }
}
