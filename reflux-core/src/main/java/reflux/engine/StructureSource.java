package reflux.engine;

import reflux.model.identity.Resolution;
import reflux.model.route.Route;
import reflux.model.route.Variant;

/**
 * Where the executor gets the structure of a route's substance: under a variant (substitutions, Markush bindings),
 * honouring SMILES overrides and declared forms. Implementations must be thread-safe if the executor is shared.
 */
@FunctionalInterface
public interface StructureSource {

    /** The resolution of substance {@code substanceId} of {@code route} under {@code variant} (may be null). */
    Resolution resolve(Route route, Variant variant, String substanceId);
}
