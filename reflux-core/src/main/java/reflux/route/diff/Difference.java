package reflux.route.diff;

import java.util.Objects;

/**
 * One difference between two routes.
 *
 * @param code  what kind of difference
 * @param where path in route A's terms ({@code stages[0].charges}, {@code stages[1].outcomes[0].analytics.ms}),
 *              plus the stage id
 * @param a     the value in route A ("7.73 g, 0.035 mol of 4-bromo-..."), or null = absent
 * @param b     the value in route B, or null = absent
 */
public record Difference(DiffCode code, String where, String a, String b) {
    public Difference {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(where, "where");
    }

    /** {@code where: CODE: A ≠ B}, for the terminal. */
    public String format() {
        return where + ": " + code + ": " + (a == null ? "(absent)" : a) + "  |  " + (b == null ? "(absent)" : b);
    }
}
