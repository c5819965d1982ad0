package reflux.audit;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openscience.cdk.interfaces.IMolecularFormula;
import org.openscience.cdk.silent.SilentChemObjectBuilder;
import org.openscience.cdk.tools.manipulator.MolecularFormulaManipulator;

/**
 * An element-count formula the audit can add to and subtract from ("inner salt + H", "cation − H + Na"), with its
 * average mass from CDK. Immutable.
 */
record Formula(Map<String, Integer> counts) {

    private static final org.openscience.cdk.config.IsotopeFactory ISOTOPES = isotopes();
    private static final Pattern ELEMENT = Pattern.compile("([A-Z][a-z]?)(\\d*)");

    Formula {
        TreeMap<String, Integer> copy = new TreeMap<>();
        counts.forEach((k, v) -> {
            if (v != 0) {
                copy.put(k, v);
            }
        });
        counts = Map.copyOf(copy);
    }

    private static org.openscience.cdk.config.IsotopeFactory isotopes() {
        try {
            return org.openscience.cdk.config.Isotopes.getInstance();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("CDK isotope table", e);
        }
    }

    /** Parses "C18H24BrClN4O6S" (no charges, no brackets). */
    static Formula parse(String text) {
        Map<String, Integer> counts = new TreeMap<>();
        Matcher m = ELEMENT.matcher(text == null ? "" : text);
        while (m.find()) {
            if (m.group(1).isEmpty()) {
                continue;
            }
            int n = m.group(2).isEmpty() ? 1 : Integer.parseInt(m.group(2));
            counts.merge(m.group(1), n, Integer::sum);
        }
        return new Formula(counts);
    }

    static Formula of(IMolecularFormula f) {
        return parse(MolecularFormulaManipulator.getString(f, false, false).replaceAll("[+\\-\\[\\]]", ""));
    }

    Formula plus(Formula other) {
        Map<String, Integer> c = new TreeMap<>(counts);
        other.counts.forEach((k, v) -> c.merge(k, v, Integer::sum));
        return new Formula(c);
    }

    Formula minus(Formula other) {
        Map<String, Integer> c = new TreeMap<>(counts);
        other.counts.forEach((k, v) -> c.merge(k, -v, Integer::sum));
        return new Formula(c);
    }

    Formula times(int n) {
        Map<String, Integer> c = new TreeMap<>();
        counts.forEach((k, v) -> c.put(k, v * n));
        return new Formula(c);
    }

    boolean isValid() {
        return counts.values().stream().allMatch(v -> v >= 0);
    }

    int count(String element) {
        return counts.getOrDefault(element, 0);
    }

    /** Hill order string. */
    String hill() {
        IMolecularFormula f = counts.isEmpty() ? null : toCdk();
        return f == null ? counts.toString() : MolecularFormulaManipulator.getString(f);
    }

    IMolecularFormula toCdk() {
        StringBuilder sb = new StringBuilder();
        counts.forEach((k, v) -> sb.append(k).append(v));
        return MolecularFormulaManipulator.getMolecularFormula(sb.toString(), SilentChemObjectBuilder.getInstance());
    }

    /** Average molar mass, g/mol. */
    double molarMass() {
        if (counts.isEmpty()) {
            return Double.NaN;
        }
        // summed in element order (CDK's formula-level sum follows an identity-hash order, which varies the last bit)
        double sum = 0;
        for (var e : new java.util.TreeMap<>(counts).entrySet()) {
            org.openscience.cdk.config.Elements el = org.openscience.cdk.config.Elements.ofString(e.getKey());
            if (el == org.openscience.cdk.config.Elements.Unknown) {
                return Double.NaN;
            }
            sum += e.getValue() * ISOTOPES.getNaturalMass(el.number());
        }
        return sum;
    }

    @Override
    public String toString() {
        return hill();
    }
}
