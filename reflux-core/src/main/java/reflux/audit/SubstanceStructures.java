package reflux.audit;

import java.util.Optional;
import reflux.model.route.Route;
import reflux.model.route.SubstanceRef;

/**
 * Where the audit gets the structure of a route substance in its declared (isolated) form, as SMILES with every
 * component (cation, counter-ion, extra HX, water).
 *
 * <pre>{@code
 * SubstanceStructures s = SubstanceStructures.overridesOnly();
 * s.smiles(route, "acp-hcl"); // the SMILES written in the route file, if any
 * }</pre>
 */
@FunctionalInterface
public interface SubstanceStructures {

    /** SMILES of the substance's declared form, or empty when unknown. */
    Optional<String> smiles(Route route, String substanceId);

    /** Only the SMILES overrides written in the route file. */
    static SubstanceStructures overridesOnly() {
        return (route, id) -> route.substance(id).map(SubstanceRef::smiles).filter(s -> !s.isBlank());
    }
}
