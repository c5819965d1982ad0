package reflux.extract;

/**
 * A {@link FeatureSink} that writes every call to two sinks: one pass of {@link RoleFeatures} both hashes the
 * features for the tagger and builds the strings the span decoder reads. Not thread-safe (one per text).
 */
final class TeeSink implements FeatureSink {
    private final FeatureSink a;
    private final FeatureSink b;

    TeeSink(FeatureSink a, FeatureSink b) {
        this.a = a;
        this.b = b;
    }

    @Override
    public void token() {
        a.token();
        b.token();
    }

    @Override
    public FeatureSink start(String template) {
        a.start(template);
        b.start(template);
        return this;
    }

    @Override
    public FeatureSink put(CharSequence s) {
        a.put(s);
        b.put(s);
        return this;
    }

    @Override
    public FeatureSink put(CharSequence s, int from, int to) {
        a.put(s, from, to);
        b.put(s, from, to);
        return this;
    }

    @Override
    public FeatureSink put(char c) {
        a.put(c);
        b.put(c);
        return this;
    }

    @Override
    public FeatureSink put(boolean v) {
        a.put(v);
        b.put(v);
        return this;
    }

    @Override
    public FeatureSink put(int v) {
        a.put(v);
        b.put(v);
        return this;
    }

    @Override
    public void end() {
        a.end();
        b.end();
    }

    @Override
    public void add(String feature) {
        a.add(feature);
        b.add(feature);
    }
}
