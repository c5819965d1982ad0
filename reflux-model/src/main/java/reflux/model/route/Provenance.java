package reflux.model.route;

/**
 * Where a value came from: the document, the place in it, and the words as printed.
 *
 * @param document document id (e.g. {@code 001_e911f9fb6bcc0e2c}), or null = not recorded
 * @param locator  place in the document ("Example 1, Stage I, Step A", "claim 8"), or null
 * @param quote    the words as printed, or null
 * @param start    character offset of the quote in the document text, or null = not located
 * @param end      end offset (exclusive), or null
 */
public record Provenance(String document, String locator, String quote, Integer start, Integer end) {

    /** No provenance recorded. */
    public static final Provenance NONE = new Provenance(null, null, null, null, null);

    public Provenance {
        if (start != null && end != null && end < start) {
            throw new IllegalArgumentException("provenance end " + end + " before start " + start);
        }
    }

    /** Provenance with a quote and place, without offsets. */
    public static Provenance quote(String document, String locator, String quote) {
        return new Provenance(document, locator, quote, null, null);
    }
}
