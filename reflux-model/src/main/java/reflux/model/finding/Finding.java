package reflux.model.finding;

import java.util.List;
import java.util.Objects;

/**
 * One verdict of the audit (or of validation) with its evidence: a stable code, where in the route, the quote from
 * the source and the numbers compared.
 *
 * @param severity ERROR / WARNING / INFO
 * @param code     stable code from the registry, e.g. {@link FindingCode#MOLES_MISMATCH} (JSON: the constant's name)
 * @param message  one human sentence
 * @param path     path into the route, e.g. {@code stages[0].steps[1].operations[0].charges[0]}, or null
 * @param quote    the words from the source, or null
 * @param numbers  the numbers compared (may be empty)
 */
public record Finding(Severity severity, FindingCode code, String message, String path, String quote,
                      List<Comparison> numbers) {
    public Finding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        numbers = numbers == null ? List.of() : List.copyOf(numbers);
    }

    /**
     * One compared number.
     *
     * @param quantity  what is compared ("moles", "yield", "m/z")
     * @param expected  the value computed from structures and other amounts, or null
     * @param actual    the value as printed, or null
     * @param tolerance the allowed difference, or null
     * @param unit      unit of all three
     */
    public record Comparison(String quantity, Double expected, Double actual, Double tolerance, String unit) {
    }
}
