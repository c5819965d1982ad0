package reflux.corpus;

import java.util.Arrays;
import java.util.TreeSet;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;
import org.openscience.cdk.isomorphism.matchers.Expr;
import org.openscience.cdk.isomorphism.matchers.QueryAtom;
import org.openscience.cdk.isomorphism.matchers.QueryAtomContainer;
import org.openscience.cdk.silent.SilentChemObjectBuilder;
import org.openscience.cdk.smarts.Smarts;

/**
 * What a template's reactant side demands of the pot's bonds: every bond of the reactant pattern joins two atoms
 * whose element (and, where the SMARTS states them, total hydrogen count and charge) it fixes; a pot with no bond
 * between atoms of those two kinds has no match, so the template need not be applied. A necessary condition only:
 * bond order, aromaticity and everything else an atom's expression says are not compared, an atom whose expression
 * is not a plain conjunction (OR, NOT) or states no element leaves its bonds unscreened, so the screen never rules
 * out a template the matcher would fire. The reactant side is read with CDK's own SMARTS parser. Immutable.
 */
final class BondScreen {
    private static final BondScreen NONE = new BondScreen(new long[0]);
    /** Sorted distinct pair keys the reactant side demands. */
    private final long[] pairs;

    private BondScreen(long[] pairs) {
        this.pairs = pairs;
    }

    /** The screen of a SMIRKS ({@code reactants>>products}); one that demands nothing when it cannot be read. */
    static BondScreen of(String smirks) {
        int at = smirks.indexOf(">>");
        if (at <= 0) {
            return NONE;
        }
        QueryAtomContainer query = new QueryAtomContainer(SilentChemObjectBuilder.getInstance());
        if (!Smarts.parse(query, smirks.substring(0, at))) {
            return NONE;
        }
        TreeSet<Long> keys = new TreeSet<>();
        for (IBond b : query.bonds()) {
            int x = code(b.getBegin());
            int y = code(b.getEnd());
            if (x != 0 && y != 0) {
                keys.add(pair(x, y));
            }
        }
        return keys.isEmpty() ? NONE : new BondScreen(keys.stream().mapToLong(Long::longValue).toArray());
    }

    /** Number of bond kinds demanded (0 = the screen rules nothing out). */
    int size() {
        return pairs.length;
    }

    /**
     * The sorted distinct pair keys of a pot's bonds, each bond under every reading a template atom may ask for:
     * element alone and element with total hydrogen count and charge, at either end.
     */
    static long[] keysOf(IAtomContainer pot) {
        int n = pot.getAtomCount();
        int[] full = new int[n];
        int[] element = new int[n];
        for (int i = 0; i < n; i++) {
            IAtom a = pot.getAtom(i);
            int z = a.getAtomicNumber() == null ? 0 : a.getAtomicNumber();
            int h = a.getImplicitHydrogenCount() == null ? 0 : a.getImplicitHydrogenCount();
            for (IAtom nb : pot.getConnectedAtomsList(a)) {
                // SMARTS H is the total count: hydrogens written as atoms count as implicit ones do
                h += nb.getAtomicNumber() != null && nb.getAtomicNumber() == 1 ? 1 : 0;
            }
            element[i] = elementCode(z);
            full[i] = fullCode(z, h, a.getFormalCharge() == null ? 0 : a.getFormalCharge());
        }
        long[] keys = new long[4 * pot.getBondCount()];
        int k = 0;
        for (IBond b : pot.bonds()) {
            int i = b.getBegin().getIndex();
            int j = b.getEnd().getIndex();
            keys[k++] = pair(full[i], full[j]);
            keys[k++] = pair(full[i], element[j]);
            keys[k++] = pair(element[i], full[j]);
            keys[k++] = pair(element[i], element[j]);
        }
        return Arrays.stream(keys, 0, k).sorted().distinct().toArray();
    }

    /** Whether a pot with these {@link #keysOf} keys has a bond of every kind the template demands. */
    boolean allows(long[] potKeys) {
        for (long p : pairs) {
            if (Arrays.binarySearch(potKeys, p) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The screen code of a query atom: element with H count and charge when its expression states all three, element
     * alone when it states the element, 0 (unscreened) otherwise or when the expression is not a plain conjunction.
     */
    private static int code(IAtom atom) {
        if (!(atom instanceof QueryAtom q) || q.getExpression() == null) {
            return 0;
        }
        int[] zhq = {-1, -1, Integer.MIN_VALUE};
        if (!read(q.getExpression(), zhq) || zhq[0] <= 1) {
            return 0;
        }
        return zhq[1] >= 0 && zhq[2] != Integer.MIN_VALUE ? fullCode(zhq[0], zhq[1], zhq[2]) : elementCode(zhq[0]);
    }

    /** Collects element, total H count and charge from a conjunction; false if the expression is anything else. */
    private static boolean read(Expr e, int[] zhq) {
        switch (e.type()) {
            case AND:
                return read(e.left(), zhq) && read(e.right(), zhq);
            case OR:
            case NOT:
                return false;
            case ELEMENT:
            case ALIPHATIC_ELEMENT:
            case AROMATIC_ELEMENT:
                return set(zhq, 0, e.value());
            case TOTAL_H_COUNT:
                return set(zhq, 1, e.value());
            case FORMAL_CHARGE:
                return set(zhq, 2, e.value());
            default:
                // another condition of the atom: not compared, so it can only let more pots through
                return true;
        }
    }

    /** Records a stated value; two different values of one property (an atom that can match nothing) are refused. */
    private static boolean set(int[] zhq, int slot, int value) {
        int unset = slot == 2 ? Integer.MIN_VALUE : -1;
        if (zhq[slot] != unset && zhq[slot] != value) {
            return false;
        }
        zhq[slot] = value;
        return true;
    }

    private static int elementCode(int z) {
        return z;
    }

    /** Element, H count (0..63) and charge (−15..15) in one positive int above every element code. */
    private static int fullCode(int z, int h, int charge) {
        return 1 << 20 | z << 11 | Math.min(h, 63) << 5 | (Math.max(-15, Math.min(15, charge)) + 15);
    }

    private static long pair(int x, int y) {
        return x <= y ? (long) x << 32 | y : (long) y << 32 | x;
    }
}
