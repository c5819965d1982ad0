package reflux.extract;

import java.util.Arrays;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * A {@link HashingSink} that keeps, per token and in emission order, the weight rows of the features the model has
 * ({@link WeightTable#row}); features the model lacks add nothing to a score and are dropped. Not thread-safe (one
 * per text).
 */
final class HashedFeatures extends HashingSink {
    private final WeightTable table;
    private int[] rows = new int[1024];
    private int size;
    /** Where each token's rows start in {@link #rows} (token i: {@code starts[i]} to {@code starts[i + 1]}). */
    private int[] starts = new int[129];
    private int tokens;
    /**
     * By place in a token's features, the hash and row of the previous token's feature there: a word's features
     * repeat for each of its tokens ("pc3=", "nc2=" over the nine tokens of a name), and the same hash has the same
     * row, so the table is not probed again.
     */
    private long[] lastHash = new long[64];
    private int[] lastRow = new int[64];
    private int place;
    /**
     * Every feature written, kept or not, in emission order (hash, length, template), and where each token's start
     * ({@link #allStarts}): the span decoder derives its "f:"/"l:" features of a mention's edge tokens from them
     * ({@link #edgeFeatures}) without building the token features as strings.
     */
    private long[] allHash = new long[2048];
    private int[] allLength = new int[2048];
    private String[] allTemplate = new String[2048];
    private int all;
    private int[] allStarts = new int[129];
    /** The recorded block: where it starts in {@link #allHash} and {@link #rows} and its extent ({@link #startBlock}). */
    private int blockAll;
    private int blockRows;
    private int blockPlace;
    private long[] blockHash = new long[16];
    private int[] blockLength = new int[16];
    private String[] blockTemplate = new String[16];
    private int[] blockRow = new int[16];
    private int blockSize;
    private int[] blockKept = new int[16];
    private int blockKeptSize;

    HashedFeatures(WeightTable table) {
        this.table = table;
        // a hash of 0 (the arrays' initial value) has the table's row for 0
        Arrays.fill(lastRow, table.row(0L));
    }

    @Override
    public void token() {
        if (tokens + 2 > starts.length) {
            starts = Arrays.copyOf(starts, starts.length * 2);
        }
        if (tokens + 2 > allStarts.length) {
            allStarts = Arrays.copyOf(allStarts, allStarts.length * 2);
        }
        allStarts[tokens] = all;
        allStarts[tokens + 1] = all;
        starts[tokens++] = size;
        starts[tokens] = size;
        place = 0;
    }

    @Override
    public void end() {
        int p = place++;
        if (p == lastHash.length) {
            int old = lastHash.length;
            lastHash = Arrays.copyOf(lastHash, 2 * old);
            lastRow = Arrays.copyOf(lastRow, 2 * old);
            Arrays.fill(lastRow, old, 2 * old, table.row(0L));
        }
        long h = hash();
        if (all == allHash.length) {
            allHash = Arrays.copyOf(allHash, 2 * all);
            allLength = Arrays.copyOf(allLength, 2 * all);
            allTemplate = Arrays.copyOf(allTemplate, 2 * all);
        }
        allHash[all] = h;
        allLength[all] = length();
        allTemplate[all++] = template();
        allStarts[tokens] = all;
        int row;
        if (lastHash[p] == h) {
            row = lastRow[p];
        } else {
            row = table.row(h);
            lastHash[p] = h;
            lastRow[p] = row;
        }
        if (row >= 0) {
            if (size == rows.length) {
                rows = Arrays.copyOf(rows, size * 2);
            }
            rows[size++] = row;
        }
        starts[tokens] = size;
    }

    /**
     * The hashes of {@code prefix} + each feature of token {@code i} whose template starts with one of {@code only}
     * (null = every feature), in emission order, into {@code out}: the hashes of the strings {@code prefix + f} that
     * the string path builds from the same features ({@link SpanFeatures}). A feature without parts
     * ({@link FeatureSink#add}) has itself as its template.
     */
    void edgeFeatures(int i, String prefix, List<String> only, LongConsumer out) {
        long p = FeatureHasher.of(prefix);
        for (int k = allStarts[i]; k < allStarts[i + 1]; k++) {
            if (only == null || startsWithAny(allTemplate[k], only)) {
                out.accept(FeatureHasher.concat(p, allHash[k], allLength[k]));
            }
        }
    }

    private static boolean startsWithAny(String template, List<String> prefixes) {
        for (String q : prefixes) {
            if (template.startsWith(q)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void startBlock() {
        blockAll = all;
        blockRows = size;
        blockPlace = place;
    }

    @Override
    public void endBlock() {
        blockSize = all - blockAll;
        if (blockSize > blockHash.length) {
            blockHash = new long[blockSize];
            blockLength = new int[blockSize];
            blockTemplate = new String[blockSize];
            blockRow = new int[blockSize];
        }
        System.arraycopy(allHash, blockAll, blockHash, 0, blockSize);
        System.arraycopy(allLength, blockAll, blockLength, 0, blockSize);
        System.arraycopy(allTemplate, blockAll, blockTemplate, 0, blockSize);
        System.arraycopy(lastRow, blockPlace, blockRow, 0, blockSize);
        blockKeptSize = size - blockRows;
        if (blockKeptSize > blockKept.length) {
            blockKept = new int[blockKeptSize];
        }
        System.arraycopy(rows, blockRows, blockKept, 0, blockKeptSize);
    }

    @Override
    public void replayBlock() {
        // the same features at the same places as when they were written: the places' last hashes and rows become
        // the block's, as if each had been written again
        if (place + blockSize > lastHash.length) {
            int old = lastHash.length;
            int cap = Math.max(2 * old, place + blockSize);
            lastHash = Arrays.copyOf(lastHash, cap);
            lastRow = Arrays.copyOf(lastRow, cap);
            Arrays.fill(lastRow, old, cap, table.row(0L));
        }
        System.arraycopy(blockHash, 0, lastHash, place, blockSize);
        System.arraycopy(blockRow, 0, lastRow, place, blockSize);
        place += blockSize;
        while (all + blockSize > allHash.length) {
            allHash = Arrays.copyOf(allHash, 2 * allHash.length);
            allLength = Arrays.copyOf(allLength, 2 * allLength.length);
            allTemplate = Arrays.copyOf(allTemplate, 2 * allTemplate.length);
        }
        System.arraycopy(blockHash, 0, allHash, all, blockSize);
        System.arraycopy(blockLength, 0, allLength, all, blockSize);
        System.arraycopy(blockTemplate, 0, allTemplate, all, blockSize);
        all += blockSize;
        allStarts[tokens] = all;
        while (size + blockKeptSize > rows.length) {
            rows = Arrays.copyOf(rows, rows.length * 2);
        }
        System.arraycopy(blockKept, 0, rows, size, blockKeptSize);
        size += blockKeptSize;
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
