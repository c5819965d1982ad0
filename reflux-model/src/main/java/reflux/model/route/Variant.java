package reflux.model.route;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One concrete reading of a claim-level route: which optional stages it takes and how the Markush variables are
 * bound ("silylated, X = Cl, isolate salt V, ion exchange").
 *
 * @param id          id unique in the route
 * @param description what this reading is
 * @param stages      stage ids in order (empty = every non-optional stage)
 * @param bindings    Markush variable → value ({@code X → Cl}); substance SMILES may use {@code {X}} placeholders
 * @param substances  substance id overrides for this reading (route id → replacement substance id)
 */
public record Variant(String id, String description, List<String> stages, Map<String, String> bindings,
                      Map<String, String> substances) {
    public Variant {
        Objects.requireNonNull(id, "id");
        stages = stages == null ? List.of() : List.copyOf(stages);
        bindings = bindings == null ? Map.of() : Map.copyOf(bindings);
        substances = substances == null ? Map.of() : Map.copyOf(substances);
    }
}
