package reflux.extract;

import java.util.Arrays;
import java.util.Map;

/**
 * A role model's weights keyed by feature hash ({@link FeatureHasher}) in a primitive open-addressing table: no
 * feature string is built or hashed as a {@code String} when a text is tagged. Built from the same weights
 * {@link RoleModel} reads from {@code roles.model.gz}, so a lookup gives exactly the row the string key would.
 * Immutable and thread-safe.
 */
final class WeightTable {
    private static final long EMPTY = 0L;

    private final int width;
    private final int mask;
    /** Slot keys (hash; {@link #EMPTY} free, a feature hashing to 0 lives in {@link #zeroRow}). */
    private final long[] keys;
    /** Slot rows: the weight row's offset into {@link #weights}. */
    private final int[] rows;
    private final int zeroRow;
    private final float[] weights;

    private WeightTable(int width, long[] keys, int[] rows, int zeroRow, float[] weights) {
        this.width = width;
        this.mask = keys.length - 1;
        this.keys = keys;
        this.rows = rows;
        this.zeroRow = zeroRow;
        this.weights = weights;
    }

    /**
     * The table of {@code weights} (each row {@code width} long). Two features with one hash are a programmer's
     * problem (change {@link FeatureHasher#SEED}): reported as an exception naming both.
     */
    static WeightTable of(Map<String, float[]> weights, int width) {
        int cap = Integer.highestOneBit(Math.max(4, weights.size() * 2 - 1)) << 1;
        long[] keys = new long[cap];
        int[] rows = new int[cap];
        Arrays.fill(rows, -1);
        String[] names = new String[cap];
        float[] w = new float[weights.size() * width];
        int zeroRow = -1;
        String zeroName = null;
        int next = 0;
        for (Map.Entry<String, float[]> e : weights.entrySet()) {
            long h = FeatureHasher.of(e.getKey());
            int row = next;
            System.arraycopy(e.getValue(), 0, w, row, width);
            next += width;
            if (h == EMPTY) {
                if (zeroName != null) {
                    throw new IllegalStateException("features '" + zeroName + "' and '" + e.getKey() + "' share a hash");
                }
                zeroRow = row;
                zeroName = e.getKey();
                continue;
            }
            int slot = FeatureHasher.spread(h) & (cap - 1);
            while (keys[slot] != EMPTY) {
                if (keys[slot] == h) {
                    throw new IllegalStateException("features '" + names[slot] + "' and '" + e.getKey()
                            + "' share a hash");
                }
                slot = (slot + 1) & (cap - 1);
            }
            keys[slot] = h;
            rows[slot] = row;
            names[slot] = e.getKey();
        }
        return new WeightTable(width, keys, rows, zeroRow, w);
    }

    /** The row offset of the feature with hash {@code h}, -1 = not in the model. */
    int row(long h) {
        if (h == EMPTY) {
            return zeroRow;
        }
        int slot = FeatureHasher.spread(h) & mask;
        long k;
        while ((k = keys[slot]) != EMPTY) {
            if (k == h) {
                return rows[slot];
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    /** Adds the weights of row {@code row} (from {@link #row}) to {@code score}, tag by tag. */
    void add(double[] score, int row) {
        for (int k = 0; k < width; k++) {
            score[k] += weights[row + k];
        }
    }
}
