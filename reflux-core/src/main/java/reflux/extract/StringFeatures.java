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
    /** null = every token's features are built; otherwise only those of the tokens marked true. */
    private final boolean[] keep;
    private int index = -1;
    private boolean open;

    /** A sink that builds the features of every token. */
    StringFeatures() {
        this(null);
    }

    /**
     * A sink that builds the features of the tokens {@code keep} marks (by token index) and leaves the others'
     * empty: the span decoder reads only a mention's first and last tokens.
     */
    StringFeatures(boolean[] keep) {
        this.keep = keep;
    }

    private boolean building() {
        return keep == null || (index >= 0 && index < keep.length && keep[index]);
    }

    @Override
    public void token() {
        flush();
        open = true;
        index++;
    }

    @Override
    public FeatureSink start(String template) {
        b.setLength(0);
        if (building()) {
            b.append(template);
        }
        return this;
    }

    @Override
    public FeatureSink put(CharSequence s) {
        if (building()) {
            b.append(s);
        }
        return this;
    }

    @Override
    public FeatureSink put(CharSequence s, int from, int to) {
        if (building()) {
            b.append(s, from, to);
        }
        return this;
    }

    @Override
    public FeatureSink put(char c) {
        if (building()) {
            b.append(c);
        }
        return this;
    }

    @Override
    public void end() {
        if (building()) {
            current.add(b.toString());
        }
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
