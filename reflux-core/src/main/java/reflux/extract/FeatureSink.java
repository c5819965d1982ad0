package reflux.extract;

/**
 * Where {@link RoleFeatures} writes a token's observations, one part at a time, so that a feature need not be built
 * as a string to be looked up: a feature is {@link #start} with its template ("w=") followed by the {@code put}s of
 * its parts, closed by {@link #end}; its text is the concatenation of the template and the parts, exactly as
 * {@code "w=" + word} would print it ({@code boolean} and {@code int} parts as {@link String#valueOf}). {@link #token}
 * opens the next token. {@link StringFeatures} builds the strings (training, the model file); {@link HashedFeatures}
 * hashes the same characters ({@link FeatureHasher}) and keeps only the model's rows. Not thread-safe (one per text).
 *
 * <pre>{@code
 * sink.token();
 * sink.start("w-1w=").put(prev).put('|').put(word).end();   // the feature "w-1w=in|thf"
 * }</pre>
 */
interface FeatureSink {
    /** Opens the next token: the features after this call are its own. */
    void token();

    /** Opens a feature whose text starts with {@code template}. */
    FeatureSink start(String template);

    /** Appends {@code s} to the open feature. */
    FeatureSink put(CharSequence s);

    /** Appends {@code s.subSequence(from, to)} to the open feature. */
    FeatureSink put(CharSequence s, int from, int to);

    /** Appends one character to the open feature. */
    FeatureSink put(char c);

    /** Appends "true" or "false" to the open feature. */
    default FeatureSink put(boolean b) {
        return put(b ? "true" : "false");
    }

    /** Appends the decimal digits of {@code v} to the open feature (as {@link Integer#toString}). */
    default FeatureSink put(int v) {
        if (v < 0) {
            if (v == Integer.MIN_VALUE) {
                return put(Integer.toString(v));
            }
            put('-');
            v = -v;
        }
        if (v >= 10) {
            put(v / 10);
        }
        return put((char) ('0' + v % 10));
    }

    /** Closes the open feature. */
    void end();

    /**
     * Starts recording a block: the features written until {@link #endBlock} are kept, so that a later token whose
     * block is the same (the observations of the white-space word it sits in) gets them by {@link #replayBlock}
     * without writing them again.
     */
    void startBlock();

    /** Ends the block {@link #startBlock} opened. */
    void endBlock();

    /** Writes the recorded block's features again, for the current token, exactly as they were written. */
    void replayBlock();

    /** A whole feature with no parts ({@code start(feature).end()}). */
    default void add(String feature) {
        start(feature).end();
    }
}
