package reflux.identity;

import java.util.ArrayList;
import java.util.List;
import org.openscience.cdk.exception.InvalidSmilesException;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.tools.manipulator.AtomContainerManipulator;
import reflux.chem.StructureFacts;
import reflux.chem.Structures;
import reflux.model.identity.Resolution;
import reflux.model.identity.ResolutionStatus;

/**
 * The facts of one structure SMILES for {@link NameResolver}, only those its {@link Facts} mode asks for
 * (name-independent; the warnings are those of the structure alone). Stateless.
 */
final class StructureOfSmiles {

    /** The facts a resolver computes for a resolved name; whatever is not asked for is never computed. */
    public enum Facts {
        /**
         * InChI, InChIKey and charge only: the structure's SMILES as the answering layer wrote it (not canonical),
         * no formula, masses, CIP labels, undefined-stereo warnings or suggestions, and OPSIN's short failure message
         * instead of its detailed analysis (key comparisons).
         */
        KEY,
        /** Canonical SMILES, formula, charge, InChI, InChIKey, undefined-stereo warnings; no CIP, masses, suggestions. */
        IDENTITY,
        /**
         * {@link #IDENTITY} with the molar and monoisotopic masses: what a corpus row states (amounts to moles); no
         * CIP labels and no suggestions, OPSIN's detailed failure analysis kept.
         */
        MASSES,
        /** Everything a {@link Resolution} holds. */
        ALL
    }

    private StructureOfSmiles() {
    }

    /**
     * The facts of one structure (name-independent; its warnings are those of the structure alone). The SMILES is
     * parsed once; the InChI (and from it the key) is generated once; the canonical SMILES is written with its atom
     * order, so that the undefined-stereo labels need no second parse. Only all-facts mode parses the canonical SMILES
     * again, for CIP labels in its atom order, and computes masses.
     */
    static Resolution of(String smiles, String source, Facts facts) {
        StructureFacts f;
        List<String> undefined;
        try {
            IAtomContainer mol = Structures.parseSmiles(smiles);
            if (facts == Facts.KEY) {
                String[] inchi = Structures.inchi(mol);
                return keyOnly(smiles, source, inchi, AtomContainerManipulator.getTotalFormalCharge(mol));
            }
            int[] order = new int[mol.getAtomCount()];
            String canonical = Structures.canonicalSmiles(mol, order);
            String[] inchi = Structures.inchi(mol);
            int charge = AtomContainerManipulator.getTotalFormalCharge(mol);
            if (facts == Facts.IDENTITY || facts == Facts.MASSES) {
                undefined = order.length > 0 && order[0] < 0 ? UndefinedStereo.of(canonical)
                        : UndefinedStereo.of(mol, order);
                boolean masses = facts == Facts.MASSES;
                f = new StructureFacts(canonical, Structures.hillFormula(mol), masses ? Structures.molarMass(mol) : 0,
                        masses ? Structures.monoisotopicMass(mol) : 0, charge, inchi[0], inchi[1], List.of());
            } else {
                IAtomContainer inOrder = Structures.parseSmiles(canonical);
                undefined = UndefinedStereo.of(inOrder);
                f = new StructureFacts(canonical, Structures.hillFormula(mol), Structures.molarMass(mol),
                        Structures.monoisotopicMass(mol), charge, inchi[0], inchi[1],
                        Structures.cipLabelsInPlace(inOrder));
            }
        } catch (InvalidSmilesException | RuntimeException e) {
            return new Resolution(smiles, ResolutionStatus.UNRESOLVED, null, null, null, null, null, null, null,
                    List.of(), null, List.of(), "structure from " + source + " cannot be processed"
                    + (e instanceof InvalidSmilesException && e.getMessage() != null ? ": " + e.getMessage()
                    : " (an internal error in the structure toolkit)"), List.of());
        }
        List<String> warnings = new ArrayList<>();
        if (f.inchiKey() == null) {
            warnings.add("no standard InChI could be generated for this structure");
        }
        if (!undefined.isEmpty()) {
            warnings.add("stereo not fixed by the name, left undefined: " + String.join(" ", undefined));
        }
        return new Resolution(smiles, ResolutionStatus.RESOLVED, f.smiles(), f.formula(),
                withMasses(facts) ? f.molarMass() : null, withMasses(facts) ? f.monoisotopicMass() : null, f.charge(),
                f.inchi(), f.inchiKey(), f.cip(), source, warnings, null, List.of());
    }

    private static boolean withMasses(Facts facts) {
        return facts == Facts.ALL || facts == Facts.MASSES;
    }

    private static Resolution keyOnly(String smiles, String source, String[] inchi, int charge) {
        List<String> warnings = inchi[1] == null ? List.of("no standard InChI could be generated for this structure")
                : List.of();
        return new Resolution(smiles, ResolutionStatus.RESOLVED, smiles, null, null, null, charge, inchi[0], inchi[1],
                List.of(), source, warnings, null, List.of());
    }
}
