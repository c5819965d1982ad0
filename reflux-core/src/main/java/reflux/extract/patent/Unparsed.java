package reflux.extract.patent;

/**
 * A passage of the patent text that the extractor did not turn into route data, with why.
 *
 * @param example the example label ("1"), or null outside an example
 * @param start   character offset into the document text
 * @param end     end offset (exclusive)
 * @param text    the passage as printed
 * @param reason  why it is not in the route ("name does not resolve", "no action or amount understood")
 */
public record Unparsed(String example, int start, int end, String text, String reason) {
}
