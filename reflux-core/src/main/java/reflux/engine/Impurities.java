package reflux.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
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
 * Derives the named impurities of a route by re-running it from an altered starting material: the (E) "anti"
 * oxime isomer (from a starting material whose C=N-O geometry is inverted) and the Δ2 cephem isomer (from a Δ2
 * nucleus). Reports each in its free form (inner salt / free acid) with monoisotopic mass and the m/z of
 * [M+H]+ (or [M]+ for a permanent cation).
 */
final class Impurities {

    /** Electron mass, Da (CODATA 2018). */
    static final double ELECTRON = 0.000548579909;
    /** Mass of 1H, Da. */
    static final double HYDROGEN = 1.00782503207;

    private static final String DELTA2 =
            "[S;R:1][CH2;R:2][C;R:3]=[C;R:4]([C:6]=[O:7])[N;R:5]>>[S:1][CH1:2]=[C:3][CH1:4]([C:6]=[O:7])[N:5]";
    private static final String FREE_FORM = "[OH1:1][C:2]=[O:3]>>[O-:1][C:2]=[O:3]";

    record Derived(List<Species> species, List<ImpurityMass> masses) {
    }

    private final StageExecutor stages;
    private final FactsCache cache;

    Impurities(StageExecutor stages, FactsCache cache) {
        this.stages = stages;
        this.cache = cache;
    }

    Derived derive(Route route, Variant variant, List<Stage> order, StructureSource source, List<StageRun> runs) {
        List<Species> species = new ArrayList<>();
        List<ImpurityMass> masses = new ArrayList<>();
        if (runs.isEmpty() || runs.stream().anyMatch(r -> r.verdict() != reflux.model.run.Verdict.MATCH)) {
            return new Derived(species, masses); // impurities of a route that does not run are meaningless
        }
        // re-runs use the rules the main run applied (no second search)
        List<Stage> fixed = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            Stage s = order.get(i);
            fixed.add(new Stage(s.id(), s.name(), runs.get(i).rules().isEmpty() ? s.rules() : runs.get(i).rules(),
                    s.reactants(), s.product(), s.steps(), s.outcomes(), s.optional(), s.notes(), s.source()));
        }
        order = fixed;
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
                derive("anti-isomer", "(E) oxime isomer, carried from " + eff + " with its C=N geometry inverted",
                        invertOxime(r.smiles()), Impurities::invertOxime, route, variant, order, i, source, eff,
                        seen, species, masses);
                derive("delta2-isomer", "Δ2 cephem isomer, carried from the Δ2 isomer of " + eff,
                        delta2(r.smiles()), Impurities::delta2, route, variant, order, i, source, eff, seen,
                        species, masses);
            }
            if (stage.product() != null) {
                produced.add(StageExecutor.effectiveId(variant, stage.product()));
            }
        }
        return new Derived(species, masses);
    }

    private void derive(String kind, String description, String altered, UnaryOperator<String> alteration,
                        Route route, Variant variant,
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
            pot = stages.rerun(route, variant, s, source, overrides, d -> {
                String t = alteration.apply(d);
                return t == null ? d : t;
            });
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

    /**
     * Results of the pure SMILES-to-SMILES alterations below, memoised by (alteration, input SMILES): the re-runs
     * apply them to the same inputs many times within a run and across runs. Bounded; null results are kept too.
     */
    private static final int MAX_MEMO = 10_000;
    private static final Map<List<String>, Optional<String>> MEMO = new java.util.concurrent.ConcurrentHashMap<>();

    private static String memo(String kind, String smiles, UnaryOperator<String> compute) {
        List<String> key = List.of(kind, smiles);
        Optional<String> hit = MEMO.get(key);
        if (hit != null) {
            return hit.orElse(null);
        }
        String out = compute.apply(smiles);
        if (MEMO.size() < MAX_MEMO) {
            MEMO.put(key, Optional.ofNullable(out));
        }
        return out;
    }

    /** The input with every stereo-defined C=N-O geometry inverted, or null when it has none. */
    static String invertOxime(String smiles) {
        return memo("invertOxime", smiles, Impurities::computeInvertOxime);
    }

    private static String computeInvertOxime(String smiles) {
        IAtomContainer mol = RuleApplier.parse(smiles);
        List<IStereoElement> out = new ArrayList<>();
        boolean changed = false;
        for (IStereoElement<?, ?> se : mol.stereoElements()) {
            if (se instanceof IDoubleBondStereochemistry db && isOxime(db.getStereoBond())) {
                IDoubleBondStereochemistry.Conformation c = db.getStereo();
                out.add(new DoubleBondStereochemistry(db.getStereoBond(), db.getBonds(),
                        c == IDoubleBondStereochemistry.Conformation.OPPOSITE
                                ? IDoubleBondStereochemistry.Conformation.TOGETHER
                                : IDoubleBondStereochemistry.Conformation.OPPOSITE));
                changed = true;
            } else {
                out.add(se);
            }
        }
        if (!changed) {
            return null;
        }
        mol.setStereoElements(out);
        return RuleApplier.smiles(mol);
    }

    private static boolean isOxime(IBond bond) {
        for (var atom : List.of(bond.getBegin(), bond.getEnd())) {
            if ("N".equals(atom.getSymbol())) {
                for (IBond b : atom.bonds()) {
                    if (b != bond && "O".equals(b.getOther(atom).getSymbol())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The Δ2 isomer of a Δ3 cephem (C-4 configuration left open), or null when the input has no Δ3 cephem. */
    static String delta2(String smiles) {
        return memo("delta2", smiles, s -> transformOnce(DELTA2, s));
    }

    /** The free form of a quaternary-ammonium acid cation: the inner salt; other structures unchanged. */
    static String freeForm(String smiles) {
        return memo("freeForm", smiles, Impurities::computeFreeForm);
    }

    private static String computeFreeForm(String smiles) {
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
        String t = transformOnce(FREE_FORM, smiles);
        return t == null ? smiles : t;
    }

    private static final Map<String, Transform> TRANSFORMS = new java.util.concurrent.ConcurrentHashMap<>();

    private static String transformOnce(String smirks, String smiles) {
        Transform t = TRANSFORMS.computeIfAbsent(smirks, s -> {
            Transform x = new Transform();
            if (!Smirks.parse(x, s, SmirksOption.RECOMPUTE_HYDROGENS)) {
                throw new IllegalStateException(x.message());
            }
            return x;
        });
        IAtomContainer mol = RuleApplier.parse(smiles);
        synchronized (t) {
            return t.apply(mol, 1) ? RuleApplier.smiles(mol) : null;
        }
    }
}
