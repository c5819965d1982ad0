package reflux.extract;

/**
 * The part of a hashing {@link FeatureSink} that all of them share: each feature's characters are hashed as they
 * come ({@link FeatureHasher}), from its template on; a subclass says what a token opens and what a closed feature's
 * {@link #hash} does. Not thread-safe (one per text).
 */
abstract class HashingSink implements FeatureSink {
    private long h;

    /** The hash of the feature written so far (all of it once {@link #end} is called). */
    final long hash() {
        return h;
    }

    @Override
    public final FeatureSink start(String template) {
        h = FeatureHasher.step(FeatureHasher.SEED, template, 0, template.length());
        return this;
    }

    @Override
    public final FeatureSink put(CharSequence s) {
        h = FeatureHasher.step(h, s, 0, s.length());
        return this;
    }

    @Override
    public final FeatureSink put(CharSequence s, int from, int to) {
        h = FeatureHasher.step(h, s, from, to);
        return this;
    }

    @Override
    public final FeatureSink put(char c) {
        h = FeatureHasher.step(h, c);
        return this;
    }
}
