package reflux.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;

/**
 * The salt and hydrate form of a substance, derived rather than accounted: its components split into parent
 * molecules, acids (neutral, or as counter-anions), water and metal cations; the acid equivalents it holds; and the
 * basic sites of its parents ({@code basic-sites.tsv}). {@link #problems} says what no vessel could make: an acid
 * the vessel never had, more acid than basic sites, water where there was none, a metal never charged.
 *
 * @param parents          parent components (SMILES)
 * @param acidEquivalents  H+ the form's acids hold: one per neutral acid, plus each protonated basic site of a
 *                         parent (a counter-anion of a permanent cation holds none)
 * @param acids            names of the acids the form contains (neutral or as anion), with their InChIKeys
 * @param waters           water components
 * @param metals           metal cation components (SMILES)
 */
record SaltForm(List<String> parents, int acidEquivalents, List<AcidUse> acids, int waters, List<String> metals) {

    /** One acid of the form: its name, and the InChIKeys (neutral and anions) by which a vessel can have had it. */
    record AcidUse(String name, Set<String> keys, String asWritten) {
    }

    static final String WATER_KEY = "XLYOFNOQVPJJNP-UHFFFAOYSA-N";

    static SaltForm of(List<String> components, FactsCache cache, EngineData data) {
        List<String> parents = new ArrayList<>();
        List<AcidUse> acids = new ArrayList<>();
        List<String> metals = new ArrayList<>();
        int eq = 0;
        int waters = 0;
        for (String c : components) {
            String key = cache.key(c);
            if (WATER_KEY.equals(key)) {
                waters++;
                continue;
            }
            EngineData.Acid acid = acidOf(key, data);
            if (acid != null) {
                Set<String> keys = new LinkedHashSet<>();
                keys.add(acid.key());
                keys.addAll(acid.anions().keySet());
                acids.add(new AcidUse(acid.name(), keys, c));
                if (acid.key().equals(key)) {
                    eq++;
                }
            } else if (isMetalCation(c)) {
                metals.add(c);
            } else {
                parents.add(c);
            }
        }
        SaltForm partial = new SaltForm(parents, 0, acids, waters, metals);
        return new SaltForm(parents, eq + partial.count(data, true), acids, waters, metals);
    }

    /**
     * True when a component is a parent molecule: not water, not an acid or an acid's anion, not a metal cation (the
     * same split {@link #of} makes, without counting sites).
     */
    static boolean isParent(String component, FactsCache cache, EngineData data) {
        String key = cache.key(component);
        return !WATER_KEY.equals(key) && acidOf(key, data) == null && !isMetalCation(component);
    }

    /** The acid whose neutral form or anion has this InChIKey, or null. */
    private static EngineData.Acid acidOf(String key, EngineData data) {
        for (EngineData.Acid a : data.acids()) {
            if (a.key().equals(key) || a.anions().containsKey(key)) {
                return a;
            }
        }
        return null;
    }

    /** Basic sites of the parents ({@code basic-sites.tsv}), free or protonated. */
    int sites(EngineData data) {
        return count(data, false);
    }

    /** Sites of the parents: all of them, or only those that hold an H+ already. */
    private int count(EngineData data, boolean protonatedOnly) {
        int n = 0;
        for (String p : parents) {
            IAtomContainer mol = RuleApplier.parse(p);
            boolean permanent = hasPermanentCation(mol);
            for (EngineData.Site s : data.sites()) {
                if ((!s.needsPermanentCation() || permanent) && (!protonatedOnly || s.protonated())) {
                    n += EngineData.count(s.pattern(), mol);
                }
            }
        }
        return n;
    }

    /**
     * What a vessel that held {@code seen} (InChIKeys of everything that was in it) cannot have made of this form;
     * empty when the form is possible.
     */
    List<String> problems(Set<String> seen, EngineData data) {
        return problems(seen, java.util.Map.of(), data);
    }

    /**
     * As {@link #problems(Set, EngineData)}, and with {@code available} (acid name → equivalents the vessel can
     * supply: a charged free acid counts as plenty, a salt's counter-anion once per formula, a released acid once per
     * rule application) the declared form may not hold more of an acid than there is.
     */
    List<String> problems(Set<String> seen, java.util.Map<String, Integer> available, EngineData data) {
        List<String> out = new ArrayList<>();
        Set<String> reported = new LinkedHashSet<>();
        java.util.Map<String, Integer> needed = new java.util.LinkedHashMap<>();
        for (AcidUse a : acids) {
            needed.merge(a.name(), 1, Integer::sum);
            if (a.keys().stream().noneMatch(seen::contains) && reported.add(a.name())) {
                out.add("the declared form contains " + a.name() + " (" + a.asWritten() + "), but no " + a.name()
                        + " and none of its anions is ever in the vessel (neither charged nor released by a rule)");
            }
        }
        needed.forEach((acid, n) -> {
            Integer have = available.get(acid);
            if (have != null && !reported.contains(acid) && n > have) {
                out.add("the declared form holds " + n + " " + acid + " (as acid or anion), but the vessel has only "
                        + have + " equivalent(s) of it (no free " + acid + " is charged; what there is comes from a"
                        + " salt's counter-ion or a rule's by-product)");
            }
        });
        int sites = sites(data);
        if (acidEquivalents > sites) {
            out.add("the declared form holds " + acidEquivalents + " acid equivalent(s), but its parent has only "
                    + sites + " basic site(s) (basic-sites.tsv) to take them");
        }
        if (waters > 0 && !seen.contains(WATER_KEY)) {
            out.add("the declared form is a hydrate, but no water is ever in the vessel");
        }
        for (String m : metals) {
            String symbol = RuleApplier.parse(m).getAtom(0).getSymbol();
            if (!seen.contains("element:" + symbol)) {
                out.add("the declared form contains " + m + ", but nothing charged contains " + symbol);
            }
        }
        return out;
    }

    private static boolean isMetalCation(String smiles) {
        IAtomContainer mol = RuleApplier.parse(smiles);
        if (mol.getAtomCount() != 1) {
            return false;
        }
        IAtom a = mol.getAtom(0);
        return a.getFormalCharge() != null && a.getFormalCharge() > 0 && METALS.contains(a.getSymbol());
    }

    private static final Set<String> METALS = Set.of("Li", "Na", "K", "Rb", "Cs", "Mg", "Ca", "Sr", "Ba", "Zn",
            "Al", "Fe", "Cu", "Ag");

    /** True when the molecule has a positive N or P with no H that is not an N-oxide or nitro N. */
    static boolean hasPermanentCation(IAtomContainer mol) {
        for (IAtom a : mol.atoms()) {
            Integer q = a.getFormalCharge();
            Integer h = a.getImplicitHydrogenCount();
            if (q == null || q <= 0 || (h != null && h > 0)
                    || !("N".equals(a.getSymbol()) || "P".equals(a.getSymbol()))) {
                continue;
            }
            boolean oxide = false;
            for (IAtom nb : mol.getConnectedAtomsList(a)) {
                if ("O".equals(nb.getSymbol())) {
                    oxide = true;
                }
            }
            if (!oxide) {
                return true;
            }
        }
        return false;
    }
}
