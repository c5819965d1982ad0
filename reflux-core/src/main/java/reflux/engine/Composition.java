package reflux.engine;

import java.util.Map;
import java.util.TreeMap;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;

/**
 * Element counts (implicit hydrogens included) and net charge of a set of molecules: the currency of balance checks.
 * Immutable.
 */
record Composition(Map<String, Integer> elements, int charge) {

    static final Composition EMPTY = new Composition(Map.of(), 0);

    Composition {
        elements = Map.copyOf(elements);
    }

    static Composition of(IAtomContainer mol) {
        Map<String, Integer> counts = new TreeMap<>();
        int charge = 0;
        for (IAtom atom : mol.atoms()) {
            counts.merge(atom.getSymbol(), 1, Integer::sum);
            Integer h = atom.getImplicitHydrogenCount();
            if (h != null && h > 0) {
                counts.merge("H", h, Integer::sum);
            }
            Integer q = atom.getFormalCharge();
            charge += q == null ? 0 : q;
        }
        return new Composition(counts, charge);
    }

    Composition plus(Composition other, int times) {
        Map<String, Integer> counts = new TreeMap<>(elements);
        other.elements.forEach((k, v) -> counts.merge(k, v * times, Integer::sum));
        counts.values().removeIf(v -> v == 0);
        return new Composition(counts, charge + other.charge * times);
    }

    Composition plus(Composition other) {
        return plus(other, 1);
    }

    Composition minus(Composition other) {
        return plus(other, -1);
    }

    boolean isZero() {
        return charge == 0 && elements.values().stream().allMatch(v -> v == 0);
    }

    /** Readable difference, e.g. {@code H-1 Cl+1 charge-1}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        elements.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : " ").append(k).append(v > 0 ? "+" : "").append(v));
        if (charge != 0) {
            sb.append(sb.length() == 0 ? "" : " ").append("charge").append(charge > 0 ? "+" : "").append(charge);
        }
        return sb.length() == 0 ? "0" : sb.toString();
    }
}
