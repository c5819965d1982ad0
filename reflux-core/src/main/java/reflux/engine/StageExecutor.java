package reflux.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToIntFunction;
import java.util.function.UnaryOperator;
import org.openscience.cdk.interfaces.IAtomContainer;
import reflux.model.identity.Resolution;
import reflux.model.route.Charge;
import reflux.model.route.Operation;
import reflux.model.route.Role;
import reflux.model.route.Route;
import reflux.model.route.Stage;
import reflux.model.route.Step;
import reflux.model.route.Variant;
import reflux.model.run.Species;
import reflux.model.run.StageRun;
import reflux.model.run.Verdict;

/** Runs one stage: resolve the reactants into a pot, apply the rules, compare, balance. Thread-safe. */
final class StageExecutor {

    private final RuleLibrary library;
    private final FactsCache cache;

    StageExecutor(RuleLibrary library, FactsCache cache) {
        this.library = library;
        this.cache = cache;
    }

    /** What a stage run produced besides its record: the final pot (null when the stage could not run). */
    record Outcome(StageRun run, IAtomContainer pot) {
    }

    Outcome run(Route route, Variant variant, Stage stage, StructureSource source, Map<String, String> overrides) {
        Pot p = pot(route, variant, stage, source, overrides, UnaryOperator.identity());
        List<String> evidence = p.evidence();
        if (p.after() == null) {
            return new Outcome(failed(stage, evidence), null);
        }
        List<Species> inputs = new ArrayList<>();
        for (int i = 0; i < p.inputIds().size(); i++) {
            inputs.add(species(p.inputIds().get(i), p.inputSmiles().get(i), 1));
        }
        List<String> components = FactsCache.componentSmiles(p.after());
        Verdict verdict;
        List<String> accounted = List.of();
        if (p.declared() == null) {
            verdict = p.applied().isEmpty() ? Verdict.NO_RULE : Verdict.MISMATCH;
            evidence.add("no declared product structure to compare with");
        } else {
            Comparison.Result c = Comparison.compare(components, p.declared(), cache::key, cache::cip);
            verdict = c.verdict();
            if (p.applied().isEmpty() && verdict != Verdict.MATCH) {
                verdict = Verdict.NO_RULE;
            }
            accounted = c.accounted();
            evidence.addAll(c.evidence());
        }
        Map<String, String> charged = chargedByKey(route, variant, stage, source);
        return new Outcome(assemble(stage, p.productId(), verdict, inputs, p.applied(), components, accounted,
                p.declared(), evidence, charged), p.after());
    }

    /**
     * The final pot of a stage run with some substances replaced by SMILES ({@code overrides}) and the declared
     * product altered by {@code alterDeclared} (impurity derivation aims at the product carrying the same
     * alteration); null when the stage could not run. No stage record is assembled: impurity derivation needs only
     * the pot.
     */
    IAtomContainer rerun(Route route, Variant variant, Stage stage, StructureSource source,
                         Map<String, String> overrides, UnaryOperator<String> alterDeclared) {
        return pot(route, variant, stage, source, overrides, alterDeclared).after();
    }

    /**
     * The pot of a stage and how it came about: the effective ids and SMILES of its reactants, the declared product,
     * the rules applied and the pot after them (null when the stage could not run), with the evidence so far.
     */
    private record Pot(List<String> inputIds, List<String> inputSmiles, String productId, List<String> declared,
                       List<RuleApplier.Application> applied, IAtomContainer after, List<String> evidence) {
    }

    private Pot pot(Route route, Variant variant, Stage stage, StructureSource source, Map<String, String> overrides,
                    UnaryOperator<String> alterDeclared) {
        List<String> evidence = new ArrayList<>();
        List<String> inputIds = new ArrayList<>();
        List<String> potSmiles = new ArrayList<>();
        for (String id : reactantIds(stage)) {
            String effective = effectiveId(variant, id);
            String smiles = overrides.get(effective);
            if (smiles == null) {
                Resolution r = source.resolve(route, variant, id);
                if (r == null || !r.isResolved() || r.smiles() == null) {
                    evidence.add("reactant '" + effective + "' has no structure: "
                            + (r == null ? "not resolved" : r.status() + " " + r.message()));
                    return failed(evidence);
                }
                smiles = r.smiles();
            } else {
                evidence.add("reactant '" + effective + "' replaced by " + smiles);
            }
            inputIds.add(effective);
            potSmiles.add(smiles);
        }
        if (potSmiles.isEmpty()) {
            evidence.add("the stage names no reactants and charges no reactant");
            return failed(evidence);
        }
        List<String> declared = null;
        String productId = stage.product() == null ? null : effectiveId(variant, stage.product());
        if (productId != null) {
            Resolution r = source.resolve(route, variant, stage.product());
            if (r == null || !r.isResolved() || r.smiles() == null) {
                evidence.add("declared product '" + productId + "' has no structure: "
                        + (r == null ? "not resolved" : r.status() + " " + r.message()));
            } else {
                declared = List.of(alterDeclared.apply(r.smiles()).split("\\."));
            }
        }
        IAtomContainer pot = RuleApplier.parse(String.join(".", potSmiles));
        List<RuleApplier.Application> applied = applyRules(stage, pot, declared, evidence);
        if (applied == null) {
            return failed(evidence);
        }
        IAtomContainer after = applied.isEmpty() ? pot : applied.get(applied.size() - 1).pot();
        return new Pot(inputIds, potSmiles, productId, declared, applied, after, evidence);
    }

    private static Pot failed(List<String> evidence) {
        return new Pot(List.of(), List.of(), null, null, List.of(), null, evidence);
    }

    /** Applies the stage's rules (or searches); null when the stage cannot run (unknown rule id). */
    private List<RuleApplier.Application> applyRules(Stage stage, IAtomContainer pot, List<String> declared,
                                                     List<String> evidence) {
        List<RuleApplier.Application> applied = new ArrayList<>();
        if (stage.rules().isEmpty()) {
            if (declared == null) {
                evidence.add("no rules listed and no declared product to search towards");
                return applied;
            }
            Optional<List<RuleApplier.Application>> found = RuleSearch.find(library, pot,
                    p -> Comparison.compare(FactsCache.componentSmiles(p), declared, cache::key, cache::cip)
                            .verdict() == Verdict.MATCH);
            if (found.isEmpty()) {
                evidence.add("no rules listed; no sequence of up to " + RuleSearch.MAX_DEPTH
                        + " library rules reaches the declared product");
                return applied;
            }
            evidence.add(found.get().isEmpty() ? "no rules listed; the inputs already are the declared product"
                    + " (isolation / no chemical change)"
                    : "no rules listed; found by search: " + found.get().stream().map(a -> a.rule().id()).toList());
            for (RuleApplier.Application a : found.get()) {
                describe(a, evidence);
            }
            return found.get();
        }
        for (String id : stage.rules()) {
            if (library.compiled(id).isEmpty()) {
                evidence.add("unknown rule id '" + id + "' (not in the rule library)");
                return null;
            }
        }
        ToIntFunction<IAtomContainer> score = declared == null ? p -> 0 : p -> switch (Comparison.compare(
                FactsCache.componentSmiles(p), declared, cache::key, cache::cip).verdict()) {
            case MATCH -> 3;
            case CONSTITUTION_ONLY -> 2;
            default -> 1;
        };
        Best best = new Best();
        walk(stage.rules(), 0, pot, new ArrayList<>(), score, best, new int[] {MAX_BRANCH_NODES});
        List<RuleApplier.Application> chosen = best.path == null ? List.of() : best.path;
        int k = 0;
        for (String id : stage.rules()) {
            if (k < chosen.size() && chosen.get(k).rule().id().equals(id)) {
                describe(chosen.get(k), evidence);
                k++;
            } else {
                evidence.add("rule " + id + ": no match in the pot, skipped");
            }
        }
        return chosen;
    }

    /** Bound on pots visited while choosing among alternative sites of the listed rules. */
    static final int MAX_BRANCH_NODES = 256;

    /** The best rule path seen so far and its score (3 = match, 2 = constitution only, 1 = other). */
    private static final class Best {
        List<RuleApplier.Application> path;
        int score = -1;
    }

    /**
     * Applies the listed rules in order; where a rule could act on several pot components, tries each and keeps
     * the path whose result is closest to the declared product (stops at the first match). Rules that match
     * nowhere are skipped. Returns true when a match was found.
     */
    private boolean walk(List<String> rules, int i, IAtomContainer pot, List<RuleApplier.Application> path,
                         ToIntFunction<IAtomContainer> score, Best best, int[] budget) {
        if (i == rules.size()) {
            int sc = score.applyAsInt(pot);
            if (sc > best.score) {
                best.score = sc;
                best.path = List.copyOf(path);
            }
            return sc == 3;
        }
        if (budget[0]-- <= 0) {
            return false;
        }
        List<RuleApplier.Application> alts = RuleApplier.alternatives(library.compiled(rules.get(i)).orElseThrow(),
                pot);
        if (alts.isEmpty()) {
            return walk(rules, i + 1, pot, path, score, best, budget);
        }
        for (RuleApplier.Application a : alts) {
            path.add(a);
            boolean found = walk(rules, i + 1, a.pot(), path, score, best, budget);
            path.remove(path.size() - 1);
            if (found) {
                return true;
            }
        }
        return false;
    }

    private static void describe(RuleApplier.Application a, List<String> evidence) {
        evidence.add("rule " + a.rule().id() + " applied " + a.count() + "x"
                + (a.balanced() ? ", balanced" : ", NOT balanced: " + a.imbalance())
                + (a.restored() > 0 ? ", " + a.restored() + " stereo element(s) restored" : "")
                + (a.sites() > 1 ? ", on the one of " + a.sites() + " matching components that leads to the"
                + " declared product" : "")
                + (a.undeclaredBonds().isEmpty() ? "" : ", CHANGED BONDS THE RULE DOES NOT DECLARE: "
                + a.undeclaredBonds()));
    }

    private StageRun assemble(Stage stage, String productId, Verdict verdict, List<Species> inputs,
                              List<RuleApplier.Application> applied, List<String> components,
                              List<String> accounted, List<String> declared, List<String> evidence,
                              Map<String, String> charged) {
        Map<String, Integer> reagents = new LinkedHashMap<>();
        Map<String, Integer> byProducts = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        for (RuleApplier.Application a : applied) {
            for (String r : a.rule().reagents()) {
                reagents.merge(r, a.count(), Integer::sum);
            }
            for (String r : a.rule().adds()) {
                reagents.merge(r, a.count(), Integer::sum);
            }
            for (String b : a.rule().byProducts()) {
                byProducts.merge(b, a.count(), Integer::sum);
            }
            if (a.rule().balanceNote() != null) {
                notes.add(a.rule().id() + ": " + a.rule().balanceNote());
            }
        }
        for (String acc : accounted) {
            reagents.merge(acc, 1, Integer::sum);
        }
        List<Species> allInputs = new ArrayList<>(inputs);
        reagents.forEach((smi, n) -> allInputs.add(species(charged.get(cache.key(smi)), smi, n)));
        String productSmiles = String.join(".", components);
        List<String> productParts = new ArrayList<>(components);
        productParts.addAll(accounted);
        Species product = species(verdict == Verdict.MATCH ? productId : null, String.join(".", productParts), 1);
        List<Species> byProductSpecies = new ArrayList<>();
        byProducts.forEach((smi, n) -> byProductSpecies.add(species(charged.get(cache.key(smi)), smi, n)));
        Composition diff = Composition.EMPTY;
        for (Species s : allInputs) {
            diff = diff.plus(cache.composition(s.smiles()), (int) s.coefficient());
        }
        diff = diff.minus(cache.composition(product.smiles()));
        for (Species s : byProductSpecies) {
            diff = diff.plus(cache.composition(s.smiles()), -(int) s.coefficient());
        }
        boolean balanced = diff.isZero();
        String balanceNote = balanced ? (notes.isEmpty() ? null : String.join("; ", notes))
                : "not balanced (inputs - outputs = " + diff + ")" + (notes.isEmpty() ? "" : "; " + notes);
        Species declaredSpecies = declared == null ? null : species(productId, String.join(".", declared), 1);
        String equation = equation(allInputs, product, byProductSpecies, balanced);
        return new StageRun(stage.id(), applied.stream().map(a -> a.rule().id()).toList(), allInputs,
                List.of(product), byProductSpecies, declaredSpecies, verdict, evidence, equation, balanced,
                balanceNote);
    }

    /** InChIKey → substance id of every substance charged in the stage (reagents named in the route). */
    private Map<String, String> chargedByKey(Route route, Variant variant, Stage stage, StructureSource source) {
        Map<String, String> out = new LinkedHashMap<>();
        List<String> ids = new ArrayList<>();
        for (Step step : stage.steps()) {
            for (Operation op : step.operations()) {
                collectAll(op.charges(), ids);
            }
        }
        for (String id : ids) {
            Resolution r = source.resolve(route, variant, id);
            if (r != null && r.isResolved() && r.inchiKey() != null) {
                out.putIfAbsent(r.inchiKey(), effectiveId(variant, id));
            }
        }
        return out;
    }

    /** Substance ids of charges, what a solution contains before the solution itself. */
    private static void collectAll(List<Charge> charges, List<String> ids) {
        for (Charge c : charges) {
            collectAll(c.containing(), ids);
            if (c.substance() != null && !ids.contains(c.substance())) {
                ids.add(c.substance());
            }
        }
    }

    private static String equation(List<Species> in, Species product, List<Species> by, boolean balanced) {
        List<String> left = in.stream().map(StageExecutor::term).toList();
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

    private static StageRun failed(Stage stage, List<String> evidence) {
        return new StageRun(stage.id(), stage.rules(), List.of(), List.of(), List.of(), null, Verdict.NO_RULE,
                evidence, null, false, "not executed");
    }

    static String effectiveId(Variant variant, String id) {
        return variant == null ? id : variant.substances().getOrDefault(id, id);
    }

    /** The stage's reactant ids: as listed, else every REACTANT charge of its steps. */
    static List<String> reactantIds(Stage stage) {
        if (!stage.reactants().isEmpty()) {
            return stage.reactants();
        }
        List<String> ids = new ArrayList<>();
        for (Step step : stage.steps()) {
            for (Operation op : step.operations()) {
                collect(op.charges(), ids);
            }
        }
        return ids;
    }

    private static void collect(List<Charge> charges, List<String> ids) {
        for (Charge c : charges) {
            if (c.role() == Role.REACTANT && c.substance() != null && !ids.contains(c.substance())) {
                ids.add(c.substance());
            }
            collect(c.containing(), ids);
        }
    }
}
