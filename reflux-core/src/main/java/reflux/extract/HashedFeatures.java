package reflux.extract;

import java.util.Arrays;

/**
 * A {@link FeatureSink} that hashes each feature's characters as they come ({@link FeatureHasher}) and keeps, per
 * token and in emission order, the weight rows of the features the model has ({@link WeightTable#row}); features
 * the model lacks add nothing to a score and are dropped. Not thread-safe (one per text).
 */
final class HashedFeatures implements FeatureSink {
    private final WeightTable table;
    private int[] rows = new int[1024];
    private int size;
    /** Where each token's rows start in {@link #rows} (token i: {@code starts[i]} to {@code starts[i + 1]}). */
    private int[] starts = new int[129];
    private int tokens;
    private long h;

    HashedFeatures(WeightTable table) {
        this.table = table;
    }

    @Override
    public void token() {
        if (tokens + 2 > starts.length) {
            starts = Arrays.copyOf(starts, starts.length * 2);
        }
        starts[tokens++] = size;
        starts[tokens] = size;
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
            if (size == rows.length) {
                rows = Arrays.copyOf(rows, size * 2);
            }
            rows[size++] = row;
        }
        starts[tokens] = size;
    }

    /** Tokens seen. */
    int tokens() {
        return tokens;
    }

    /** Adds the weights of token {@code i}'s features to {@code score}, in emission order. */
    void score(int i, double[] score) {
        for (int k = starts[i]; k < starts[i + 1]; k++) {
            table.add(score, rows[k]);
        }
    }
}
