package reflux.claims;

import java.util.Map;
import java.util.TreeMap;
import org.openscience.cdk.interfaces.IAtom;

/**
 * Element-count arithmetic for the genus formula filter: counts are maps from element symbol (and {@code "+"} for
 * the net charge) to a count, kept in a {@link TreeMap} so that two equal formulas compare equal.
 */
final class ElementCounts {

    private ElementCounts() {
    }

    static Map<String, Integer> clean(Map<String, Integer> f) {
        Map<String, Integer> out = new TreeMap<>(f);
        out.values().removeIf(v -> v == 0);
        return out;
    }

    static Map<String, Integer> minus(Map<String, Integer> a, Map<String, Integer> b) {
        Map<String, Integer> out = new TreeMap<>(a);
        add(out, b, -1);
        return out;
    }

    static void add(Map<String, Integer> into, Map<String, Integer> delta, int times) {
        if (times == 0) {
            return;
        }
        delta.forEach((k, v) -> into.merge(k, v * times, Integer::sum));
    }

    /** Without hydrogen and charge: protonation and salt form do not change it. */
    static Map<String, Integer> heavy(Map<String, Integer> f) {
        Map<String, Integer> out = new TreeMap<>(f);
        out.remove("H");
        out.remove("+");
        out.values().removeIf(v -> v == 0);
        return out;
    }

    /** Element counts of one atom, for {@link Query}. */
    static void count(Map<String, Integer> into, IAtom a) {
        into.merge(a.getSymbol(), 1, Integer::sum);
        Integer h = a.getImplicitHydrogenCount();
        if (h != null && h > 0) {
            into.merge("H", h, Integer::sum);
        }
        if (a.getFormalCharge() != null && a.getFormalCharge() != 0) {
            into.merge("+", a.getFormalCharge(), Integer::sum);
        }
    }
}
