package reflux.audit;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Memoised chemistry shared by the audits of one {@link Auditor}: structures taken apart by SMILES, molar masses by
 * formula, monoisotopic masses and isotope peaks by ion formula, NMR proton types by SMILES. Values are immutable (a {@link Material}'s CDK
 * container is only read, and SMARTS matching on it is serialised on the container). Thread-safe; bounded.
 */
final class AuditCache {

    private static final int LIMIT = 20_000;

    private final Map<String, Optional<Material>> materials = new ConcurrentHashMap<>();
    private final Map<Formula, Double> molarMasses = new ConcurrentHashMap<>();
    private final Map<Formula, Optional<Double>> monoMasses = new ConcurrentHashMap<>();
    private final Map<IonKey, List<IonCalculator.IonPeak>> ionPeaks = new ConcurrentHashMap<>();
    private final Map<String, Object> nmrTypes = new ConcurrentHashMap<>();
    private final Map<String, List<FormCandidates.Candidate>> candidates = new ConcurrentHashMap<>();
    private final Map<String, Optional<reflux.chem.StructureFacts>> facts = new ConcurrentHashMap<>();

    /** Structure facts of a SMILES (through the facts store), empty when CDK cannot read it. */
    Optional<reflux.chem.StructureFacts> facts(String smiles) {
        return get(facts, smiles, k -> {
            try {
                return Optional.of(reflux.chem.FactsStore.standard().facts(k));
            } catch (org.openscience.cdk.exception.CDKException | RuntimeException e) {
                return Optional.empty();
            }
        });
    }

    List<FormCandidates.Candidate> candidates(Material m, Function<Material, List<FormCandidates.Candidate>> compute) {
        return get(candidates, m.smiles(), k -> List.copyOf(compute.apply(m)));
    }

    Optional<Material> material(String smiles) {
        return get(materials, smiles, Material::of);
    }

    double molarMass(Formula f) {
        return get(molarMasses, f, Formula::molarMass);
    }

    /** CDK's monoisotopic mass of an ion formula, empty when CDK cannot build it. */
    Optional<Double> monoMass(Formula ion) {
        return get(monoMasses, ion, IonCalculator::monoMass);
    }

    /** Isotope peaks of an ion formula whose {@link #monoMass} is present. */
    List<IonCalculator.IonPeak> ionPeaks(Formula ion, AuditData.IonType type) {
        return get(ionPeaks, new IonKey(ion, type.label()),
                k -> List.copyOf(IonCalculator.peaks(ion, type, monoMass(ion).orElseThrow())));
    }

    /** Ion-peak key: the formula by value (no Hill string to build) and the ion type's label. */
    private record IonKey(Formula ion, String label) {
    }

    @SuppressWarnings("unchecked")
    <T> T nmr(String smiles, Function<String, T> compute) {
        return (T) get(nmrTypes, smiles, k -> compute.apply(k));
    }

    private static <K, V> V get(Map<K, V> map, K key, Function<K, V> compute) {
        V v = map.get(key);
        if (v == null) {
            v = compute.apply(key);
            if (map.size() >= LIMIT) {
                map.clear();
            }
            map.put(key, v);
        }
        return v;
    }
}
