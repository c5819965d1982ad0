package reflux.engine;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.openscience.cdk.exception.InvalidSmilesException;
import org.openscience.cdk.interfaces.IAtomContainer;
import reflux.chem.FactsStore;
import reflux.chem.StructureFacts;
import reflux.chem.Structures;

/**
 * Structure facts and parsed compositions by SMILES, computed once per executor (facts through {@link FactsStore},
 * so a persistent cache the launcher turned on answers them across processes). Thread-safe.
 */
final class FactsCache {

    private static final int MAX = 20_000;

    private final Map<String, StructureFacts> facts = new ConcurrentHashMap<>();
    private final Map<String, Composition> compositions = new ConcurrentHashMap<>();
    private final Map<String, String> keys = new ConcurrentHashMap<>();
    private final Map<String, String> canonical = new ConcurrentHashMap<>();

    StructureFacts facts(String smiles) {
        StructureFacts f = facts.get(smiles);
        if (f == null) {
            try {
                f = FactsStore.standard().facts(smiles);
            } catch (InvalidSmilesException e) {
                throw new IllegalStateException("unreadable SMILES " + smiles, e);
            }
            if (facts.size() < MAX) {
                facts.put(smiles, f);
            }
        }
        return f;
    }

    /**
     * Standard InChIKey of a SMILES: the one in its facts (the same InChI call on the same parsed SMILES; stored, so
     * a later process needs no InChI library); when the other facts cannot be made, from the InChI alone.
     */
    String key(String smiles) {
        StructureFacts f = facts.get(smiles);
        if (f != null) {
            return f.inchiKey();
        }
        String k = keys.get(smiles);
        if (k == null) {
            StructureFacts stored = FactsStore.standard().stored(smiles);
            k = stored != null ? stored.inchiKey() : Structures.inchiKey(RuleApplier.parse(smiles));
            if (k != null && keys.size() < MAX) {
                keys.put(smiles, k);
            }
        }
        return k;
    }

    /**
     * Canonical SMILES of a (component) SMILES without the other facts (no InChI, no CIP labels): the derivation
     * needs it for every state it visits.
     */
    String canonical(String smiles) {
        return canonical.computeIfAbsent(smiles, s -> Structures.canonicalSmiles(RuleApplier.parse(s)));
    }

    /** Net formal charge of a SMILES (from its memoised composition). */
    int charge(String smiles) {
        return composition(smiles).charge();
    }

    List<String> cip(String smiles) {
        return facts(smiles).cip();
    }

    Composition composition(String smiles) {
        return compositions.computeIfAbsent(smiles, s -> Composition.of(RuleApplier.parse(s)));
    }

}
