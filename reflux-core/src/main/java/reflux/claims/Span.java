package reflux.claims;

/**
 * Words quoted from a seed document with their character offsets ({@code start} inclusive, {@code end} exclusive),
 * so every verdict can show the claim's own words; a test checks each span against the seed text.
 *
 * @param text  the words exactly as printed
 * @param start offset of the first character, or null when not located
 * @param end   offset after the last character, or null
 */
public record Span(String text, Integer start, Integer end) {
    public Span {
        java.util.Objects.requireNonNull(text, "text");
    }
}
