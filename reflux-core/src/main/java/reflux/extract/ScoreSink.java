package reflux.extract;

/**
 * A {@link FeatureSink} that adds each feature's weights to a score as soon as the feature closes (the decoder's
 * previous-tag features, which depend on the tags just chosen). Not thread-safe (one per decoding).
 */
final class ScoreSink implements FeatureSink {
    private final WeightTable table;
    private final double[] score;
    private long h;

    ScoreSink(WeightTable table, double[] score) {
        this.table = table;
        this.score = score;
    }

    @Override
    public void token() {
        // one token at a time: the caller resets the score
    }

    @Override
    public FeatureSink start(String template) {
        h = FeatureHasher.step(FeatureHasher.SEED, template, 0, template.length());
        return this;
    }

    @Override
    public FeatureSink put(CharSequence s) {
        h = FeatureHasher.step(h, s, 0, s.length());
        return this;
    }

    @Override
    public FeatureSink put(CharSequence s, int from, int to) {
        h = FeatureHasher.step(h, s, from, to);
        return this;
    }

    @Override
    public FeatureSink put(char c) {
        h = FeatureHasher.step(h, c);
        return this;
    }

    @Override
    public void end() {
        int row = table.row(h);
        if (row >= 0) {
            table.add(score, row);
        }
    }
}
