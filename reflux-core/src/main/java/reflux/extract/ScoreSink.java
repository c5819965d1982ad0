package reflux.extract;

/**
 * A {@link HashingSink} that adds each feature's weights to a score as soon as the feature closes (the decoder's
 * previous-tag features, which depend on the tags just chosen). Not thread-safe (one per decoding).
 */
final class ScoreSink extends HashingSink {
    private final WeightTable table;
    private final double[] score;

    ScoreSink(WeightTable table, double[] score) {
        this.table = table;
        this.score = score;
    }

    @Override
    public void token() {
        // one token at a time: the caller resets the score
    }

    @Override
    public void startBlock() {
        throw new UnsupportedOperationException("previous-tag features have no blocks");
    }

    @Override
    public void endBlock() {
        throw new UnsupportedOperationException("previous-tag features have no blocks");
    }

    @Override
    public void replayBlock() {
        throw new UnsupportedOperationException("previous-tag features have no blocks");
    }

    @Override
    public void end() {
        int row = table.row(hash());
        if (row >= 0) {
            table.add(score, row);
        }
    }
}
