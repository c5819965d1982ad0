package reflux.chem;

import org.openscience.cdk.config.Elements;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IPseudoAtom;
import org.openscience.cdk.tools.manipulator.MolecularFormulaManipulator;

/**
 * The Hill formula string of a structure exactly as CDK writes it ({@code MolecularFormulaManipulator.getString} of
 * {@code getMolecularFormula}: carbon, hydrogen, then the other elements by symbol — all by symbol without carbon —
 * isotopes counted with their element, a net charge as {@code [C2H3O2]-} or {@code [O4S]2-}), counted straight from
 * the atoms without building CDK's formula objects: the corpus engine writes one for every component a template makes.
 * A structure with a pseudo atom, an atom of no known element or one beyond copernicium is handed to CDK. Stateless.
 */
public final class HillFormula {
    /**
     * The last element handled here: CDK 2.12's Hill order lists no element after copernicium (112), so it leaves
     * nihonium and the rest out of the string; a structure with one goes to CDK (HillFormulaTest).
     */
    private static final int LAST = 112;
    private static final String[] SYMBOLS = new String[119];
    /** Atomic numbers 1..118 in the order of their symbols (H included). */
    private static final int[] BY_SYMBOL;

    static {
        Integer[] order = new Integer[118];
        for (int z = 1; z <= 118; z++) {
            SYMBOLS[z] = Elements.ofNumber(z).symbol();
            order[z - 1] = z;
        }
        java.util.Arrays.sort(order, (x, y) -> SYMBOLS[x].compareTo(SYMBOLS[y]));
        BY_SYMBOL = java.util.Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    }

    private HillFormula() {
    }

    /** The formula string of all atoms of {@code mol} (every component), as CDK writes it. */
    public static String of(IAtomContainer mol) {
        int[] n = new int[119];
        int charge = 0;
        for (IAtom a : mol.atoms()) {
            Integer z = a.getAtomicNumber();
            if (a instanceof IPseudoAtom || z == null || z < 1 || z > LAST) {
                return MolecularFormulaManipulator.getString(MolecularFormulaManipulator.getMolecularFormula(mol));
            }
            n[z]++;
            Integer h = a.getImplicitHydrogenCount();
            n[1] += h == null ? 0 : h;
            Integer q = a.getFormalCharge();
            charge += q == null ? 0 : q;
        }
        StringBuilder sb = new StringBuilder();
        if (n[6] > 0) {
            append(sb, 6, n[6]);
            append(sb, 1, n[1]);
        }
        for (int z : BY_SYMBOL) {
            if (n[6] > 0 && (z == 6 || z == 1)) {
                continue;
            }
            append(sb, z, n[z]);
        }
        if (charge == 0) {
            return sb.toString();
        }
        int abs = Math.abs(charge);
        return "[" + sb + "]" + (abs > 1 ? Integer.toString(abs) : "") + (charge > 0 ? "+" : "-");
    }

    private static void append(StringBuilder sb, int z, int count) {
        if (count > 0) {
            sb.append(SYMBOLS[z]);
            if (count > 1) {
                sb.append(count);
            }
        }
    }
}
