package reflux.audit;

import java.util.Optional;
import reflux.model.identity.Resolution;
import reflux.model.route.Route;
import reflux.model.route.SubstanceRef;
import reflux.model.route.Variant;
import reflux.route.RouteStructures;

/**
 * Where the audit gets the structure of a route substance in its declared (isolated) form, as SMILES with every
 * component (cation, counter-ion, extra HX, water).
 *
 * <pre>{@code
 * SubstanceStructures s = SubstanceStructures.of(RouteStructures.standard());
 * s.smiles(route, null, "acp-hcl"); // SMILES override, else the name + declared form resolved
 * }</pre>
 */
@FunctionalInterface
public interface SubstanceStructures {

    /** SMILES of the substance's declared form under the variant (or null), or empty when unknown. */
    Optional<String> smiles(Route route, Variant variant, String substanceId);

    /** Only the SMILES overrides written in the route file. */
    static SubstanceStructures overridesOnly() {
        return (route, variant, id) -> route.substance(id).map(SubstanceRef::smiles).filter(s -> !s.isBlank());
    }

    /** The route helper's structures: SMILES override, else name + declared form, variant bindings honoured. */
    static SubstanceStructures of(RouteStructures structures) {
        return (route, variant, id) -> route.substance(id).map(s -> structures.resolve(route, s, variant))
                .filter(Resolution::isResolved).map(Resolution::smiles);
    }
}
