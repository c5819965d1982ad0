package reflux.corpus;

import java.util.Arrays;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;

/**
 * A cheap, lock-free necessary condition for two molecules to share a standard InChIKey: a hash of the heavy-atom
 * skeleton (elements and connectivity; bond orders, hydrogens, charges, isotopes, stereo and every bond to a metal
 * ignored — the facts InChI's normalisation may move or drop). Two structures with the same standard InChI have the
 * same skeleton apart from metal bonds, so equal InChIKeys imply equal keys; unequal keys rule a match out without
 * entering the (serialised) InChI library. Stateless and thread-safe.
 */
final class SkeletonKey {
    /** Refinement rounds of the neighbourhood labels (radius of the neighbourhood each label sums up). */
    private static final int ROUNDS = 4;

    private SkeletonKey() {
    }

    /** The key of {@code mol}'s heavy-atom skeleton. */
    static long of(IAtomContainer mol) {
        int n = mol.getAtomCount();
        long[] label = new long[n];
        boolean[] heavy = new boolean[n];
        boolean[] metal = new boolean[n];
        for (int i = 0; i < n; i++) {
            IAtom a = mol.getAtom(i);
            int z = a.getAtomicNumber() == null ? 0 : a.getAtomicNumber();
            heavy[i] = z != 1;
            metal[i] = isMetal(z);
            label[i] = z;
        }
        int[][] adj = new int[n][];
        int[] deg = new int[n];
        for (IBond b : mol.bonds()) {
            int u = b.getBegin().getIndex();
            int v = b.getEnd().getIndex();
            if (skeletal(u, v, heavy, metal)) {
                deg[u]++;
                deg[v]++;
            }
        }
        for (int i = 0; i < n; i++) {
            adj[i] = new int[deg[i]];
            deg[i] = 0;
        }
        for (IBond b : mol.bonds()) {
            int u = b.getBegin().getIndex();
            int v = b.getEnd().getIndex();
            if (skeletal(u, v, heavy, metal)) {
                adj[u][deg[u]++] = v;
                adj[v][deg[v]++] = u;
            }
        }
        long[] next = new long[n];
        for (int round = 0; round < ROUNDS; round++) {
            for (int i = 0; i < n; i++) {
                long[] nb = new long[adj[i].length];
                for (int j = 0; j < nb.length; j++) {
                    nb[j] = label[adj[i][j]];
                }
                Arrays.sort(nb);
                long h = mix(label[i] * 31 + nb.length);
                for (long x : nb) {
                    h = mix(h * 1_000_003L + x);
                }
                next[i] = h;
            }
            System.arraycopy(next, 0, label, 0, n);
        }
        long[] heavyLabels = new long[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (heavy[i]) {
                heavyLabels[m++] = label[i];
            }
        }
        long[] sorted = Arrays.copyOf(heavyLabels, m);
        Arrays.sort(sorted);
        long h = m;
        for (long x : sorted) {
            h = mix(h * 1_000_003L + x);
        }
        return h;
    }

    private static boolean skeletal(int u, int v, boolean[] heavy, boolean[] metal) {
        return heavy[u] && heavy[v] && !metal[u] && !metal[v];
    }

    /** Every element that is not a non-metal or metalloid (B, C, N, O, F, Si, P, S, Cl, As, Se, Br, Te, I, noble gases). */
    static boolean isMetal(int z) {
        return switch (z) {
            case 0, 1, 2, 5, 6, 7, 8, 9, 10, 14, 15, 16, 17, 18, 33, 34, 35, 36, 52, 53, 54, 85, 86 -> false;
            default -> true;
        };
    }

    /** SplitMix64's finaliser: spreads the bits of a label. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
