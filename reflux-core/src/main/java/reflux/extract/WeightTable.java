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

    private final int mask;
    /** Slots of two: the feature hash ({@link #EMPTY} = free), then its row's offset into {@link #rows}. */
    private final long[] slots;
    /** The offset of the row of the feature that hashes to {@link #EMPTY} (-1 = none). */
    private final int zeroRow;
    /**
     * The non-zero weights, row after row: a count, then that many (tag, {@link Float#floatToRawIntBits}) pairs in
     * tag order. A zero weight adds {@code +0.0} to a score, which leaves it as it was: skipping it changes nothing.
     */
    private final int[] rows;

    private WeightTable(long[] slots, int zeroRow, int[] rows) {
        this.mask = slots.length / 2 - 1;
        this.slots = slots;
        this.zeroRow = zeroRow;
        this.rows = rows;
    }

    /**
     * The table of {@code weights} (each row {@code width} long). Two features with one hash are a programmer's
     * problem (change {@link FeatureHasher#SEED}): reported as an exception naming both.
     */
    static WeightTable of(Map<String, float[]> weights, int width) {
        int cap = Integer.highestOneBit(Math.max(4, weights.size() * 2 - 1)) << 1;
        long[] slots = new long[2 * cap];
        String[] names = new String[cap];
        int[] rows = new int[16];
        int size = 0;
        int zeroRow = -1;
        String zeroName = null;
        for (Map.Entry<String, float[]> e : weights.entrySet()) {
            float[] v = e.getValue();
            if (size + 1 + 2 * width > rows.length) {
                rows = Arrays.copyOf(rows, Math.max(rows.length * 2, size + 1 + 2 * width));
            }
            int row = size;
            int count = 0;
            size++;
            for (int k = 0; k < width; k++) {
                if (v[k] != 0) {
                    rows[size++] = k;
                    rows[size++] = Float.floatToRawIntBits(v[k]);
                    count++;
                }
            }
            rows[row] = count;
            long h = FeatureHasher.of(e.getKey());
            if (h == EMPTY) {
                if (zeroName != null) {
                    throw new IllegalStateException("features '" + zeroName + "' and '" + e.getKey() + "' share a hash");
                }
                zeroRow = row;
                zeroName = e.getKey();
                continue;
            }
            int slot = FeatureHasher.spread(h) & (cap - 1);
            while (slots[2 * slot] != EMPTY) {
                if (slots[2 * slot] == h) {
                    throw new IllegalStateException("features '" + names[slot] + "' and '" + e.getKey()
                            + "' share a hash");
                }
                slot = (slot + 1) & (cap - 1);
            }
            slots[2 * slot] = h;
            slots[2 * slot + 1] = row;
            names[slot] = e.getKey();
        }
        return new WeightTable(slots, zeroRow, Arrays.copyOf(rows, size));
    }

    /** The row offset of the feature with hash {@code h}, -1 = not in the model. */
    int row(long h) {
        if (h == EMPTY) {
            return zeroRow;
        }
        int slot = FeatureHasher.spread(h) & mask;
        long k;
        while ((k = slots[2 * slot]) != EMPTY) {
            if (k == h) {
                return (int) slots[2 * slot + 1];
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    /** Adds the weights of row {@code row} (from {@link #row}) to {@code score}, tag by tag. */
    void add(double[] score, int row) {
        int end = row + 1 + 2 * rows[row];
        for (int k = row + 1; k < end; k += 2) {
            score[rows[k]] += Float.intBitsToFloat(rows[k + 1]);
        }
    }
}
