package reflux.audit;

import java.util.Locale;
import java.util.Optional;
import reflux.identity.NameResolver;
import reflux.model.identity.Resolution;
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

    /**
     * The route's SMILES overrides, else the name resolved with the declared form appended when the name does not
     * already state it ("... carboxylate" + form "hydrochloride"). Used until {@code reflux.route.RouteStructures}
     * (which also honours variant bindings) is wired in.
     */
    static SubstanceStructures resolving(NameResolver resolver) {
        return (route, id) -> {
            Optional<SubstanceRef> ref = route.substance(id);
            if (ref.isEmpty()) {
                return Optional.empty();
            }
            SubstanceRef s = ref.get();
            if (s.smiles() != null && !s.smiles().isBlank()) {
                return Optional.of(s.smiles());
            }
            String name = s.name();
            if (s.form() != null && !s.form().isBlank()
                    && !name.toLowerCase(Locale.ROOT).contains(s.form().toLowerCase(Locale.ROOT))) {
                Resolution withForm = resolver.resolve(name + " " + s.form());
                if (withForm.isResolved() && withForm.smiles() != null) {
                    return Optional.of(withForm.smiles());
                }
            }
            Resolution r = resolver.resolve(name);
            return r.isResolved() ? Optional.ofNullable(r.smiles()) : Optional.empty();
        };
    }
}
