package reflux.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import reflux.model.identity.Resolution;
import reflux.model.route.Outcome;
import reflux.model.route.SubstanceRef;
import reflux.model.route.Route;
import reflux.model.route.Stage;
import reflux.model.route.Variant;
import reflux.model.run.RunResult;
import reflux.model.run.StageRun;

/**
 * Executes a route in silico: stage by stage it resolves the reactants into a pot, applies the stage's rules (or
 * searches the library when none are listed), balances the equation with the rules' reagents and by-products, and
 * compares the result with the declared product by full InChIKey, component by component.
 *
 * <pre>{@code
 * RunResult r = Executor.standard().run(route, null);
 * r.allMatch();
 * }</pre>
 *
 * <p>Thread-safe: the rule library is immutable, compiled rules are used under their lock, caches are concurrent.
 */
public final class Executor {

    private final RuleLibrary library;
    private final StructureSource source;
    private final FactsCache cache = new FactsCache();
    private final StageExecutor stages;
    private final Impurities impurities;

    /** An executor over {@code library} that gets structures from {@code source}. */
    public Executor(RuleLibrary library, StructureSource source) {
        this.library = Objects.requireNonNull(library, "library");
        this.source = cached(Objects.requireNonNull(source, "source"));
        this.stages = new StageExecutor(library, cache);
        this.impurities = new Impurities(stages, cache, new ImpurityAlterations());
    }

    private static final class Holder {
        static final Executor STANDARD = new Executor(RuleLibrary.standard(), StandardStructures.source());
    }

    /**
     * The standard rule library with the standard route structures (SMILES overrides, then names): one shared
     * instance, so repeated runs in one process reuse its resolutions and structure facts. Its caches are keyed by
     * value (substance record and variant bindings; SMILES), never by route, and are concurrent.
     */
    public static Executor standard() {
        return Holder.STANDARD;
    }

    /** The rule library in use. */
    public RuleLibrary library() {
        return library;
    }

    /**
     * Runs every stage of the variant (or every non-optional stage when {@code variantOrNull} is null), in order: a
     * stage that takes an earlier stage's product (by substance id, or through a stream or outcome id) takes the
     * structure that stage derived, and says so when that stage failed.
     */
    public RunResult run(Route route, Variant variantOrNull) {
        List<StageRun> runs = new ArrayList<>();
        Map<String, String> structures = new LinkedHashMap<>();
        Map<String, List<VesselWalk.Branch>> streams = new LinkedHashMap<>();
        Map<String, String> failed = new LinkedHashMap<>();
        Map<String, String> streamProducts = new LinkedHashMap<>();
        for (Stage stage : stagesOf(route, variantOrNull)) {
            StageExecutor.Outcome o = stages.run(route, variantOrNull, stage, source, Map.of(),
                    new VesselWalk.Upstream(Map.copyOf(structures), Map.copyOf(streams), Map.copyOf(failed),
                            Map.copyOf(streamProducts)));
            runs.add(o.run());
            boolean bad = !o.run().ok();
            String pid = StageExecutor.effectiveId(variantOrNull, stage.product());
            if (pid != null && o.product() != null) {
                structures.put(pid, o.product());
                if (bad) {
                    failed.put(pid, stage.id());
                }
            }
            o.streams().forEach((id, b) -> streams.put(id, withoutHistory(b)));
            for (Outcome out : stage.outcomes()) {
                if (pid != null) {
                    streamProducts.put(out.id(), pid);
                }
                if (out.isolated() && o.product() != null) {
                    Vessel v = Vessel.EMPTY;
                    for (String part : o.product().split("\\.")) {
                        v = v.withMolecule(part, pid, part);
                    }
                    streams.put(out.id(), List.of(new VesselWalk.Branch(v, 0)));
                } else {
                    streams.put(out.id(), withoutHistory(o.branches()));
                }
                if (bad) {
                    failed.put(out.id(), stage.id());
                }
            }
        }
        Impurities.Derived imp = impurities.derive(route, variantOrNull, stagesOf(route,
                variantOrNull), source, runs);
        return new RunResult(route.id(), variantOrNull == null ? null : variantOrNull.id(), runs, imp.species(),
                imp.masses());
    }

    /** Branches handed to a later stage: their applications belong to the stage that made them. */
    private static List<VesselWalk.Branch> withoutHistory(List<VesselWalk.Branch> branches) {
        return branches.stream().map(b -> new VesselWalk.Branch(new Vessel(b.vessel().pot(), b.vessel().agents(),
                b.vessel().seen(), List.of()), b.rank())).toList();
    }

    private static final int MAX_CACHED = 10_000;

    /**
     * Resolutions cached by value: the effective substance record (after the variant's substitution) and the
     * variant's bindings decide the structure, so equal keys give equal resolutions.
     */
    private static StructureSource cached(StructureSource source) {
        Map<List<Object>, Optional<Resolution>> cache = new ConcurrentHashMap<>();
        return (route, variant, id) -> {
            String effective = StageExecutor.effectiveId(variant, id);
            Optional<SubstanceRef> ref = route.substance(effective);
            if (ref.isEmpty()) {
                return source.resolve(route, variant, id);
            }
            List<Object> key = List.of(ref.get(), variant == null ? Map.of() : variant.bindings());
            Optional<Resolution> hit = cache.get(key);
            if (hit != null) {
                return hit.orElse(null);
            }
            Resolution r = source.resolve(route, variant, id);
            if (cache.size() < MAX_CACHED) {
                cache.put(key, Optional.ofNullable(r));
            }
            return r;
        };
    }

    /** The stages a variant runs, in order (unknown ids are skipped; the route validator reports them). */
    static List<Stage> stagesOf(Route route, Variant variant) {
        if (variant != null && !variant.stages().isEmpty()) {
            List<Stage> out = new ArrayList<>();
            for (String id : variant.stages()) {
                route.stage(id).ifPresent(out::add);
            }
            return out;
        }
        return route.stages().stream().filter(s -> !s.optional()).toList();
    }
}
