package reflux.engine;

import java.util.List;
import java.util.Locale;
import reflux.chem.StructureFacts;
import reflux.chem.Structures;
import reflux.identity.NameResolver;
import reflux.model.identity.Resolution;
import reflux.model.identity.ResolutionStatus;
import reflux.model.route.Route;
import reflux.model.route.SubstanceRef;
import reflux.model.route.Variant;

/** The standard structure source: a variant's substitutions, then SMILES override, else name (+ form). */
final class StandardStructures {

    private StandardStructures() {
    }

    static StructureSource source() {
        return (route, variant, id) -> resolve(route, variant, id);
    }

    private static Resolution resolve(Route route, Variant variant, String id) {
        String effective = StageExecutor.effectiveId(variant, id);
        SubstanceRef s = route.substance(effective).orElse(null);
        if (s == null) {
            return new Resolution(id, ResolutionStatus.UNRESOLVED, null, null, null, null, null, null, null,
                    List.of(), "route", List.of(), "no substance '" + effective + "' in the route", List.of());
        }
        if (s.smiles() != null && !s.smiles().isBlank()) {
            try {
                StructureFacts f = Structures.facts(s.smiles());
                return new Resolution(s.name(), ResolutionStatus.RESOLVED, f.smiles(), f.formula(), f.molarMass(),
                        f.monoisotopicMass(), f.charge(), f.inchi(), f.inchiKey(), f.cip(), "smiles", List.of(),
                        null, List.of());
            } catch (Exception e) {
                return new Resolution(s.name(), ResolutionStatus.UNRESOLVED, null, null, null, null, null, null,
                        null, List.of(), "smiles", List.of(), "invalid SMILES override: " + e.getMessage(), List.of());
            }
        }
        String name = s.name().trim();
        if (s.form() != null && !name.toLowerCase(Locale.ROOT).contains(s.form().toLowerCase(Locale.ROOT))) {
            name = name + " " + s.form().trim();
        }
        return NameResolver.standard().resolve(name);
    }
}
