package reflux.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import reflux.model.run.Verdict;

/**
 * Component-wise comparison of a derived pot with a declared product by full InChIKey: salts and hydrates are
 * compared component by component, and HCl/HBr/HI/H2O components the declared form has beyond the pot are
 * accounted for as salt formation or crystallisation water.
 */
final class Comparison {

    /** Components that a declared isolated form may add: InChIKey → what it is. */
    static final Map<String, String> ACCOUNTABLE = Map.of(
            "VEXZGXHMUGYJMC-UHFFFAOYSA-N", "HCl (salt formation)",
            "CPELXLSAUQHCOX-UHFFFAOYSA-N", "HBr (salt formation)",
            "XMBWDFGMSWQBCA-UHFFFAOYSA-N", "HI (salt formation)",
            "XLYOFNOQVPJJNP-UHFFFAOYSA-N", "H2O (crystallisation water)");

    record Result(Verdict verdict, List<String> accounted, List<String> evidence) {
    }

    private Comparison() {
    }

    /**
     * Compares pot components with declared components (each as SMILES); {@code keyOf} gives the InChIKey of a
     * component SMILES and {@code cipOf} its CIP labels (canonical order).
     */
    static Result compare(List<String> pot, List<String> declared, Function<String, String> keyOf,
                          Function<String, List<String>> cipOf) {
        List<String> potKeys = new ArrayList<>(pot.stream().map(keyOf).toList());
        List<String> missing = new ArrayList<>();
        List<String> missingSmiles = new ArrayList<>();
        for (String d : declared) {
            String k = keyOf.apply(d);
            if (!potKeys.remove(k)) {
                missing.add(k);
                missingSmiles.add(d);
            }
        }
        List<String> accounted = new ArrayList<>();
        List<String> evidence = new ArrayList<>();
        for (int i = missing.size() - 1; i >= 0; i--) {
            String what = ACCOUNTABLE.get(missing.get(i));
            if (what != null) {
                accounted.add(0, missingSmiles.get(i));
                evidence.add(0, "declared form includes " + what + ": accounted as an added component");
                missing.remove(i);
                missingSmiles.remove(i);
            }
        }
        List<String> extraSmiles = new ArrayList<>();
        for (String p : pot) {
            if (potKeys.contains(keyOf.apply(p))) {
                extraSmiles.add(p);
                potKeys.remove(keyOf.apply(p));
            }
        }
        if (missing.isEmpty() && extraSmiles.isEmpty()) {
            evidence.add("derived and declared agree component by component by full InChIKey");
            return new Result(Verdict.MATCH, accounted, evidence);
        }
        List<String> extraBlocks = new ArrayList<>(extraSmiles.stream().map(s -> block(keyOf.apply(s))).toList());
        boolean sameSkeleton = extraSmiles.size() == missing.size();
        for (String m : missing) {
            sameSkeleton &= extraBlocks.remove(block(m));
        }
        for (String s : extraSmiles) {
            evidence.add("derived, not declared: " + s + " (" + keyOf.apply(s) + ", CIP " + cipOf.apply(s) + ")");
        }
        for (int i = 0; i < missing.size(); i++) {
            evidence.add("declared, not derived: " + missingSmiles.get(i) + " (" + missing.get(i) + ", CIP "
                    + cipOf.apply(missingSmiles.get(i)) + ")");
        }
        if (sameSkeleton) {
            evidence.add("same constitution (first InChIKey block), different stereo");
            return new Result(Verdict.CONSTITUTION_ONLY, accounted, evidence);
        }
        return new Result(Verdict.MISMATCH, accounted, evidence);
    }

    private static String block(String key) {
        return key == null ? "" : key.split("-")[0];
    }
}
