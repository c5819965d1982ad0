package reflux.model.route;

import java.util.List;
import java.util.Objects;
import reflux.model.quantity.Quantity;

/**
 * One material charged in an operation, with every amount as printed ("10 g, 0.03 mol"). The audit
 * cross-checks the amounts; nothing here normalises them.
 *
 * @param substance  id of a {@link SubstanceRef} of the route, or null when {@code from} names the material
 * @param from       id of an earlier {@link Outcome} or stream carried forward ("Solution B", crude product), or null
 * @param role       role in the stage
 * @param amounts    amounts as printed (mass, volume, moles, equivalents, concentration, ...); may be empty
 * @param containing for "a solution containing 26.72 g X": the dissolved materials with their amounts
 * @param source     where the charge was printed
 * @param assumed    why the charge is there although the source does not print it ("the claims name no silylating
 *                   agent"), or null for a printed charge; {@code check} reports every assumed charge
 */
public record Charge(String substance, String from, Role role, List<Quantity> amounts,
                     List<Charge> containing, Provenance source, String assumed) {
    public Charge {
        Objects.requireNonNull(role, "role");
        if (substance == null && from == null) {
            throw new IllegalArgumentException("a charge needs a substance or a 'from' stream");
        }
        amounts = amounts == null ? List.of() : List.copyOf(amounts);
        containing = containing == null ? List.of() : List.copyOf(containing);
        source = source == null ? Provenance.NONE : source;
    }

    /** A printed charge (not assumed). */
    public Charge(String substance, String from, Role role, List<Quantity> amounts, List<Charge> containing,
                  Provenance source) {
        this(substance, from, role, amounts, containing, source, null);
    }
}
