package reflux.model.route;

import java.util.List;
import java.util.Objects;

/**
 * An ordered group of unit operations with a name as printed ("STEP-A: SILYLATION OF ...").
 *
 * @param id         id unique in its stage
 * @param name       title as printed, or null
 * @param operations the operations in order
 * @param source     where the step was printed
 */
public record Step(String id, String name, List<Operation> operations, Provenance source) {
    public Step {
        Objects.requireNonNull(id, "id");
        operations = operations == null ? List.of() : List.copyOf(operations);
        source = source == null ? Provenance.NONE : source;
    }
}
