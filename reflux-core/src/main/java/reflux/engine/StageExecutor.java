package reflux.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import reflux.model.finding.FindingCode;
import reflux.model.identity.Resolution;
import reflux.model.route.Operation;
import reflux.model.route.OperationType;
import reflux.model.route.Role;
import reflux.model.route.Route;
import reflux.model.route.Stage;
import reflux.model.route.Step;
import reflux.model.route.Variant;
import reflux.model.run.StageFinding;
import reflux.model.run.StageRun;
import reflux.model.run.Verdict;

/**
 * Runs one stage forward from what is charged ({@link VesselWalk}), then — and only then — compares what the
 * derivation reached with the declared product ({@link Comparison}), checks the declared salt form against the acids
 * and basic sites of the vessel ({@link SaltForm}), reconciles reagents (rule hints, missing reagents, reactants
 * never charged or left unreacted) and balances the equation. Thread-safe.
 */
final class StageExecutor {

    private static final Set<OperationType> ISOLATION = Set.of(OperationType.CRYSTALLISE, OperationType.FILTER,
            OperationType.DRY, OperationType.CONCENTRATE, OperationType.DISTIL, OperationType.EXTRACT,
            OperationType.PHASE_SEPARATE);

    private final RuleLibrary library;
    private final FactsCache cache;
    private final EngineData data;
    private final Derivation derivation;
    private final VesselWalk walker;
    private final StageEquation equations;

    StageExecutor(RuleLibrary library, FactsCache cache) {
        this.library = library;
        this.cache = cache;
        this.data = EngineData.standard();
        this.derivation = new Derivation(library, cache, data);
        Set<String> agentKeys = new LinkedHashSet<>();
        for (RuleLibrary.Compiled c : library.allCompiled()) {
            agentKeys.addAll(c.reagentKeys());
        }
        data.agents().forEach(a -> agentKeys.add(a.key()));
        data.acids().forEach(a -> agentKeys.add(a.key()));
        agentKeys.add(SaltForm.WATER_KEY);
        this.walker = new VesselWalk(derivation, cache, data, Set.copyOf(agentKeys));
        this.equations = new StageEquation(cache, data);
    }

    /** A stage run: its record, the vessel branches it ends with (best first), the product handed on. */
    record Outcome(StageRun run, List<VesselWalk.Branch> branches, String product,
                   Map<String, List<VesselWalk.Branch>> streams) {
    }

    Outcome run(Route route, Variant variant, Stage stage, StructureSource source, Map<String, String> overrides,
                VesselWalk.Upstream up) {
        List<StageFinding> findings = new ArrayList<>();
        List<String> evidence = new ArrayList<>();
        for (String id : stage.rules()) {
            if (library.rule(id).isEmpty()) {
                findings.add(new StageFinding(FindingCode.RUN_UNKNOWN_RULE, "Stage " + stage.id() + " names rule '"
                        + id + "', which the rule library does not have"));
            }
        }
        if (!findings.isEmpty()) {
            return failed(stage, findings, evidence);
        }
        String productId = stage.product() == null ? null : effectiveId(variant, stage.product());
        List<String> declared = null;
        if (productId != null) {
            Resolution r = source.resolve(route, variant, stage.product());
            if (r == null || !r.isResolved() || r.smiles() == null) {
                findings.add(new StageFinding(FindingCode.RUN_UNRESOLVED, "Stage " + stage.id()
                        + ": the declared product '" + productId + "' has no structure: "
                        + (r == null ? "not resolved" : r.status() + " " + r.message())));
            } else {
                declared = List.of((overrides.getOrDefault(productId, r.smiles())).split("\\."));
            }
        }
        VesselWalk.Walk w = walker.walk(route, variant, stage, source, overrides, up);
        findings.addAll(w.findings());
        evidence.addAll(w.evidence());
        if (w.failed() || w.branches().isEmpty()) {
            return failed(stage, findings, evidence);
        }
        reactantsCharged(route, variant, stage, w, findings);
        if (declared == null) {
            VesselWalk.Branch b = w.branches().get(0);
            evidence.add("no declared product structure to compare with");
            return new Outcome(equations.assemble(stage, null, Verdict.NO_RULE, b, w, null, List.of(), evidence, findings,
                    List.of()), w.branches(), mainProduct(b.vessel()), w.streams());
        }
        SaltForm form = SaltForm.of(declared, cache, data);
        // compare every branch; the first (best-ranked) that matches wins, else the closest
        VesselWalk.Branch chosen = null;
        Comparison.Result best = null;
        List<String> products = new ArrayList<>();
        for (VesselWalk.Branch b : w.branches()) {
            List<String> parents = SaltForm.of(b.vessel().components(), cache, data).parents();
            Comparison.Result c = Comparison.compare(parents, form.parents(), cache);
            String p = mainProduct(b.vessel());
            if (p != null && !products.contains(p)) {
                products.add(p);
            }
            if (best == null || Comparison.rank(c.verdict()) < Comparison.rank(best.verdict())) {
                best = c;
                chosen = b;
            }
        }
        evidence.addAll(best.evidence());
        Verdict verdict = best.verdict();
        List<RuleApplier.Application> applied = chosen.vessel().applied();
        if (products.size() > 1) {
            boolean preferred = chosen == w.branches().get(0);
            findings.add(new StageFinding(FindingCode.RUN_SELECTIVITY, "Stage " + stage.id() + ": what is charged"
                    + " can give " + products.size() + " products " + products + " (best first by the site"
                    + " preferences of selectivity.tsv); the declared product is "
                    + (verdict == Verdict.MATCH ? (preferred ? "the preferred one" : "among them, not the preferred"
                    + " one") : "none of them")));
        }
        if (verdict == Verdict.MATCH) {
            conversion(stage, chosen, best.matched(), findings);
            for (String problem : form.problems(chosen.vessel().seen(), acidsAvailable(chosen.vessel()), data)) {
                findings.add(new StageFinding(FindingCode.RUN_SALT_FORM_IMPOSSIBLE, "Stage " + stage.id() + ": "
                        + problem));
            }
        } else if (verdict == Verdict.MISMATCH || applied.isEmpty()) {
            if (!diagnose(stage, chosen.vessel(), form, findings) && applied.isEmpty()) {
                verdict = Verdict.NO_RULE;
            }
        }
        if (verdict == Verdict.NOT_COMPARABLE) {
            findings.add(new StageFinding(FindingCode.RUN_NOT_COMPARABLE, "Stage " + stage.id() + ": "
                    + String.join("; ", best.evidence())));
        }
        hints(stage, chosen.vessel(), findings);
        unreacted(stage, w, chosen.vessel(), best.matched(), findings);
        if (!w.upstreamFailures().isEmpty()) {
            findings.add(new StageFinding(FindingCode.RUN_UPSTREAM_FAILED, "Stage " + stage.id() + " takes "
                    + w.upstreamFailures() + " from a stage that failed; its own derivation gave " + verdict));
            if (verdict == Verdict.MATCH) {
                verdict = Verdict.UPSTREAM_FAILED;
            }
        }
        List<String> alternatives = products.size() > 1 ? products : List.of();
        StageRun run = equations.assemble(stage, productId, verdict, chosen, w, declared, best.matched(), evidence, findings,
                alternatives);
        String handOn = verdict != Verdict.MATCH ? mainProduct(chosen.vessel())
                : isolated(stage) ? String.join(".", declared) : inSitu(chosen.vessel(), best.matched());
        return new Outcome(run, w.branches(), handOn, w.streams());
    }

    /**
     * The main product of a stage re-run with some substances replaced by SMILES (impurity derivation: an altered
     * starting material carried through), derived forward as always; null when the stage does not run.
     */
    org.openscience.cdk.interfaces.IAtomContainer rerun(Route route, Variant variant, Stage stage,
                                                        StructureSource source, Map<String, String> overrides) {
        VesselWalk.Walk w = walker.walk(route, variant, stage, source, overrides, VesselWalk.Upstream.NONE);
        if (w.failed() || w.branches().isEmpty()) {
            return null;
        }
        String p = mainProduct(w.branches().get(0).vessel());
        return p == null ? null : RuleApplier.parse(p);
    }

    /**
     * Acid equivalents a vessel can supply, by acid name: a free acid charged (an agent with a substance) is plenty;
     * otherwise each counter-anion among the pot's components counts once, and each rule application that releases
     * the acid once (an acid that came in with a poured stream, origin unknown, counts once).
     */
    private Map<String, Integer> acidsAvailable(Vessel v) {
        Map<String, Integer> out = new java.util.LinkedHashMap<>();
        for (EngineData.Acid acid : data.acids()) {
            Vessel.Agent free = v.agents().get(acid.key());
            if (free != null && free.substance() != null) {
                out.put(acid.name(), Integer.MAX_VALUE);
                continue;
            }
            int n = 0;
            for (Vessel.Molecule m : v.pot()) {
                String key = cache.key(m.smiles());
                if (acid.anions().containsKey(key) || acid.key().equals(key)) {
                    n++;
                }
            }
            int released = 0;
            for (RuleApplier.Application a : v.applied()) {
                for (String b : a.rule().byProducts()) {
                    if (acid.key().equals(cache.key(b))) {
                        released += a.count();
                    }
                }
            }
            n += released == 0 && free != null ? 1 : released;
            out.put(acid.name(), n);
        }
        return out;
    }

    /** True when the stage isolates its declared product (or says nothing about it). */
    private static boolean isolated(Stage stage) {
        return stage.outcomes().stream().filter(o -> o.substance() != null && o.substance().equals(stage.product()))
                .allMatch(reflux.model.route.Outcome::isolated);
    }

    /** A product left in solution: the matched parents with the ions and acids of the pot (they stay with it). */
    private String inSitu(Vessel v, List<String> matched) {
        List<String> parts = new ArrayList<>(matched);
        for (String c : v.components()) {
            if (!SaltForm.isParent(c, cache, data)) {
                parts.add(c);
            }
        }
        return String.join(".", parts);
    }

    /** The largest pot molecule a rule made (else the largest pot molecule), by heavy atoms; null when empty. */
    private String mainProduct(Vessel v) {
        String best = null;
        int size = -1;
        boolean made = false;
        for (Vessel.Molecule m : v.pot()) {
            boolean isMade = m.substance() == null;
            int n = RuleApplier.parse(m.smiles()).getAtomCount();
            if ((isMade && !made) || (isMade == made && n > size)) {
                best = m.smiles();
                size = n;
                made = isMade;
            }
        }
        return best;
    }

    /** A matched product that is its own input: an isolation (fine), or a stage that converts nothing. */
    private void conversion(Stage stage, VesselWalk.Branch chosen, List<String> matched,
                            List<StageFinding> findings) {
        boolean unchanged = chosen.vessel().applied().isEmpty() || chosen.vessel().pot().stream()
                .anyMatch(m -> m.substance() != null && matched.contains(m.smiles()));
        if (!unchanged) {
            return;
        }
        List<OperationType> types = stage.steps().stream().flatMap(s -> s.operations().stream())
                .map(Operation::type).toList();
        boolean exchange = types.contains(OperationType.ION_EXCHANGE);
        if (exchange) {
            if (chosen.vessel().applied().isEmpty()) {
                findings.add(new StageFinding(FindingCode.RUN_NO_CONVERSION, "Stage " + stage.id() + ": the ion"
                        + " exchange finds nothing to exchange in the incoming stream (no bromide, iodide, HBr or HI"
                        + " is in it): it should remove an ion the earlier stages put there"));
            }
            return;
        }
        if (types.stream().anyMatch(ISOLATION::contains) && stage.rules().stream()
                .noneMatch(id -> library.rule(id).map(Rule::isReaction).orElse(false))) {
            findings.add(new StageFinding(FindingCode.RUN_ISOLATION, "Stage " + stage.id() + ": no chemical"
                    + " change; the product is isolated from what came in (" + types.stream()
                    .filter(ISOLATION::contains).map(t -> t.name().toLowerCase(java.util.Locale.ROOT)).distinct()
                    .toList() + ")"));
            return;
        }
        findings.add(new StageFinding(FindingCode.RUN_NO_CONVERSION, "Stage " + stage.id() + ": the declared"
                + " product is what was charged, and nothing in the stage changes it: a reaction stage should"
                + " convert its input (check the charges and the declared product), an isolation stage should"
                + " say how it isolates (crystallise, filter, ...)"));
    }

    /**
     * Diagnosis of a failed stage: would the declared product form if the reagents of one more rule were charged?
     * Each rule that is not enabled but matches the final pot is tried alone on top of the enabled ones (bounded,
     * first hit wins); the rules on the path that lack reagents and what they lack are named.
     */
    private boolean diagnose(Stage stage, Vessel vessel, SaltForm form, List<StageFinding> findings) {
        org.openscience.cdk.interfaces.IAtomContainer pot = vessel.pot().isEmpty() ? null
                : RuleApplier.parse(vessel.potSmiles());
        int tried = 0;
        for (RuleLibrary.Compiled extra : library.allCompiled()) {
            if (pot == null || tried >= MAX_DIAGNOSES || !extra.rule().isReaction() || extra.rule().isAddition()
                    || Derivation.enabled(extra, vessel.agents()) || RuleApplier.apply(extra, pot).count() == 0) {
                continue;
            }
            tried++;
            Derivation.Result r = derivation.derive(vessel, Derivation.Mode.PLUS_ONE, extra.rule().id());
            for (Derivation.Terminal t : r.visited()) {
                List<String> parents = SaltForm.of(t.vessel().components(), cache, data).parents();
                if (Comparison.compare(parents, form.parents(), cache).verdict() != Verdict.MATCH) {
                    continue;
                }
                List<String> missing = needs(extra, vessel.seen());
                findings.add(new StageFinding(FindingCode.RUN_MISSING_REAGENT, "Stage " + stage.id() + ": the"
                        + " declared product would form if rule " + extra.rule().id() + " could act, which needs "
                        + missing + "; " + (missing.size() == 1 ? "it is" : "they are") + " never charged in the"
                        + " stage"));
                return true;
            }
        }
        return false;
    }

    /** Bound on the rules a failed stage's diagnosis tries. */
    static final int MAX_DIAGNOSES = 12;

    /** What a rule needs that a vessel that saw {@code seen} never had, as names where agents.tsv knows them. */
    private List<String> needs(RuleLibrary.Compiled c, Set<String> seen) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < c.reagentKeys().size(); i++) {
            if (!seen.contains(c.reagentKeys().get(i))) {
                out.add(name(c.reagentKeys().get(i), c.rule().reagents().get(i)));
            }
        }
        for (int i = 0; i < c.requirements().size(); i++) {
            if (c.requirements().get(i).stream().noneMatch(seen::contains)) {
                out.add(c.rule().requires().get(i));
            }
        }
        return out;
    }

    private String name(String key, String smiles) {
        return data.agents().stream().filter(a -> a.key().equals(key)).map(EngineData.Agent::name).findFirst()
                .orElse(smiles);
    }

    /** Rule ids the stage names are hints: one whose reagents never came in is a missing reagent. */
    private void hints(Stage stage, Vessel vessel, List<StageFinding> findings) {
        Set<String> used = new LinkedHashSet<>();
        vessel.applied().forEach(a -> used.add(a.rule().id()));
        for (String id : stage.rules()) {
            RuleLibrary.Compiled c = library.compiled(id).orElseThrow();
            if (!c.rule().isReaction()) {
                continue;
            }
            if (!Derivation.enabled(c, vessel.seen())) {
                findings.add(new StageFinding(FindingCode.RUN_MISSING_REAGENT, "Stage " + stage.id() + " names rule "
                        + id + ", which needs " + needs(c, vessel.seen()) + "; that is never charged in the stage"));
            } else if (!used.contains(id)) {
                findings.add(new StageFinding(FindingCode.RUN_RULE_HINT_UNUSED, "Stage " + stage.id() + " names rule "
                        + id + ", but the forward derivation does not use it"));
            }
        }
    }

    /** Listed reactants must be charged. */
    private void reactantsCharged(Route route, Variant variant, Stage stage, VesselWalk.Walk w,
                                  List<StageFinding> findings) {
        for (String id : stage.reactants()) {
            String eff = effectiveId(variant, id);
            if (!w.chargedIds().contains(eff) && !w.chargedIds().contains(id)) {
                findings.add(new StageFinding(FindingCode.RUN_REACTANT_NOT_CHARGED, "Stage " + stage.id()
                        + " lists '" + eff + "' as a reactant, but no operation of the stage charges it"));
            }
        }
    }

    /** Charged reactants still in the pot unchanged, and not part of the product. */
    private void unreacted(Stage stage, VesselWalk.Walk w, Vessel vessel, List<String> matched,
                           List<StageFinding> findings) {
        for (Vessel.Molecule m : vessel.pot()) {
            if (m.substance() == null || matched.contains(m.smiles()) || cache.charge(m.smiles()) != 0
                    || !SaltForm.isParent(m.smiles(), cache, data)) {
                continue;
            }
            boolean reactant = w.charged().stream().anyMatch(c -> c.substance().equals(m.substance())
                    && c.role() == Role.REACTANT);
            if (reactant) {
                findings.add(new StageFinding(FindingCode.RUN_UNREACTED, "Stage " + stage.id() + ": " + m.substance()
                        + " (" + m.smiles() + ") is charged as a reactant but no rule consumes it"));
            }
        }
    }

    private static Outcome failed(Stage stage, List<StageFinding> findings, List<String> evidence) {
        return new Outcome(new StageRun(stage.id(), List.of(), List.of(), List.of(), List.of(), null,
                Verdict.NO_RULE, evidence, null, false, "not executed", findings, List.of()), List.of(), null,
                Map.of());
    }

    static String effectiveId(Variant variant, String id) {
        return variant == null || id == null ? id : variant.substances().getOrDefault(id, id);
    }

    /** The stage's reactant ids: as listed, else every REACTANT charge of its steps. */
    static List<String> reactantIds(Stage stage) {
        if (!stage.reactants().isEmpty()) {
            return stage.reactants();
        }
        List<String> ids = new ArrayList<>();
        for (Step step : stage.steps()) {
            for (Operation op : step.operations()) {
                op.charges().stream().filter(c -> c.role() == Role.REACTANT && c.substance() != null
                        && !ids.contains(c.substance())).forEach(c -> ids.add(c.substance()));
            }
        }
        return ids;
    }
}
