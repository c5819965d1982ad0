package reflux.model.route;

import java.util.List;
import java.util.Objects;

/**
 * A substance a route talks about, declared once and referred to by id from charges and outcomes.
 *
 * @param id      short id unique in the route ({@code nucleus}, {@code pcl5}); referred to by charges
 * @param name    the name as written in the source (never null)
 * @param smiles  a SMILES override when the name alone does not fix the structure, or null = resolve the name
 * @param form    the declared isolated form ("hydrochloride", "dihydrochloride monohydrate"), or null = as named
 * @param grade   commercial grade or composition ("37 % w/w aqueous", "in methylene chloride"), or null
 * @param notes   free remarks (what the source leaves open), never null
 * @param source  where the name was printed
 */
public record SubstanceRef(String id, String name, String smiles, String form, String grade,
                           List<String> notes, Provenance source) {
    public SubstanceRef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        notes = notes == null ? List.of() : List.copyOf(notes);
        source = source == null ? Provenance.NONE : source;
    }
}
