package reflux.extract;

/**
 * A stretch of a text by character offsets: {@code start} inclusive, {@code end} exclusive, and the text between.
 *
 * @param start first character
 * @param end   one past the last character
 * @param text  the characters, exactly as written
 */
public record Span(int start, int end, String text) {
    public Span {
        if (start < 0 || end < start || text == null || text.length() != end - start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    /** The span {@code [start, end)} of {@code source}. */
    public static Span of(String source, int start, int end) {
        return new Span(start, end, source.substring(start, end));
    }

    /** Whether this span covers {@code other} entirely. */
    public boolean covers(Span other) {
        return start <= other.start && other.end <= end;
    }
}
