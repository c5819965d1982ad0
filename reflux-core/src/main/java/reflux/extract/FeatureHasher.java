package reflux.extract;

/**
 * The 64-bit hash under which {@link WeightTable} keeps a feature: a polynomial over the feature's UTF-16 characters
 * (seed {@link #SEED}, {@code h = h * M + c} modulo 2^64), so it can be fed a part at a time ({@link FeatureSink})
 * and gives the same value as hashing the whole string ({@link #of}). The table refuses a model in which two
 * features share a hash; a feature outside the model colliding with one inside has odds of about 2^-64 per lookup.
 * Stateless.
 */
final class FeatureHasher {
    /** The hash of the empty string. */
    static final long SEED = 0xcbf29ce484222325L;
    /** The multiplier: odd, with no short period modulo 2^64 (the 64-bit FNV prime). */
    static final long M = 0x100000001b3L;

    private FeatureHasher() {
    }

    /** {@code h} extended by one character. */
    static long step(long h, char c) {
        return h * M + c;
    }

    /** {@code h} extended by {@code s.subSequence(from, to)}. */
    static long step(long h, CharSequence s, int from, int to) {
        // one loop per concrete type: a call of CharSequence.charAt seen with several types is not inlined
        if (s instanceof String str) {
            for (int k = from; k < to; k++) {
                h = h * M + str.charAt(k);
            }
        } else if (s instanceof StringBuilder b) {
            for (int k = from; k < to; k++) {
                h = h * M + b.charAt(k);
            }
        } else {
            for (int k = from; k < to; k++) {
                h = h * M + s.charAt(k);
            }
        }
        return h;
    }

    /** The hash of a whole feature. */
    static long of(CharSequence s) {
        return step(SEED, s, 0, s.length());
    }

    /**
     * The hash of {@code a + b} from the hash of {@code a} and the hash and length of {@code b}: the polynomial of
     * the concatenation is {@code a}'s shifted by {@code b}'s length, plus {@code b}'s without its seed term
     * ({@code h(a+b) = (h(a) - SEED) * M^|b| + h(b)}, modulo 2^64).
     */
    static long concat(long hashA, long hashB, int lengthB) {
        return (hashA - SEED) * power(lengthB) + hashB;
    }

    /** {@code M^n} modulo 2^64. */
    private static long power(int n) {
        long r = 1;
        long b = M;
        for (int e = n; e > 0; e >>>= 1) {
            if ((e & 1) != 0) {
                r *= b;
            }
            b *= b;
        }
        return r;
    }

    /**
     * {@code h} with every bit mixed into every other (MurmurHash3's 64-bit finaliser, a bijection): the polynomial's
     * high bits barely depend on a feature's last characters, so a table takes its slot and fingerprint from this.
     */
    static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
