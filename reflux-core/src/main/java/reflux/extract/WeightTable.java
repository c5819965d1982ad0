package reflux.extract;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A role model's weights keyed by feature hash ({@link FeatureHasher}) in a primitive open-addressing table: no
 * feature string is built or hashed as a {@code String} when a text is tagged. Built from the same weights
 * {@link RoleModel} reads from {@code roles.model.gz}, so a lookup gives exactly the row the string key would.
 * Immutable and thread-safe.
 *
 * <p>Each slot is one {@code long}: the high bits of the mixed feature hash ({@link FeatureHasher#mix}, its
 * fingerprint) with the row's offset + 1 in the low bits ({@link #rowMask}), so that a probe reads one word and the
 * table stays small enough for a core's L2 cache (tagging is bound by these probes). The table refuses a model in which two features share a fingerprint; a feature
 * outside the model matches one inside with odds of about 2^-(64 - row bits) per probe (2^-46 for the shipped model).
 */
final class WeightTable {
    private static final long EMPTY = 0L;

    private final int mask;
    /** By slot: fingerprint | (row offset + 1), {@link #EMPTY} = free. */
    private final long[] slots;
    private final long rowMask;
    /**
     * The non-zero weights, row after row: a count, then that many (tag, {@link Float#floatToRawIntBits}) pairs in
     * tag order. A zero weight adds {@code +0.0} to a score, which leaves it as it was: skipping it changes nothing.
     */
    private final int[] rows;

    private WeightTable(long[] slots, long rowMask, int[] rows) {
        this.mask = slots.length - 1;
        this.slots = slots;
        this.rowMask = rowMask;
        this.rows = rows;
    }

    /**
     * The table of {@code weights} (each row {@code width} long). Two features with one fingerprint are a
     * programmer's problem (change {@link FeatureHasher#SEED}): reported as an exception naming both.
     */
    static WeightTable of(Map<String, float[]> weights, int width) {
        int cap = Integer.highestOneBit(Math.max(4, weights.size() * 2 - 1)) << 1;
        int[] rows = new int[16];
        int size = 0;
        Map<String, Integer> rowOf = new HashMap<>();
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
            rowOf.put(e.getKey(), row);
        }
        int rowBits = Math.max(1, 64 - Long.numberOfLeadingZeros(size + 1L));
        long rowMask = (1L << rowBits) - 1;
        long[] slots = new long[cap];
        Map<Long, String> byPrint = new HashMap<>();
        for (Map.Entry<String, Integer> e : rowOf.entrySet()) {
            long h = FeatureHasher.mix(FeatureHasher.of(e.getKey()));
            long print = h & ~rowMask;
            String other = byPrint.putIfAbsent(print, e.getKey());
            if (other != null) {
                throw new IllegalStateException("features '" + other + "' and '" + e.getKey()
                        + "' share a hash fingerprint");
            }
            int slot = (int) h & (cap - 1);
            while (slots[slot] != EMPTY) {
                slot = (slot + 1) & (cap - 1);
            }
            slots[slot] = print | (e.getValue() + 1L);
        }
        return new WeightTable(slots, rowMask, Arrays.copyOf(rows, size));
    }

    /** The row offset of the feature with hash {@code h}, -1 = not in the model. */
    int row(long hash) {
        long h = FeatureHasher.mix(hash);
        int slot = (int) h & mask;
        long print = h & ~rowMask;
        long k;
        while ((k = slots[slot]) != EMPTY) {
            if ((k & ~rowMask) == print) {
                return (int) (k & rowMask) - 1;
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
