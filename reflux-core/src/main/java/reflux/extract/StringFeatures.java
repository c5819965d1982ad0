package reflux.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@link FeatureSink} that builds each feature's text: the token observations as strings, what the trainer counts
 * and the model file stores. Not thread-safe (one per text).
 */
final class StringFeatures implements FeatureSink {
    private final List<String[]> tokens = new ArrayList<>();
    private final List<String> current = new ArrayList<>(64);
    private final StringBuilder b = new StringBuilder(64);
    private boolean open;
    private int blockStart;
    private List<String> block = List.of();

    @Override
    public void token() {
        flush();
        open = true;
    }

    @Override
    public FeatureSink start(String template) {
        b.setLength(0);
        b.append(template);
        return this;
    }

    @Override
    public FeatureSink put(CharSequence s) {
        b.append(s);
        return this;
    }

    @Override
    public FeatureSink put(CharSequence s, int from, int to) {
        b.append(s, from, to);
        return this;
    }

    @Override
    public FeatureSink put(char c) {
        b.append(c);
        return this;
    }

    @Override
    public void end() {
        current.add(b.toString());
    }

    @Override
    public void startBlock() {
        blockStart = current.size();
    }

    @Override
    public void endBlock() {
        block = List.copyOf(current.subList(blockStart, current.size()));
    }

    @Override
    public void replayBlock() {
        current.addAll(block);
    }

    /** The features of every token so far, in token order. */
    List<String[]> features() {
        flush();
        return tokens;
    }

    private void flush() {
        if (open) {
            tokens.add(current.toArray(String[]::new));
            current.clear();
            open = false;
        }
    }
}
