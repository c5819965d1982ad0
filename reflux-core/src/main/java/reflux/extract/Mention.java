package reflux.extract;

import java.util.List;

/**
 * A chemical as the text mentions it, with the quantities printed next to it.
 *
 * @param name       the name as written, or null = not named (a product reported only as "5 g (80%)")
 * @param role       its role
 * @param quantities amounts, percentages and yields attached to it, in text order
 */
public record Mention(Span name, MentionRole role, List<Quantity> quantities) {
    public Mention {
        if (role == null) {
            throw new IllegalArgumentException("role required");
        }
        quantities = List.copyOf(quantities);
    }

    /** The mention with another role. */
    public Mention withRole(MentionRole r) {
        return new Mention(name, r, quantities);
    }
}
