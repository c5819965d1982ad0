package reflux.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * A linear model that tags each token of an experimental text as the beginning, inside or outside of a chemical
 * mention with its ChEMU 2020 role (STARTING_MATERIAL, REAGENT_CATALYST, SOLVENT, OTHER_COMPOUND, REACTION_PRODUCT),
 * decoded greedily left to right with the two previous tags as features; then, when the model has one, its span role
 * decoder ({@link RoleDecoder}) gives each whole mention found its role. The weights are an averaged perceptron's
 * ({@link RoleTrainer}), trained on the ChEMU 2020 training snippets by {@code reflux bench roles --write}; the
 * shipped model is {@code reflux/extract/roles.model.gz}. Immutable and thread-safe.
 *
 * <pre>{@code
 * List<Mention> ms = RoleModel.standard().mentions(extraction, features, headingEnd);
 * }</pre>
 */
public final class RoleModel {
    /** The tags, in weight-vector order: O, then B- and I- of each role. */
    static final List<String> TAGS;
    static final MentionRole[] ROLES = {MentionRole.STARTING_MATERIAL, MentionRole.REAGENT_CATALYST,
        MentionRole.SOLVENT, MentionRole.OTHER_COMPOUND, MentionRole.REACTION_PRODUCT};
    static final String RESOURCE = "/reflux/extract/roles.model.gz";

    static {
        List<String> t = new ArrayList<>();
        t.add("O");
        for (MentionRole r : ROLES) {
            t.add("B-" + r.name());
            t.add("I-" + r.name());
        }
        TAGS = List.copyOf(t);
    }

    private final Map<String, float[]> weights;
    /** The same weights keyed by feature hash: what {@link #tag(HashedFeatures, String[])} looks up. */
    private final WeightTable table;
    private final String provenance;
    /** null = the mentions keep the roles the token tags spell. */
    private final RoleDecoder decoder;

    RoleModel(Map<String, float[]> weights, String provenance) {
        this(weights, provenance, null);
    }

    RoleModel(Map<String, float[]> weights, String provenance, RoleDecoder decoder) {
        this.weights = java.util.Collections.unmodifiableMap(new HashMap<>(weights));
        this.table = WeightTable.of(this.weights, TAGS.size());
        this.provenance = provenance;
        this.decoder = decoder;
    }

    /** The span role decoder (null = none: the token tags' roles stand). */
    RoleDecoder decoder() {
        return decoder;
    }

    /** The shipped model (read once per call: keep the instance). */
    public static RoleModel standard() {
        try (InputStream in = RoleModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return read(new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8)),
                    RESOURCE);
        } catch (IOException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** How the model was trained (its header line). */
    public String provenance() {
        return provenance;
    }

    /** Number of features with weights (token and span features). */
    public int size() {
        return weights.size() + (decoder == null ? 0 : decoder.size());
    }

    /** The tag indices of the tokens whose observations are {@code feats}. */
    int[] tag(List<String[]> feats, String[] lowWords) {
        int n = feats.size();
        int[] out = new int[n];
        double[] score = new double[TAGS.size()];
        int p1 = -1;
        int p2 = -1;
        for (int i = 0; i < n; i++) {
            java.util.Arrays.fill(score, 0);
            for (String f : feats.get(i)) {
                add(score, weights.get(f));
            }
            for (String f : history(p1, p2, lowWords[i])) {
                add(score, weights.get(f));
            }
            out[i] = best(score, p1);
            p2 = p1;
            p1 = out[i];
        }
        return out;
    }

    /** A sink for {@link RoleFeatures} whose features are kept as this model's weight rows. */
    HashedFeatures sink() {
        return new HashedFeatures(table);
    }

    /**
     * The tag indices of the tokens whose observations {@code feats} holds: the same tags as
     * {@link #tag(List, String[])} on the same features as strings, without building or hashing a string.
     */
    int[] tag(HashedFeatures feats, String[] lowWords) {
        int n = feats.tokens();
        int[] out = new int[n];
        double[] score = new double[TAGS.size()];
        ScoreSink history = new ScoreSink(table, score);
        int p1 = -1;
        int p2 = -1;
        for (int i = 0; i < n; i++) {
            java.util.Arrays.fill(score, 0);
            feats.score(i, score);
            history(p1, p2, lowWords[i], history);
            out[i] = best(score, p1);
            p2 = p1;
            p1 = out[i];
        }
        return out;
    }

    /** The features of the previous tags. */
    static String[] history(int p1, int p2, String w) {
        StringFeatures f = new StringFeatures();
        f.token();
        history(p1, p2, w, f);
        return f.features().get(0);
    }

    /** Writes the features of the previous tags to {@code f}. */
    static void history(int p1, int p2, String w, FeatureSink f) {
        String t1 = p1 < 0 ? "^" : TAGS.get(p1);
        String t2 = p2 < 0 ? "^" : TAGS.get(p2);
        f.start("t1=").put(t1).end();
        f.start("t2t1=").put(t2).put('|').put(t1).end();
        f.start("t1w=").put(t1).put('|').put(w).end();
    }

    /** The best tag allowed after {@code prev}: I-X only continues B-X or I-X. */
    static int best(double[] score, int prev) {
        int best = 0;
        for (int k = 1; k < score.length; k++) {
            if (k % 2 == 0 && !(prev == k || prev == k - 1)) {
                continue;
            }
            if (score[k] > score[best]) {
                best = k;
            }
        }
        return best;
    }

    private static void add(double[] score, float[] w) {
        if (w != null) {
            for (int k = 0; k < score.length; k++) {
                score[k] += w[k];
            }
        }
    }

    /** The mentions the tags spell out, as token ranges {@code [first, end, role]}. */
    static List<int[]> ranges(int[] tags) {
        List<int[]> out = new ArrayList<>();
        int start = -1;
        int role = -1;
        for (int i = 0; i <= tags.length; i++) {
            int tg = i < tags.length ? tags[i] : 0;
            boolean inside = tg > 0 && tg % 2 == 0 && (tg - 1) / 2 == role;
            if (inside) {
                continue;
            }
            if (role >= 0) {
                out.add(new int[] {start, i, role});
                role = -1;
            }
            if (tg > 0 && tg % 2 == 1) {
                role = (tg - 1) / 2;
                start = i;
            }
        }
        return out;
    }

    /** The mentions the tags spell out over {@code tokens} of {@code text}. */
    static List<Mention> spans(String text, int[] tokens, int[] tags) {
        List<Mention> out = new ArrayList<>();
        int start = -1;
        int end = -1;
        int role = -1;
        for (int i = 0; i <= tags.length; i++) {
            int tg = i < tags.length ? tags[i] : 0;
            boolean inside = tg > 0 && tg % 2 == 0 && (tg - 1) / 2 == role;
            if (inside) {
                end = tokens[2 * i + 1];
                continue;
            }
            if (role >= 0) {
                out.add(new Mention(Span.of(text, start, end), ROLES[role], List.of()));
                role = -1;
            }
            if (tg > 0 && tg % 2 == 1) {
                role = (tg - 1) / 2;
                start = tokens[2 * i];
                end = tokens[2 * i + 1];
            }
        }
        return out;
    }

    /** Writes the model as text: a header, then one line per feature with its non-zero weights. */
    void write(Writer w) throws IOException {
        w.write("# " + provenance.replace('\n', ' ') + "\n");
        w.write("tags\t" + String.join(" ", TAGS) + "\n");
        for (Map.Entry<String, float[]> e : new TreeMap<>(weights).entrySet()) {
            StringBuilder b = new StringBuilder(e.getKey());
            for (int k = 0; k < TAGS.size(); k++) {
                float v = e.getValue()[k];
                if (v != 0) {
                    b.append('\t').append(k).append(':').append(String.format(Locale.ROOT, "%.3f", v)
                            .replaceFirst("\\.?0+$", ""));
                }
            }
            w.write(b.append('\n').toString());
        }
        if (decoder != null) {
            decoder.write(w);
        }
    }

    /** Reads what {@link #write} wrote; a bad line is reported as {@code WHERE:LINE: ...}. */
    static RoleModel read(BufferedReader r, String where) throws IOException {
        String header = r.readLine();
        String tags = r.readLine();
        if (header == null || !header.startsWith("# ") || tags == null
                || !tags.equals("tags\t" + String.join(" ", TAGS))) {
            throw new IOException(where + ":1: not a role model of this version (header and tag line expected)");
        }
        Map<String, float[]> w = new HashMap<>();
        String line;
        int no = 2;
        RoleDecoder decoder = null;
        while ((line = r.readLine()) != null) {
            no++;
            if (line.equals(RoleDecoder.SECTION)) {
                decoder = RoleDecoder.read(r, where, no);
                break;
            }
            String[] p = line.split("\t");
            float[] v = new float[TAGS.size()];
            try {
                for (int k = 1; k < p.length; k++) {
                    int colon = p[k].indexOf(':');
                    v[Integer.parseInt(p[k].substring(0, colon))] = Float.parseFloat(p[k].substring(colon + 1));
                }
            } catch (RuntimeException e) {
                throw new IOException(where + ":" + no + ": bad weight '" + line + "'");
            }
            w.put(p[0], v);
        }
        return new RoleModel(w, header.substring(2), decoder);
    }
}
