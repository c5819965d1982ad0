package reflux.model.route;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A process as data: the substances it names, its stages in order, and for claim-level routes the variants it
 * covers. Versioned ({@code schema}) and traceable to its documents.
 *
 * @param schema     route-format version, e.g. {@code reflux.route/1}
 * @param id         route id (file stem by convention)
 * @param title      human title
 * @param documents  source document ids
 * @param kind       what the route records: EXAMPLE (a worked example with amounts) or CLAIMS (claim-level,
 *                   no amounts unless printed)
 * @param substances the substances the route names
 * @param stages     the stages in order
 * @param variants   the readings of a claim-level route (empty for an example)
 * @param notes      remarks (what the source leaves unstated)
 */
public record Route(String schema, String id, String title, List<String> documents, Kind kind,
                    List<SubstanceRef> substances, List<Stage> stages, List<Variant> variants, List<String> notes) {

    /** What a route records. */
    public enum Kind { EXAMPLE, CLAIMS }

    public Route {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        documents = documents == null ? List.of() : List.copyOf(documents);
        substances = substances == null ? List.of() : List.copyOf(substances);
        stages = stages == null ? List.of() : List.copyOf(stages);
        variants = variants == null ? List.of() : List.copyOf(variants);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    /** The substance with this id. */
    public Optional<SubstanceRef> substance(String id) {
        return substances.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The stage with this id. */
    public Optional<Stage> stage(String id) {
        return stages.stream().filter(s -> s.id().equals(id)).findFirst();
    }
}
