package reflux.corpus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openscience.cdk.config.Elements;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;

/**
 * What a template's product side demands of the product it makes, read from the SMIRKS: the atoms whose state the
 * template writes ({@code [NH2+0:1]}, {@code [cH0+0:4]}). A target lacking them cannot be that product, so the
 * template need not be applied when executing towards it. The screen never rules out a template that could make a
 * product with the target's standard InChIKey: carbon is compared by hydrogen count and charge (standard InChI does
 * not move hydrogen between carbons), every other element by element only (InChI moves hydrogen between heteroatoms
 * and normalises their charges, as in nitro groups and zwitterions); a product side in several components demands
 * the atoms of any one of them. Immutable.
 */
final class ProductScreen {
    /** An atom the product side writes: element symbol (aromatic lower case), H count, optional charge, map number. */
    private static final Pattern WRITTEN = Pattern.compile("\\[([A-Z][a-z]?|[a-z]{1,2})H(\\d+)([+-]\\d*)?:\\d+]");
    private static final ProductScreen NONE = new ProductScreen(new int[0][]);
    /** Per product-side component, the sorted distinct screen keys it demands. */
    private final int[][] sides;

    private ProductScreen(int[][] sides) {
        this.sides = sides;
    }

    /** The screen of a SMIRKS ({@code reactants>>products}); one that demands nothing when it states no atom. */
    static ProductScreen of(String smirks) {
        int at = smirks.indexOf(">>");
        if (at < 0) {
            return NONE;
        }
        List<int[]> sides = new ArrayList<>();
        for (String component : smirks.substring(at + 2).split("\\.")) {
            TreeSet<Integer> keys = new TreeSet<>();
            Matcher m = WRITTEN.matcher(component);
            while (m.find()) {
                String s = m.group(1);
                int z = Elements.ofString(Character.toUpperCase(s.charAt(0)) + s.substring(1)).number();
                if (z <= 0) {
                    continue;
                }
                String q = m.group(3);
                int charge = q == null ? 0 : q.length() == 1 ? (q.charAt(0) == '-' ? -1 : 1) : Integer.parseInt(q);
                keys.add(key(z, Integer.parseInt(m.group(2)), charge));
            }
            if (keys.isEmpty()) {
                // a component that demands nothing: the screen can rule nothing out
                return NONE;
            }
            sides.add(keys.stream().mapToInt(Integer::intValue).toArray());
        }
        return sides.isEmpty() ? NONE : new ProductScreen(sides.toArray(new int[0][]));
    }

    /** The sorted distinct screen keys of a product's atoms (implicit and explicit hydrogens counted). */
    static int[] keysOf(IAtomContainer product) {
        TreeSet<Integer> keys = new TreeSet<>();
        for (IAtom a : product.atoms()) {
            int z = a.getAtomicNumber() == null ? 0 : a.getAtomicNumber();
            int h = a.getImplicitHydrogenCount() == null ? 0 : a.getImplicitHydrogenCount();
            for (IAtom n : product.getConnectedAtomsList(a)) {
                // hydrogens written as atoms ([H]C...) count as the implicit ones do
                h += n.getAtomicNumber() != null && n.getAtomicNumber() == 1 ? 1 : 0;
            }
            keys.add(key(z, h, a.getFormalCharge() == null ? 0 : a.getFormalCharge()));
        }
        return keys.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Whether a product with these {@link #keysOf} keys may come from the template (null keys: not known, yes). */
    boolean allows(int[] targetKeys) {
        if (targetKeys == null || sides.length == 0) {
            return true;
        }
        for (int[] side : sides) {
            boolean all = true;
            for (int k : side) {
                if (Arrays.binarySearch(targetKeys, k) < 0) {
                    all = false;
                    break;
                }
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    /** Carbon by (H count, charge); any other element by element alone (negative, so the two never meet). */
    static int key(int z, int h, int charge) {
        return z == 6 ? 6000 + h * 20 + charge + 10 : -z;
    }
}
