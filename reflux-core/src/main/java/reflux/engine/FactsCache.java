package reflux.engine;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.openscience.cdk.exception.InvalidSmilesException;
import org.openscience.cdk.interfaces.IAtomContainer;
import reflux.chem.StructureFacts;
import reflux.chem.Structures;

/** Structure facts and parsed compositions by SMILES, computed once per executor. Thread-safe. */
final class FactsCache {

    private static final int MAX = 20_000;

    private final Map<String, StructureFacts> facts = new ConcurrentHashMap<>();
    private final Map<String, Composition> compositions = new ConcurrentHashMap<>();

    StructureFacts facts(String smiles) {
        StructureFacts f = facts.get(smiles);
        if (f == null) {
            try {
                f = Structures.facts(smiles);
            } catch (InvalidSmilesException e) {
                throw new IllegalStateException("unreadable SMILES " + smiles, e);
            }
            if (facts.size() < MAX) {
                facts.put(smiles, f);
            }
        }
        return f;
    }

    private final Map<String, String> keys = new ConcurrentHashMap<>();

    /** Standard InChIKey of a SMILES (only the InChI is computed, not the other facts). */
    String key(String smiles) {
        String k = keys.get(smiles);
        if (k == null) {
            k = Structures.inchiKey(RuleApplier.parse(smiles));
            if (keys.size() < MAX) {
                keys.put(smiles, k);
            }
        }
        return k;
    }

    List<String> cip(String smiles) {
        return facts(smiles).cip();
    }

    Composition composition(String smiles) {
        return compositions.computeIfAbsent(smiles, s -> Composition.of(RuleApplier.parse(s)));
    }

    /** Canonical SMILES of each component of a pot. */
    static List<String> componentSmiles(IAtomContainer pot) {
        return RuleApplier.components(pot).stream().map(RuleApplier::smiles).toList();
    }
}
