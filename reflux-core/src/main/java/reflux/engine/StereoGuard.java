package reflux.engine;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;
import org.openscience.cdk.interfaces.IChemObject;
import org.openscience.cdk.interfaces.IStereoElement;

/**
 * Keeps double-bond and tetrahedral stereo through a SMIRKS transform: before the transform it records every
 * stereo element with the neighbourhood (neighbours, bond orders, hydrogen counts) of the atoms it involves; after,
 * it puts back each element the transform dropped although none of those neighbourhoods changed.
 *
 * <p>CDK 2.11 dropped C=N/C=C stereo whenever a transform deleted a bond anywhere in the molecule; 2.12 keeps it
 * (see {@code StereoThroughRulesTest}). The guard costs little and protects against that class of loss.
 * Stateless; thread-safe.
 */
public final class StereoGuard {

    /** Stereo elements with the neighbourhood of each atom they involve, taken before a transform. */
    public record Snapshot(List<IStereoElement<?, ?>> elements, List<Map<IAtom, String>> environments) {
    }

    private StereoGuard() {
    }

    /** Records the stereo elements of {@code mol} and the neighbourhoods they depend on. */
    public static Snapshot snapshot(IAtomContainer mol) {
        List<IStereoElement<?, ?>> elements = new ArrayList<>();
        List<Map<IAtom, String>> envs = new ArrayList<>();
        for (IStereoElement<?, ?> se : mol.stereoElements()) {
            elements.add(se);
            Map<IAtom, String> env = new IdentityHashMap<>();
            for (IAtom atom : atomsOf(se)) {
                env.put(atom, environment(mol, atom));
            }
            envs.add(env);
        }
        return new Snapshot(elements, envs);
    }

    /**
     * Puts back into {@code mol} each element of the snapshot that the transform dropped while leaving its atoms'
     * neighbourhoods unchanged. Returns how many were restored.
     */
    public static int restore(Snapshot before, IAtomContainer mol) {
        Set<Object> foci = new LinkedHashSet<>();
        for (IStereoElement<?, ?> se : mol.stereoElements()) {
            foci.add(se.getFocus());
        }
        int restored = 0;
        for (int i = 0; i < before.elements().size(); i++) {
            IStereoElement<?, ?> se = before.elements().get(i);
            if (foci.contains(se.getFocus()) || !unchanged(before.environments().get(i), mol)
                    || !present(se, mol)) {
                continue;
            }
            mol.addStereoElement(se);
            restored++;
        }
        return restored;
    }

    private static boolean unchanged(Map<IAtom, String> env, IAtomContainer mol) {
        for (Map.Entry<IAtom, String> e : env.entrySet()) {
            if (mol.indexOf(e.getKey()) < 0 || !environment(mol, e.getKey()).equals(e.getValue())) {
                return false;
            }
        }
        return true;
    }

    private static boolean present(IStereoElement<?, ?> se, IAtomContainer mol) {
        List<IChemObject> parts = new ArrayList<>();
        parts.add(se.getFocus());
        parts.addAll(se.getCarriers());
        for (IChemObject o : parts) {
            if (o instanceof IAtom a && mol.indexOf(a) < 0) {
                return false;
            }
            if (o instanceof IBond b && mol.indexOf(b) < 0) {
                return false;
            }
        }
        return true;
    }

    private static List<IAtom> atomsOf(IStereoElement<?, ?> se) {
        List<IAtom> atoms = new ArrayList<>();
        List<IChemObject> parts = new ArrayList<>();
        parts.add(se.getFocus());
        parts.addAll(se.getCarriers());
        for (IChemObject o : parts) {
            if (o instanceof IAtom a) {
                atoms.add(a);
            } else if (o instanceof IBond b) {
                atoms.add(b.getBegin());
                atoms.add(b.getEnd());
            }
        }
        return atoms;
    }

    /** Neighbour identities with bond orders, hydrogen count and charge, in container order. */
    private static String environment(IAtomContainer mol, IAtom atom) {
        StringBuilder sb = new StringBuilder();
        sb.append(atom.getSymbol()).append(atom.getImplicitHydrogenCount()).append('/')
                .append(atom.getFormalCharge());
        List<String> nbrs = new ArrayList<>();
        for (IBond bond : mol.getConnectedBondsList(atom)) {
            IAtom other = bond.getOther(atom);
            nbrs.add(System.identityHashCode(other) + ":" + bond.getOrder());
        }
        nbrs.sort(null);
        sb.append(nbrs);
        return sb.toString();
    }
}
