package reflux.model.route;

import java.util.List;
import java.util.Objects;
import reflux.model.quantity.Quantity;

/**
 * What a stage yields: an isolated product (with mass, yield, purity, analytics) or an in-situ stream that a later
 * stage takes ({@code isolated == false}).
 *
 * @param id          id unique in the route; later charges refer to it with {@code from}
 * @param substance   id of the {@link SubstanceRef} obtained (its name and declared form)
 * @param isolated    true when isolated as a solid/oil; false for a solution or crude carried forward
 * @param amounts     amounts as printed (mass, moles); empty when not printed
 * @param statedYield yield as printed (%), or null = not printed
 * @param analytics   analytical data
 * @param notes       remarks (what the source leaves unstated)
 * @param source      where the outcome was printed
 */
public record Outcome(String id, String substance, boolean isolated, List<Quantity> amounts, Quantity statedYield,
                      Analytics analytics, List<String> notes, Provenance source) {
    public Outcome {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(substance, "substance");
        amounts = amounts == null ? List.of() : List.copyOf(amounts);
        analytics = analytics == null ? Analytics.NONE : analytics;
        notes = notes == null ? List.of() : List.copyOf(notes);
        source = source == null ? Provenance.NONE : source;
    }
}
