package reflux.model.route;

import java.util.List;
import java.util.Objects;

/**
 * One chemical transformation of a route (ORD: one Reaction) with the unit operations that carry it out.
 *
 * @param id        id unique in the route
 * @param name      title as printed, or null
 * @param rules     reaction-rule ids the engine applies, in order (empty = let the engine find one)
 * @param reactants substance ids whose structures enter the transformation (the rest of the charges are
 *                  solvents, reagents and workup); empty = take every REACTANT charge
 * @param product   substance id of the declared product of the transformation
 * @param steps     unit operations grouped as printed
 * @param outcomes  isolated products and streams
 * @param optional  true for a claim-level stage that a variant may leave out
 * @param notes     remarks
 * @param source    where the stage was printed
 */
public record Stage(String id, String name, List<String> rules, List<String> reactants, String product,
                    List<Step> steps, List<Outcome> outcomes, boolean optional, List<String> notes,
                    Provenance source) {
    public Stage {
        Objects.requireNonNull(id, "id");
        rules = rules == null ? List.of() : List.copyOf(rules);
        reactants = reactants == null ? List.of() : List.copyOf(reactants);
        steps = steps == null ? List.of() : List.copyOf(steps);
        outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
        notes = notes == null ? List.of() : List.copyOf(notes);
        source = source == null ? Provenance.NONE : source;
    }
}
