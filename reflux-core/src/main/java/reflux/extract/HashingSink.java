package reflux.extract;

/**
 * The part of a hashing {@link FeatureSink} that all of them share: each feature's characters are hashed as they
 * come ({@link FeatureHasher}), from its template on; a subclass says what a token opens and what a closed feature's
 * {@link #hash} does. Not thread-safe (one per text).
 */
abstract class HashingSink implements FeatureSink {
    private long h;
    private int length;
    private String template;

    /** The hash of the feature written so far (all of it once {@link #end} is called). */
    final long hash() {
        return h;
    }

    /** The number of characters of the feature written so far, template included. */
    final int length() {
        return length;
    }

    /** The template the open feature started with. */
    final String template() {
        return template;
    }

    @Override
    public final FeatureSink start(String template) {
        this.template = template;
        h = FeatureHasher.step(FeatureHasher.SEED, template, 0, template.length());
        length = template.length();
        return this;
    }

    @Override
    public final FeatureSink put(CharSequence s) {
        h = FeatureHasher.step(h, s, 0, s.length());
        length += s.length();
        return this;
    }

    @Override
    public final FeatureSink put(CharSequence s, int from, int to) {
        h = FeatureHasher.step(h, s, from, to);
        length += to - from;
        return this;
    }

    @Override
    public final FeatureSink put(char c) {
        h = FeatureHasher.step(h, c);
        length++;
        return this;
    }
}
