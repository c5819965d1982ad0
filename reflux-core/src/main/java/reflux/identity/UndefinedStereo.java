package reflux.identity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
        List<String> labels = new ArrayList<>();
        for (IAtom atom : mol.atoms()) {
            int i = atom.getIndex();
            if (!centres.isStereocenter(i) || defined.contains(atom)) {
                continue;
            }
            if (centres.elementType(i) == Stereocenters.Type.Tetracoordinate) {
                labels.add(atom.getSymbol() + (i + 1));
            }
        }
        for (IBond bond : mol.bonds()) {
            IAtom a = bond.getBegin().getIndex() < bond.getEnd().getIndex() ? bond.getBegin() : bond.getEnd();
            IAtom b = bond.getOther(a);
            if (bond.getOrder() == IBond.Order.DOUBLE && !bond.isAromatic() && !bond.isInRing()
                    && centres.isStereocenter(a.getIndex()) && centres.isStereocenter(b.getIndex())
                    && !defined.contains(a) && !defined.contains(b)) {
                labels.add(a.getSymbol() + (a.getIndex() + 1) + "=" + b.getSymbol() + (b.getIndex() + 1));
            }
        }
        return labels;
    }
}
