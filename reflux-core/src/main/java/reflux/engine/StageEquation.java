package reflux.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import reflux.model.route.Role;
import reflux.model.route.Stage;
import reflux.model.run.Species;
import reflux.model.run.StageFinding;
import reflux.model.run.StageRun;
import reflux.model.run.Verdict;

/**
 * The record of a stage run: its species and balanced equation. Inputs are what was charged and consumed, the rules'
 * reagents (named by the charge they came from), the acids and water of the declared form that the pot did not
 * hold, and acids in solution an ion exchange took; outputs are the product (the declared form on a MATCH) and the
 * rules' by-products, with counter-anions the declared form drops leaving as their acid. Thread-safe.
 */
final class StageEquation {

    private final FactsCache cache;
    private final EngineData data;

    StageEquation(FactsCache cache, EngineData data) {
        this.cache = cache;
        this.data = data;
    }

    StageRun assemble(Stage stage, String productId, Verdict verdict, VesselWalk.Branch chosen,
                              VesselWalk.Walk w, List<String> declared, List<String> matched,
                              List<String> evidence, List<StageFinding> findings, List<String> alternatives) {
        Vessel v = chosen.vessel();
        List<RuleApplier.Application> applied = v.applied();
        for (RuleApplier.Application a : applied) {
            evidence.add("rule " + a.rule().id() + " applied " + a.count() + "x"
                    + (a.balanced() ? ", balanced" : ", NOT balanced: " + a.imbalance())
                    + (a.restored() > 0 ? ", " + a.restored() + " stereo element(s) restored" : "")
                    + (a.sites() > 1 ? ", one of " + a.sites() + " sites" : "")
                    + (a.undeclaredBonds().isEmpty() ? "" : ", CHANGED BONDS THE RULE DOES NOT DECLARE: "
                    + a.undeclaredBonds()));
        }
        Map<String, Integer> reagents = new LinkedHashMap<>();
        Map<String, Integer> byProducts = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        for (RuleApplier.Application a : applied) {
            a.rule().reagents().forEach(r -> reagents.merge(r, a.count(), Integer::sum));
            a.rule().byProducts().forEach(b -> byProducts.merge(b, a.count(), Integer::sum));
            if (a.onAgent() != null) {
                // an acid in solution exchanged on the resin: it goes in as it was and comes out as the rule made it
                reagents.merge(a.onAgent(), 1, Integer::sum);
                byProducts.merge(RuleApplier.smiles(a.pot()), 1, Integer::sum);
            }
            if (a.rule().balanceNote() != null && !notes.contains(a.rule().id() + ": " + a.rule().balanceNote())) {
                notes.add(a.rule().id() + ": " + a.rule().balanceNote());
            }
        }
        List<String> derived = v.components();
        List<String> productParts = verdict == Verdict.MATCH && declared != null ? declared : derived;
        if (verdict == Verdict.MATCH && declared != null) {
            // salt and water components of the declared form that the pot does not hold come from the vessel
            List<String> derivedKeys = new ArrayList<>(derived.stream().map(cache::key).toList());
            for (String d : declared) {
                if (!derivedKeys.remove(cache.key(d)) && !matched.contains(d)
                        && !SaltForm.isParent(d, cache, data)) {
                    reagents.merge(d, 1, Integer::sum);
                }
            }
            for (String left : derived) {
                if (derivedKeys.contains(cache.key(left)) && !SaltForm.isParent(left, cache, data)) {
                    // a counter-anion the declared form does not keep leaves with its proton, as the acid
                    String key = cache.key(left);
                    String asAcid = data.acids().stream().filter(a -> a.anions().containsKey(key))
                            .map(EngineData.Acid::smiles).findFirst().orElse(left);
                    byProducts.merge(asAcid, 1, Integer::sum);
                    derivedKeys.remove(key);
                }
            }
        }
        // a species on both sides (hydrate water that the cyclisation also releases) is a spectator: the equation is
        // written net
        for (String smi : List.copyOf(reagents.keySet())) {
            Integer out = byProducts.get(smi);
            if (out != null) {
                int n = Math.min(out, reagents.get(smi));
                reagents.merge(smi, -n, Integer::sum);
                byProducts.merge(smi, -n, Integer::sum);
                reagents.remove(smi, 0);
                byProducts.remove(smi, 0);
            }
        }
        Map<String, String> chargedByKey = new LinkedHashMap<>();
        for (VesselWalk.Charged c : w.charged()) {
            chargedByKey.putIfAbsent(cache.key(c.smiles()), c.substance());
        }
        w.agentIds().forEach(chargedByKey::putIfAbsent);
        List<Species> inputs = new ArrayList<>();
        for (VesselWalk.Charged c : w.charged()) {
            boolean leftOver = v.pot().stream().anyMatch(m -> c.substance().equals(m.substance())
                    && c.smiles().equals(m.smiles()) && !matched.contains(m.smiles()));
            if (!leftOver && c.role() != Role.SOLVENT && c.role() != Role.CATALYST) {
                inputs.add(species(c.substance(), c.smiles(), 1));
            }
        }
        reagents.forEach((smi, n) -> inputs.add(species(chargedByKey.get(cache.key(smi)), smi, n)));
        Species product = species(verdict == Verdict.MATCH ? productId : null, String.join(".", productParts), 1);
        List<Species> bys = new ArrayList<>();
        byProducts.forEach((smi, n) -> bys.add(species(chargedByKey.get(cache.key(smi)), smi, n)));
        Composition diff = Composition.EMPTY;
        for (Species s : inputs) {
            diff = diff.plus(cache.composition(s.smiles()), (int) s.coefficient());
        }
        diff = diff.minus(cache.composition(product.smiles()));
        for (Species s : bys) {
            diff = diff.plus(cache.composition(s.smiles()), -(int) s.coefficient());
        }
        boolean balanced = diff.isZero();
        String balanceNote = balanced ? (notes.isEmpty() ? null : String.join("; ", notes))
                : "not balanced (inputs - outputs = " + diff + ")" + (notes.isEmpty() ? "" : "; " + notes);
        Species declaredSpecies = declared == null ? null : species(productId, String.join(".", declared), 1);
        return new StageRun(stage.id(), applied.stream().map(a -> a.rule().id()).toList(), inputs,
                List.of(product), bys, declaredSpecies, verdict, evidence, equation(inputs, product, bys, balanced),
                balanced, balanceNote, findings, alternatives);
    }

    private static String equation(List<Species> in, Species product, List<Species> by, boolean balanced) {
        List<String> left = in.stream().map(StageEquation::term).toList();
        List<String> right = new ArrayList<>();
        right.add(term(product));
        by.forEach(s -> right.add(term(s)));
        return String.join(" + ", left) + (balanced ? " -> " : " -/-> ") + String.join(" + ", right);
    }

    private static String term(Species s) {
        String label = s.substance() != null ? s.substance() : s.formula();
        long n = Math.round(s.coefficient());
        return (n == 1 ? "" : n + " ") + label;
    }

    Species species(String substance, String smiles, double coefficient) {
        var f = cache.facts(smiles);
        return new Species(substance, f.smiles(), f.inchiKey(), f.formula(), f.molarMass(), coefficient);
    }
}
