package reflux.identity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.openscience.cdk.exception.InvalidSmilesException;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;
import org.openscience.cdk.interfaces.IStereoElement;
import org.openscience.cdk.stereo.Stereocenters;
import reflux.chem.Structures;

/**
 * Finds stereocentres and stereogenic double bonds that a structure leaves undefined, so that a result can say "the
 * name does not fix this" instead of silently returning a stereo-incomplete structure. Stateless.
 */
final class UndefinedStereo {

    private UndefinedStereo() {
    }

    /** Labels such as {@code C5} or {@code C4=N5} (1-based indices of the SMILES), empty when all are defined. */
    static List<String> of(String smiles) {
        IAtomContainer mol;
        try {
            mol = Structures.parseSmiles(smiles);
        } catch (InvalidSmilesException e) {
            return List.of();
        }
        return of(mol);
    }

    /** The labels of a container, indices in its own atom order. */
    static List<String> of(IAtomContainer mol) {
        int[] identity = new int[mol.getAtomCount()];
        for (int i = 0; i < identity.length; i++) {
            identity[i] = i;
        }
        return of(mol, identity);
    }

    /**
     * The labels with the indices a SMILES written in {@code order} gives ({@code order[i]}: position of atom i, as
     * {@link Structures#canonicalSmiles(IAtomContainer, int[])} fills it), so that the container need not be parsed
     * again from that SMILES; listed as {@link #of(String)} lists them (atoms, then double bonds, by position).
     */
    static List<String> of(IAtomContainer mol, int[] order) {
        Stereocenters centres;
        try {
            centres = Stereocenters.of(mol);
        } catch (RuntimeException e) {
            return List.of();
        }
        Set<IAtom> defined = new HashSet<>();
        for (IStereoElement<?, ?> se : mol.stereoElements()) {
            Object focus = se.getFocus();
            if (focus instanceof IAtom a) {
                defined.add(a);
            } else if (focus instanceof IBond b) {
                defined.add(b.getBegin());
                defined.add(b.getEnd());
            }
        }
        TreeMap<Integer, String> atoms = new TreeMap<>();
        for (IAtom atom : mol.atoms()) {
            int i = atom.getIndex();
            if (!centres.isStereocenter(i) || defined.contains(atom)) {
                continue;
            }
            if (centres.elementType(i) == Stereocenters.Type.Tetracoordinate) {
                atoms.put(order[i], atom.getSymbol() + (order[i] + 1));
            }
        }
        List<String> labels = new ArrayList<>(atoms.values());
        TreeMap<Long, String> bonds = new TreeMap<>();
        for (IBond bond : mol.bonds()) {
            IAtom a = order[bond.getBegin().getIndex()] < order[bond.getEnd().getIndex()] ? bond.getBegin()
                    : bond.getEnd();
            IAtom b = bond.getOther(a);
            if (bond.getOrder() == IBond.Order.DOUBLE && !bond.isAromatic() && !bond.isInRing()
                    && centres.isStereocenter(a.getIndex()) && centres.isStereocenter(b.getIndex())
                    && !defined.contains(a) && !defined.contains(b)) {
                int pa = order[a.getIndex()];
                int pb = order[b.getIndex()];
                bonds.put((long) pa * Integer.MAX_VALUE + pb,
                        a.getSymbol() + (pa + 1) + "=" + b.getSymbol() + (pb + 1));
            }
        }
        labels.addAll(bonds.values());
        return labels;
    }
}
