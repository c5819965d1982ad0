package reflux.model.route;

import java.util.List;
import java.util.Objects;

/**
 * One unit operation of a step: charge, add over time, stir, cool to, wash, filter, ...
 *
 * @param type       what is done
 * @param charges    materials added in this operation (may be empty)
 * @param conditions conditions while it is done
 * @param details    free text (what is washed with what, "until TLC shows no starting material"), or null
 * @param produces   id of the stream or solution this operation yields ("solution-A"), or null
 * @param source     where it was printed
 */
public record Operation(OperationType type, List<Charge> charges, Conditions conditions, String details,
                        String produces, Provenance source) {
    public Operation {
        Objects.requireNonNull(type, "type");
        charges = charges == null ? List.of() : List.copyOf(charges);
        conditions = conditions == null ? Conditions.NONE : conditions;
        source = source == null ? Provenance.NONE : source;
    }
}
