package reflux.route.io;

import java.nio.file.Path;

/**
 * One located problem of a route file: where it is, which field, what is wrong and how to fix it.
 *
 * @param file       the file as given
 * @param line       1-based line, or 0 when the problem concerns the whole file
 * @param column     1-based column, or 0
 * @param field      path of the field ({@code stages[0].steps[1].operations[2].conditions.temperature}), or "" for
 *                   the file as a whole
 * @param message    what is wrong, naming the place in words ("in stage I step A operation 2")
 * @param suggestion how to fix it, or null
 */
public record RouteProblem(Path file, int line, int column, String field, String message, String suggestion) {

    /** {@code file:line:col: field: message (suggestion)} — the form {@code reflux validate} prints. */
    public String format() {
        StringBuilder sb = new StringBuilder();
        sb.append(file);
        if (line > 0) { // a problem with the file as a whole (missing, too large, not UTF-8) has no line
            sb.append(':').append(line).append(':').append(column);
        }
        sb.append(": ");
        if (field != null && !field.isEmpty()) {
            sb.append(field).append(": ");
        }
        sb.append(message);
        if (suggestion != null && !suggestion.isBlank()) {
            sb.append(" (").append(suggestion).append(')');
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return format();
    }
}
