package reflux.engine;

import reflux.route.RouteStructures;

/** The standard structure source: {@link RouteStructures#standard()} (SMILES overrides, forms, variants, names). */
final class StandardStructures {

    private static final RouteStructures STRUCTURES = RouteStructures.standard();

    private StandardStructures() {
    }

    static StructureSource source() {
        return (route, variant, id) -> route.substance(id)
                .map(s -> STRUCTURES.resolve(route, s, variant))
                .orElse(null);
    }
}
