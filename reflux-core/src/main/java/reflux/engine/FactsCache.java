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
        try {
            return facts(smiles).inchiKey();
        } catch (RuntimeException e) {
            return Structures.inchiKey(RuleApplier.parse(smiles));
        }
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
