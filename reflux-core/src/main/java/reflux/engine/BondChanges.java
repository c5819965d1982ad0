package reflux.engine;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;

/**
 * The bonds a transform made, broke or re-ordered, as element pairs ({@code C-N}, {@code C-Cl}; Hill order),
 * so that each application can be checked against the bonds its rule declares it may change. Bonds wholly inside
 * a leaving group or wholly inside an added group are not counted; order changes of aromatic bonds are not counted
 * (a transform may write another Kekulé form).
 */
final class BondChanges {

    /** Bonds of a container before a transform: atom pair → order, aromatic flag. */
    record Snapshot(Map<IAtom, Map<IAtom, IBond.Order>> orders, Set<IBond> aromatic,
                    Map<IAtom, String> atoms) {
    }

    private BondChanges() {
    }

    static Snapshot snapshot(IAtomContainer mol) {
        Map<IAtom, Map<IAtom, IBond.Order>> orders = new IdentityHashMap<>();
        Set<IBond> aromatic = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        Map<IAtom, String> atoms = new IdentityHashMap<>();
        for (IAtom a : mol.atoms()) {
            atoms.put(a, a.getSymbol());
        }
        for (IBond b : mol.bonds()) {
            orders.computeIfAbsent(b.getBegin(), k -> new IdentityHashMap<>()).put(b.getEnd(), b.getOrder());
            orders.computeIfAbsent(b.getEnd(), k -> new IdentityHashMap<>()).put(b.getBegin(), b.getOrder());
            if (b.isAromatic()) {
                aromatic.add(b);
            }
        }
        return new Snapshot(orders, aromatic, atoms);
    }

    /** Element pairs of the bonds changed between the snapshot and {@code after}. */
    static Set<String> changed(Snapshot before, IAtomContainer after) {
        Set<String> out = new TreeSet<>();
        // an atom that changed element (a transform may reuse a deleted atom for a new one) counts as replaced
        Map<IAtom, Boolean> now = new IdentityHashMap<>();
        for (IAtom a : after.atoms()) {
            if (a.getSymbol().equals(before.atoms().get(a))) {
                now.put(a, Boolean.TRUE);
            }
        }
        // bonds before: broken (partner gone or bond gone) or re-ordered
        for (Map.Entry<IAtom, Map<IAtom, IBond.Order>> e : before.orders().entrySet()) {
            IAtom a = e.getKey();
            for (Map.Entry<IAtom, IBond.Order> f : e.getValue().entrySet()) {
                IAtom b = f.getKey();
                if (System.identityHashCode(a) > System.identityHashCode(b)) {
                    continue; // each bond once
                }
                boolean aKept = now.containsKey(a);
                boolean bKept = now.containsKey(b);
                if (!aKept && !bKept) {
                    continue; // inside a leaving group
                }
                IBond bond = aKept && bKept ? after.getBond(a, b) : null;
                if (bond == null) {
                    out.add(pair(before.atoms().get(a), before.atoms().get(b)));
                } else if (bond.getOrder() != f.getValue() && !wasAromatic(before, a, b) && !bond.isAromatic()) {
                    out.add(pair(before.atoms().get(a), before.atoms().get(b)));
                }
            }
        }
        // bonds after that did not exist: formed (to a new atom only when the other atom was there before)
        for (IBond bond : after.bonds()) {
            IAtom a = bond.getBegin();
            IAtom b = bond.getEnd();
            boolean aOld = now.containsKey(a);
            boolean bOld = now.containsKey(b);
            if (!aOld && !bOld) {
                continue; // inside an added group
            }
            Map<IAtom, IBond.Order> m = before.orders().get(a);
            if (!aOld || !bOld || m == null || !m.containsKey(b)) {
                out.add(pair(a.getSymbol(), b.getSymbol()));
            }
        }
        return out;
    }

    private static boolean wasAromatic(Snapshot before, IAtom a, IAtom b) {
        for (IBond bond : before.aromatic()) {
            if ((bond.getBegin() == a && bond.getEnd() == b) || (bond.getBegin() == b && bond.getEnd() == a)) {
                return true;
            }
        }
        return false;
    }

    static String pair(String x, String y) {
        if ("C".equals(y) && !"C".equals(x)) {
            return y + "-" + x; // carbon first, then alphabetical (Hill order)
        }
        return "C".equals(x) || x.compareTo(y) <= 0 ? x + "-" + y : y + "-" + x;
    }
}
