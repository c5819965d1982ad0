package reflux.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.ObjIntConsumer;

/**
 * The second stage of the role model: given the chemical mentions the token tagger ({@link RoleModel}) found, gives
 * each whole mention its ChEMU 2020 role from span-level observations ({@link SpanFeatures}), left to right, with the
 * roles already given to the previous mentions and to earlier occurrences of the same name as features. A linear
 * model (averaged perceptron, {@link RoleTrainer}) stored after the token weights in {@code roles.model.gz}.
 * Immutable and thread-safe.
 */
final class RoleDecoder {
    /** The line that opens the decoder's section of a model file. */
    static final String SECTION = "spans\t" + String.join(" ", names());

    private final Map<String, float[]> weights;
    /** The same weights keyed by feature hash: what {@link #rolesOfHashed} looks up. */
    private final WeightTable table;

    RoleDecoder(Map<String, float[]> weights) {
        this.weights = Collections.unmodifiableMap(new HashMap<>(weights));
        this.table = WeightTable.of(this.weights, RoleModel.ROLES.length);
    }

    int size() {
        return weights.size();
    }

    /** The role index ({@link RoleModel#ROLES}) of each mention, whose observations are {@code feats}. */
    int[] roles(List<String[]> feats, List<String> names) {
        return decode(names, (score, k) -> {
            for (String f : feats.get(k)) {
                add(score, weights.get(f));
            }
        }, (f, score) -> add(score, weights.get(f)));
    }

    /**
     * The same roles as {@link #roles} from the features' hashes ({@link SpanFeatures#hashed}): no feature string is
     * built or looked up.
     */
    int[] rolesOfHashed(List<long[]> feats, List<String> names) {
        return decode(names, (score, k) -> {
            for (long h : feats.get(k)) {
                add(score, table.row(h));
            }
        }, (f, score) -> add(score, table.row(FeatureHasher.of(f))));
    }

    /**
     * Left to right over the mentions {@code names}: each scored by {@code observed} (its own features, by index) and
     * {@code history} (each previous-role feature), given the best role.
     */
    private static int[] decode(List<String> names, ObjIntConsumer<double[]> observed,
                                BiConsumer<String, double[]> history) {
        int n = names.size();
        int[] out = new int[n];
        double[] score = new double[RoleModel.ROLES.length];
        Map<String, Integer> seen = new HashMap<>();
        for (int k = 0; k < n; k++) {
            java.util.Arrays.fill(score, 0);
            observed.accept(score, k);
            for (String f : history(out, k, seen.get(names.get(k)))) {
                history.accept(f, score);
            }
            out[k] = best(score);
            seen.putIfAbsent(names.get(k), out[k]);
        }
        return out;
    }

    private void add(double[] score, int row) {
        if (row >= 0) {
            table.add(score, row);
        }
    }

    /** The features of the roles given before mention {@code k} ({@code same}: of the same name, null = none). */
    static String[] history(int[] roles, int k, Integer same) {
        String p1 = k > 0 ? RoleModel.ROLES[roles[k - 1]].name() : "^";
        String p2 = k > 1 ? RoleModel.ROLES[roles[k - 2]].name() : "^";
        String s = same == null ? "-" : RoleModel.ROLES[same].name();
        return new String[] {"pr=" + p1, "pr2=" + p2 + "|" + p1, "same=" + s, "same|pr=" + s + "|" + p1};
    }

    static int best(double[] score) {
        int best = 0;
        for (int c = 1; c < score.length; c++) {
            if (score[c] > score[best]) {
                best = c;
            }
        }
        return best;
    }

    private static void add(double[] score, float[] w) {
        if (w != null) {
            for (int c = 0; c < score.length; c++) {
                score[c] += w[c];
            }
        }
    }

    /** Writes the section: its opening line, then one line per feature with its non-zero weights. */
    void write(Writer w) throws IOException {
        w.write(SECTION + "\n");
        for (Map.Entry<String, float[]> e : new TreeMap<>(weights).entrySet()) {
            StringBuilder b = new StringBuilder(e.getKey());
            for (int c = 0; c < RoleModel.ROLES.length; c++) {
                float v = e.getValue()[c];
                if (v != 0) {
                    b.append('\t').append(c).append(':').append(String.format(Locale.ROOT, "%.3f", v)
                            .replaceFirst("\\.?0+$", ""));
                }
            }
            w.write(b.append('\n').toString());
        }
    }

    /** Reads the section after its opening line (already read, line {@code no}); a bad line as WHERE:LINE. */
    static RoleDecoder read(BufferedReader r, String where, int no) throws IOException {
        Map<String, float[]> w = new HashMap<>();
        String line;
        while ((line = r.readLine()) != null) {
            no++;
            String[] p = line.split("\t");
            float[] v = new float[RoleModel.ROLES.length];
            try {
                for (int k = 1; k < p.length; k++) {
                    int colon = p[k].indexOf(':');
                    v[Integer.parseInt(p[k].substring(0, colon))] = Float.parseFloat(p[k].substring(colon + 1));
                }
            } catch (RuntimeException e) {
                throw new IOException(where + ":" + no + ": bad span weight '" + line + "'");
            }
            w.put(p[0], v);
        }
        return new RoleDecoder(w);
    }

    private static List<String> names() {
        List<String> out = new ArrayList<>();
        for (MentionRole r : RoleModel.ROLES) {
            out.add(r.name());
        }
        return out;
    }
}
