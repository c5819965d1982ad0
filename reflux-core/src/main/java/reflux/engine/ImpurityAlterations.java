package reflux.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;
import org.openscience.cdk.interfaces.IDoubleBondStereochemistry;
import org.openscience.cdk.interfaces.IStereoElement;
import org.openscience.cdk.isomorphism.Transform;
import org.openscience.cdk.smarts.SmartsPattern;
import org.openscience.cdk.smirks.Smirks;
import org.openscience.cdk.smirks.SmirksOption;
import org.openscience.cdk.stereo.DoubleBondStereochemistry;
import reflux.data.TsvTable;

/**
 * The impurity alterations of {@code reflux/rules/impurities.tsv}: each turns a starting material into the altered
 * one an impurity comes from (a SMIRKS applied once, or the inversion of stereo double bonds a SMARTS names). A user
 * adds an impurity by adding a row. Results are memoised by value per instance; thread-safe (transforms and
 * patterns are used under their own lock).
 */
final class ImpurityAlterations {

    /** One alteration: its id, what it makes, and how. */
    record Alteration(String id, String description, Transform smirks, SmartsPattern invert, String source) {
    }

    private static final int MAX_MEMO = 10_000;

    private final List<Alteration> alterations = new ArrayList<>();
    private final Map<List<String>, Optional<String>> memo = new ConcurrentHashMap<>();

    ImpurityAlterations() {
        for (TsvTable.Row r : TsvTable.load("/reflux/rules/impurities.tsv", "id", "description", "alteration",
                "source")) {
            String a = r.get("alteration");
            Transform t = null;
            SmartsPattern p = null;
            if (a.startsWith("smirks:")) {
                t = new Transform();
                if (!Smirks.parse(t, a.substring(7), SmirksOption.RECOMPUTE_HYDROGENS)) {
                    throw new IllegalStateException("impurities.tsv:" + r.line() + ": " + t.message());
                }
            } else if (a.startsWith("invert-double-bond:")) {
                p = SmartsPattern.create(a.substring(19));
            } else {
                throw new IllegalStateException("impurities.tsv:" + r.line() + ": unknown alteration " + a);
            }
            alterations.add(new Alteration(r.get("id"), r.get("description"), t, p, r.get("source")));
        }
    }

    List<Alteration> all() {
        return alterations;
    }

    /** The altered SMILES, or null when the alteration does not apply. */
    String apply(Alteration a, String smiles) {
        List<String> key = List.of(a.id(), smiles);
        Optional<String> hit = memo.get(key);
        if (hit != null) {
            return hit.orElse(null);
        }
        String out = a.smirks() != null ? transform(a.smirks(), smiles) : invert(a.invert(), smiles);
        if (memo.size() < MAX_MEMO) {
            memo.put(key, Optional.ofNullable(out));
        }
        return out;
    }

    private static String transform(Transform t, String smiles) {
        IAtomContainer mol = RuleApplier.parse(smiles);
        synchronized (t) {
            return t.apply(mol, 1) ? RuleApplier.smiles(mol) : null;
        }
    }

    /** Inverts every stereo double bond both of whose atoms are the first two atoms of a pattern match. */
    private static String invert(SmartsPattern p, String smiles) {
        IAtomContainer mol = RuleApplier.parse(smiles);
        List<int[]> hits;
        synchronized (p) {
            hits = new ArrayList<>();
            for (int[] m : p.matchAll(mol)) {
                hits.add(m.clone()); // the matcher reuses its array
            }
        }
        List<IStereoElement> out = new ArrayList<>();
        boolean changed = false;
        for (IStereoElement<?, ?> se : mol.stereoElements()) {
            if (se instanceof IDoubleBondStereochemistry db && named(db.getStereoBond(), mol, hits)) {
                IDoubleBondStereochemistry.Conformation c = db.getStereo();
                out.add(new DoubleBondStereochemistry(db.getStereoBond(), db.getBonds(),
                        c == IDoubleBondStereochemistry.Conformation.OPPOSITE
                                ? IDoubleBondStereochemistry.Conformation.TOGETHER
                                : IDoubleBondStereochemistry.Conformation.OPPOSITE));
                changed = true;
            } else {
                out.add(se);
            }
        }
        if (!changed) {
            return null;
        }
        mol.setStereoElements(out);
        return RuleApplier.smiles(mol);
    }

    private static boolean named(IBond bond, IAtomContainer mol, List<int[]> hits) {
        int a = mol.indexOf(bond.getBegin());
        int b = mol.indexOf(bond.getEnd());
        for (int[] m : hits) {
            if ((m[0] == a && m[1] == b) || (m[0] == b && m[1] == a)) {
                return true;
            }
        }
        return false;
    }
}
