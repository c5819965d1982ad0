package reflux.chem;

import java.util.ArrayList;
import java.util.List;
import org.openscience.cdk.CDKConstants;
import org.openscience.cdk.geometry.cip.CIPTool;
import org.openscience.cdk.graph.ConnectivityChecker;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.exception.InvalidSmilesException;
import org.openscience.cdk.inchi.InChIGenerator;
import org.openscience.cdk.inchi.InChIGeneratorFactory;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;
import org.openscience.cdk.silent.SilentChemObjectBuilder;
import org.openscience.cdk.smiles.SmiFlavor;
import org.openscience.cdk.smiles.SmilesGenerator;
import org.openscience.cdk.smiles.SmilesParser;
import org.openscience.cdk.tools.manipulator.AtomContainerManipulator;
import io.github.dan2097.jnainchi.InchiStatus;

/**
 * Structure facts from CDK: the one place Reflux turns a molecule into SMILES, formula, masses, InChIKey and CIP
 * labels, so identity, engine and audit agree.
 *
 * <pre>{@code
 * StructureFacts f = Structures.facts(Structures.parseSmiles("CC(=O)O"));
 * f.inchiKey(); // QTBSBXVTEAMEQO-UHFFFAOYSA-N
 * }</pre>
 *
 * <p>Thread-safe: one SMILES parser per thread (its construction, mostly CDK's logging-tool lookup, cost as much as
 * parsing a small molecule; its settings are never changed), generators are created per call (cheap) and InChI
 * generation, which goes through the native library, is serialised: the InChI 1.07 library that jna-inchi 1.3
 * wraps keeps global state and crashes or corrupts results when entered from several threads (IUPAC-InChI/InChI
 * issues 39 and 86), so this one lock is kept even though batch resolution runs on several threads.
 */
public final class Structures {

    private static final Object INCHI_LOCK = new Object();
    private static final ThreadLocal<SmilesParser> PARSER =
            ThreadLocal.withInitial(() -> new SmilesParser(SilentChemObjectBuilder.getInstance()));

    private Structures() {
    }

    /** Parses a SMILES (Kekulé or aromatic) into a new container with implicit hydrogens set. */
    public static IAtomContainer parseSmiles(String smiles) throws InvalidSmilesException {
        return PARSER.get().parseSmiles(smiles);
    }

    /** Canonical isomeric SMILES (stereo and isotopes kept). */
    public static String canonicalSmiles(IAtomContainer mol) {
        return canonicalSmiles(mol, null);
    }

    /**
     * Canonical isomeric SMILES; when {@code order} (length = atom count) is given and the result is written in one
     * piece, {@code order[i]} is the position of atom {@code i} in the SMILES (= its index when the SMILES is parsed
     * again); when CDK has to write the components one by one (see below) {@code order} is filled with -1 instead.
     */
    public static String canonicalSmiles(IAtomContainer mol, int[] order) {
        // CDK 2.12 numbers the atoms of an isomeric canonical SMILES by an InChI (SmilesGenerator.labels calls
        // InChINumbersTools, which runs the InChI library): the same lock as inchi(), or two threads would be in the
        // library at once. (This InChI run, about 1.5 ms, is most of what a canonical SMILES costs.)
        synchronized (INCHI_LOCK) {
            try {
                return order == null ? new SmilesGenerator(SmiFlavor.Absolute).create(mol)
                        : new SmilesGenerator(SmiFlavor.Absolute).create(mol, order);
            } catch (CDKException e) {
                throw new IllegalStateException("cannot write SMILES: " + e.getMessage(), e);
            } catch (ArrayIndexOutOfBoundsException e) {
                // CDK 2.12/Beam fails on some records of many identical small components (disodium phosphate
                // dodecahydrate): write each component canonically and join them in sorted order instead
                if (order != null) {
                    java.util.Arrays.fill(order, -1);
                }
                return componentwise(mol);
            }
        }
    }

    private static String componentwise(IAtomContainer mol) {
        List<String> parts = new ArrayList<>();
        for (IAtomContainer part : ConnectivityChecker.partitionIntoMolecules(mol).atomContainers()) {
            try {
                parts.add(new SmilesGenerator(SmiFlavor.Absolute).create(part));
            } catch (CDKException e) {
                throw new IllegalStateException("cannot write SMILES: " + e.getMessage(), e);
            }
        }
        parts.sort(null);
        return String.join(".", parts);
    }

    /**
     * An isomeric SMILES (stereo and isotopes kept) in the container's own atom order: not canonical, so it needs no
     * InChI run (see {@link #canonicalSmiles(IAtomContainer, int[])}); for structures that are only passed on.
     */
    public static String smiles(IAtomContainer mol) {
        try {
            return new SmilesGenerator(SmiFlavor.Isomeric).create(mol);
        } catch (CDKException | ArrayIndexOutOfBoundsException e) {
            return canonicalSmiles(mol);
        }
    }

    /** Hill formula of the whole container (all components), e.g. {@code C19H28Cl2N6O6S2}. */
    public static String hillFormula(IAtomContainer mol) {
        return HillFormula.of(mol);
    }

    /** Average molar mass in g/mol (IUPAC standard atomic weights as CDK ships them). */
    public static double molarMass(IAtomContainer mol) {
        return AtomContainerManipulator.getMass(mol, AtomContainerManipulator.MolWeight);
    }

    /** Monoisotopic mass in Da (most abundant isotope of each element; electrons not subtracted). */
    public static double monoisotopicMass(IAtomContainer mol) {
        return AtomContainerManipulator.getMass(mol, AtomContainerManipulator.MonoIsotopic);
    }

    /** Standard InChI and InChIKey; {@code [null, null]} when the InChI library refuses the structure. */
    public static String[] inchi(IAtomContainer mol) {
        synchronized (INCHI_LOCK) {
            try {
                InChIGenerator gen = InChIGeneratorFactory.getInstance().getInChIGenerator(mol);
                if (gen.getStatus() == InchiStatus.ERROR) {
                    return new String[] {null, null};
                }
                return new String[] {gen.getInchi(), gen.getInchiKey()};
            } catch (CDKException e) {
                return new String[] {null, null};
            }
        }
    }

    /** Standard InChIKey, or null when none can be made. */
    public static String inchiKey(IAtomContainer mol) {
        return inchi(mol)[1];
    }

    /**
     * CIP labels of stereocentres and stereogenic double bonds: {@code C11:R}, {@code C18=N19:Z}; indices are
     * 1-based positions in the container's atom order. Labels are computed on a copy.
     */
    public static List<String> cipLabels(IAtomContainer mol) {
        IAtomContainer copy;
        try {
            copy = mol.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
        return cipLabelsInPlace(copy);
    }

    /**
     * {@link #cipLabels} without the copy: the descriptors are left as properties of {@code mol}'s atoms and bonds
     * (for a container the caller made and owns, such as a freshly parsed one).
     */
    public static List<String> cipLabelsInPlace(IAtomContainer copy) {
        CIPTool.label(copy);
        List<String> labels = new ArrayList<>();
        for (IAtom atom : copy.atoms()) {
            String d = atom.getProperty(CDKConstants.CIP_DESCRIPTOR);
            if (d != null && !d.isEmpty() && !"NONE".equals(d)) {
                labels.add(atom.getSymbol() + (atom.getIndex() + 1) + ":" + d);
            }
        }
        for (IBond bond : copy.bonds()) {
            String d = bond.getProperty(CDKConstants.CIP_DESCRIPTOR);
            if (d != null && !d.isEmpty() && !"NONE".equals(d)) {
                IAtom a = bond.getBegin().getIndex() < bond.getEnd().getIndex() ? bond.getBegin() : bond.getEnd();
                IAtom b = bond.getOther(a);
                labels.add(a.getSymbol() + (a.getIndex() + 1) + "=" + b.getSymbol() + (b.getIndex() + 1) + ":" + d);
            }
        }
        return labels;
    }

    /** All facts about one structure. The CIP labels refer to the atom order of the canonical SMILES. */
    public static StructureFacts facts(IAtomContainer mol) {
        String smiles = canonicalSmiles(mol);
        IAtomContainer canonical;
        try {
            canonical = parseSmiles(smiles);
        } catch (InvalidSmilesException e) {
            throw new IllegalStateException("CDK wrote a SMILES it cannot read: " + smiles, e);
        }
        String[] inchi = inchi(mol);
        // the re-parsed container is this method's own: labelled in place, no copy
        return new StructureFacts(smiles, hillFormula(mol), molarMass(mol), monoisotopicMass(mol),
                AtomContainerManipulator.getTotalFormalCharge(mol), inchi[0], inchi[1], cipLabelsInPlace(canonical));
    }

    /** Facts of a SMILES string. */
    public static StructureFacts facts(String smiles) throws InvalidSmilesException {
        return facts(parseSmiles(smiles));
    }
}
