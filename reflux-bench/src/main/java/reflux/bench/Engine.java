package reflux.bench;

/**
 * One text-mining engine under the benchmark: reads a paragraph and returns a figure of how much it produced (so the
 * work cannot be optimised away, and so a test can see it produced something).
 */
public interface Engine {
    /** A short name for the printed table. */
    String name();

    /** Reads one paragraph fully and returns the size of what was produced (elements, mentions, characters). */
    int read(String text);
}
