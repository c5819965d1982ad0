package reflux.route.units;

import java.util.Objects;

/**
 * The result of parsing a quantity text: a value, or a message saying what is wrong and a suggestion.
 *
 * @param value      the parsed value, or null when {@code error} is set
 * @param error      what is wrong, or null
 * @param suggestion how to fix it, or null
 * @param <T>        Quantity or Range (and the scale-up inputs: targets, yields, prices)
 */
public record Parsed<T>(T value, String error, String suggestion) {

    public Parsed {
        if ((value == null) == (error == null)) {
            throw new IllegalArgumentException("exactly one of value and error");
        }
    }

    /** A parsed value. */
    public static <T> Parsed<T> ok(T value) {
        return new Parsed<>(Objects.requireNonNull(value), null, null);
    }

    /** A failure with its message and a fix (or null). */
    public static <T> Parsed<T> fail(String error, String suggestion) {
        return new Parsed<>(null, error, suggestion);
    }

    /** True when a value was parsed. */
    public boolean isOk() {
        return value != null;
    }
}
