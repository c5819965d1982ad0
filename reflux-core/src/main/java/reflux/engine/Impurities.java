package reflux.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;
import org.openscience.cdk.interfaces.IDoubleBondStereochemistry;
import org.openscience.cdk.interfaces.IStereoElement;
import org.openscience.cdk.isomorphism.Transform;
import org.openscience.cdk.smirks.Smirks;
import org.openscience.cdk.smirks.SmirksOption;
import org.openscience.cdk.stereo.DoubleBondStereochemistry;
import reflux.chem.StructureFacts;
import reflux.chem.Structures;
import reflux.model.identity.Resolution;
import reflux.model.route.Route;
import reflux.model.route.Stage;
import reflux.model.route.Variant;
import reflux.model.run.ImpurityMass;
import reflux.model.run.Species;
import reflux.model.run.StageRun;

/**
 * Derives the named impurities of a route by re-running it forward from an altered starting material, one run per
 * alteration of {@code impurities.tsv} (the (E) "anti" oxime isomer, the Δ2 cephem isomer, ...). Reports each in its
 * free form (inner salt / free acid) with monoisotopic mass and the m/z of [M+H]+ (or [M]+ for a permanent cation).
 * One instance per executor; thread-safe (the free-form transform is used under its lock, memos are concurrent and
 * bounded).
 */
final class Impurities {

    /** Electron mass, Da (CODATA 2018). */
    static final double ELECTRON = 0.000548579909;
    /** Mass of 1H, Da. */
    static final double HYDROGEN = 1.00782503207;


    record Derived(List<Species> species, List<ImpurityMass> masses) {
    }

    private final StageExecutor stages;
    private final FactsCache cache;

    private final ImpurityAlterations alterations;

    Impurities(StageExecutor stages, FactsCache cache, ImpurityAlterations alterations) {
        this.stages = stages;
        this.cache = cache;
        this.alterations = alterations;
    }

    Derived derive(Route route, Variant variant, List<Stage> order, StructureSource source, List<StageRun> runs) {
        List<Species> species = new ArrayList<>();
        List<ImpurityMass> masses = new ArrayList<>();
        if (runs.isEmpty() || runs.stream().anyMatch(r -> r.verdict() != reflux.model.run.Verdict.MATCH)) {
            return new Derived(species, masses); // impurities of a route that does not run are meaningless
        }
        String mainKey = cache.key(freeForm(runs.get(runs.size() - 1).products().get(0).smiles()));
        Set<String> seen = new LinkedHashSet<>();
        seen.add(mainKey);
        Set<String> produced = new LinkedHashSet<>();
        for (int i = 0; i < order.size(); i++) {
            Stage stage = order.get(i);
            for (String id : StageExecutor.reactantIds(stage)) {
                String eff = StageExecutor.effectiveId(variant, id);
                if (produced.contains(eff)) {
                    continue;
                }
                Resolution r = source.resolve(route, variant, id);
                if (r == null || !r.isResolved() || r.smiles() == null) {
                    continue;
                }
                for (ImpurityAlterations.Alteration a : alterations.all()) {
                    derive(a.id(), a.description() + ", carried from " + eff + " altered (impurities.tsv: "
                            + a.source() + ")", alterations.apply(a, r.smiles()), route, variant, order, i, source,
                            eff, seen, species, masses);
                }
            }
            if (stage.product() != null) {
                produced.add(StageExecutor.effectiveId(variant, stage.product()));
            }
        }
        return new Derived(species, masses);
    }

    private void derive(String kind, String description, String altered, Route route, Variant variant,
                        List<Stage> order, int from, StructureSource source, String substance, Set<String> seen,
                        List<Species> species, List<ImpurityMass> masses) {
        if (altered == null) {
            return;
        }
        Map<String, String> overrides = new HashMap<>();
        overrides.put(substance, altered);
        IAtomContainer pot = null;
        for (int j = from; j < order.size(); j++) {
            Stage s = order.get(j);
            pot = stages.rerun(route, variant, s, source, overrides);
            if (pot == null) {
                return;
            }
            if (s.product() != null) {
                overrides.put(StageExecutor.effectiveId(variant, s.product()), RuleApplier.smiles(pot));
            }
        }
        // the largest component (first of equals), counted on the pot's own components
        String main = RuleApplier.smiles(RuleApplier.components(pot).stream()
                .max(Comparator.comparingInt(IAtomContainer::getAtomCount))
                .orElseThrow());
        String free = freeForm(main);
        StructureFacts f = cache.facts(free);
        if (!seen.add(f.inchiKey())) {
            return;
        }
        String id = masses.stream().anyMatch(m -> m.id().equals(kind)) ? kind + "-" + (masses.size() + 1) : kind;
        boolean cation = f.charge() > 0;
        double mz = cation ? f.monoisotopicMass() - ELECTRON : f.monoisotopicMass() + HYDROGEN - ELECTRON;
        species.add(new Species(id, f.smiles(), f.inchiKey(), f.formula(), f.molarMass(), 0));
        masses.add(new ImpurityMass(id, description, f.smiles(), f.inchiKey(), f.formula(), f.monoisotopicMass(),
                cation ? "[M]+" : "[M+H]+", mz, List.of("altered input: " + substance + " -> " + altered,
                "re-ran stages " + order.subList(from, order.size()).stream().map(Stage::id).toList())));
    }

    /** The free form of a quaternary-ammonium acid cation: the inner salt; other structures unchanged. */
    String freeForm(String smiles) {
        String hit = freeForms.get(smiles);
        if (hit == null) {
            hit = computeFreeForm(smiles);
            if (freeForms.size() < MAX_MEMO) {
                freeForms.put(smiles, hit);
            }
        }
        return hit;
    }

    /** Bound on memoised free forms. */
    private static final int MAX_MEMO = 10_000;

    private final Map<String, String> freeForms = new java.util.concurrent.ConcurrentHashMap<>();

    private String computeFreeForm(String smiles) {
        IAtomContainer mol = RuleApplier.parse(smiles);
        int charge = 0;
        boolean quaternary = false;
        for (var a : mol.atoms()) {
            charge += a.getFormalCharge() == null ? 0 : a.getFormalCharge();
            quaternary |= "N".equals(a.getSymbol()) && a.getFormalCharge() != null && a.getFormalCharge() == 1
                    && (a.getImplicitHydrogenCount() == null || a.getImplicitHydrogenCount() == 0);
        }
        if (charge <= 0 || !quaternary || smiles.contains(".")) {
            return smiles;
        }
        IAtomContainer mol2 = RuleApplier.parse(smiles);
        synchronized (freeFormTransform) {
            return freeFormTransform.apply(mol2, 1) ? RuleApplier.smiles(mol2) : smiles;
        }
    }

    /** Carboxylic acid to carboxylate (the inner salt of a quaternary-ammonium acid cation). Used under its lock. */
    private final Transform freeFormTransform = compile("[OH1:1][C:2]=[O:3]>>[O-:1][C:2]=[O:3]");

    private static Transform compile(String smirks) {
        Transform x = new Transform();
        if (!Smirks.parse(x, smirks, SmirksOption.RECOMPUTE_HYDROGENS)) {
            throw new IllegalStateException(x.message());
        }
        return x;
    }
}
