package reflux.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openscience.cdk.exception.InvalidSmilesException;
import org.openscience.cdk.graph.ConnectivityChecker;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IAtomContainerSet;
import org.openscience.cdk.tools.manipulator.AtomContainerManipulator;
import org.openscience.cdk.tools.manipulator.MolecularFormulaManipulator;
import reflux.chem.Structures;

/**
 * A substance in its declared form taken apart the way the audit needs it: the main component, its neutral parent
 * (inner salt or free form: the main component with its charge neutralised by H), the acid molecules
 * (a counter-anion counts as one HX) and the waters that make up the isolated form.
 *
 * @param smiles           SMILES of the declared form
 * @param molarMass        average molar mass of the declared form (g/mol, CDK)
 * @param main             the main (largest) component
 * @param mainCharge       formal charge of the main component
 * @param parent           formula of the neutral parent
 * @param acids            formulas of the acid molecules (HX) of the form, one entry per molecule
 * @param waters           number of waters
 * @param permanentCation  true when the main component has a quaternary N+/P+ (no H on it)
 */
record Material(String smiles, double molarMass, IAtomContainer main, int mainCharge, Formula parent,
                List<Formula> acids, int waters, boolean permanentCation) {

    private static final Formula H = Formula.parse("H");
    private static final Formula WATER = Formula.parse("H2O");

    /** Takes a SMILES apart; empty when it cannot be parsed. */
    static Optional<Material> of(String smiles) {
        try {
            return parse(smiles);
        } catch (RuntimeException e) {
            // CDK may reject exotic input (unknown elements, odd valences): no structure, not a crash
            return Optional.empty();
        }
    }

    private static Optional<Material> parse(String smiles) {
        IAtomContainer all;
        try {
            all = Structures.parseSmiles(smiles);
        } catch (InvalidSmilesException e) {
            return Optional.empty();
        }
        double mass = Structures.molarMass(all);
        IAtomContainerSet parts = ConnectivityChecker.partitionIntoMolecules(all);
        IAtomContainer main = null;
        for (IAtomContainer part : parts.atomContainers()) {
            if (main == null || heavyAtoms(part) > heavyAtoms(main)) {
                main = part;
            }
        }
        if (main == null) {
            return Optional.empty();
        }
        List<Formula> acids = new ArrayList<>();
        int waters = 0;
        List<Formula> others = new ArrayList<>();
        for (IAtomContainer part : parts.atomContainers()) {
            if (part == main) {
                continue;
            }
            Formula f = Formula.of(MolecularFormulaManipulator.getMolecularFormula(part));
            int charge = AtomContainerManipulator.getTotalFormalCharge(part);
            if (charge == 0 && f.equals(WATER)) {
                waters++;
            } else if (charge == 0 && isAcid(part)) {
                acids.add(f);
            } else if (charge < 0) {
                acids.add(f.plus(H.times(-charge)));
            } else {
                others.add(f);
            }
        }
        int mainCharge = AtomContainerManipulator.getTotalFormalCharge(main);
        Formula parent = Formula.of(MolecularFormulaManipulator.getMolecularFormula(main)).minus(H.times(mainCharge));
        for (Formula o : others) {
            parent = parent.plus(o);
        }
        return Optional.of(new Material(smiles, mass, main, mainCharge, parent, List.copyOf(acids), waters,
                hasPermanentCation(main)));
    }

    /** Molar mass of the parent plus {@code acid} × acidCount plus water × waterCount. */
    double formMass(Formula acid, int acidCount, int waterCount) {
        Formula f = parent;
        if (acid != null) {
            f = f.plus(acid.times(acidCount));
        }
        return f.plus(WATER.times(waterCount)).molarMass();
    }

    /** The formula of the whole declared form as parent + acids + waters. */
    Formula formula() {
        Formula f = parent;
        for (Formula a : acids) {
            f = f.plus(a);
        }
        return f.plus(WATER.times(waters));
    }

    /** Hydrogens of the main component (implicit and explicit). */
    int mainHydrogens() {
        int n = 0;
        for (IAtom a : main.atoms()) {
            n += "H".equals(a.getSymbol()) ? 1
                    : a.getImplicitHydrogenCount() == null ? 0 : a.getImplicitHydrogenCount();
        }
        return n;
    }

    /** Hydrogens on N, O and S of the main component (exchangeable in DMSO-d6/D2O). */
    int mainExchangeableHydrogens() {
        int n = 0;
        for (IAtom a : main.atoms()) {
            String s = a.getSymbol();
            if (("N".equals(s) || "O".equals(s) || "S".equals(s)) && a.getImplicitHydrogenCount() != null) {
                n += a.getImplicitHydrogenCount();
            }
        }
        return n;
    }

    private static boolean isAcid(IAtomContainer part) {
        // a neutral small component with an H on a halogen or an acidic OH next to S/P (HCl, HBr, H2SO4, ...)
        if (heavyAtoms(part) > 8) {
            return false;
        }
        for (IAtom a : part.atoms()) {
            int h = a.getImplicitHydrogenCount() == null ? 0 : a.getImplicitHydrogenCount();
            if (h > 0 && ("Cl".equals(a.getSymbol()) || "Br".equals(a.getSymbol()) || "I".equals(a.getSymbol())
                    || "F".equals(a.getSymbol()))) {
                return true;
            }
            if (h > 0 && "O".equals(a.getSymbol())) {
                for (IAtom nb : part.getConnectedAtomsList(a)) {
                    if ("S".equals(nb.getSymbol()) || "P".equals(nb.getSymbol())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean hasPermanentCation(IAtomContainer mol) {
        for (IAtom a : mol.atoms()) {
            Integer q = a.getFormalCharge();
            int h = a.getImplicitHydrogenCount() == null ? 0 : a.getImplicitHydrogenCount();
            if (q != null && q > 0 && h == 0 && ("N".equals(a.getSymbol()) || "P".equals(a.getSymbol()))) {
                boolean doubleBonded = mol.getConnectedBondsList(a).stream()
                        .anyMatch(b -> b.getOrder() != org.openscience.cdk.interfaces.IBond.Order.SINGLE);
                if (!doubleBonded && mol.getConnectedBondsCount(a) == 4) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int heavyAtoms(IAtomContainer c) {
        int n = 0;
        for (IAtom a : c.atoms()) {
            if (!"H".equals(a.getSymbol())) {
                n++;
            }
        }
        return n;
    }
}
