package reflux.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Trains a {@link RoleModel} on annotated snippets ({@link ChemuConll}) with the averaged perceptron (Collins 2002):
 * greedy left-to-right decoding with the gold history, one update per wrong token, the weights averaged over every
 * step; snippets shuffled each epoch with a fixed seed, features seen fewer than twice dropped. Then, the same way,
 * the span role decoder ({@link RoleDecoder}) on the gold mentions, its previous-role features from the roles it gave
 * itself, as when it decodes (with the gold previous roles it learnt to trust them: 0.4 points less F1 on
 * REAGENT_CATALYST in cross-validation; the token tagger, in contrast, needs the gold history). Deterministic for
 * the same snippets and options. Not thread-safe (one trainer per thread).
 *
 * <pre>{@code
 * RoleModel m = new RoleTrainer(10).train(ChemuConll.readAll(Path.of("../shared/data/chemu2020-train/conll")));
 * }</pre>
 */
public final class RoleTrainer {
    /**
     * One snippet ready to learn from: token observations, gold tags and lower-cased tokens; the gold mentions'
     * observations, lower-cased names and roles for the span decoder.
     */
    record Example(List<String[]> features, int[] gold, String[] low, List<String[]> spanFeatures,
            List<String> spanNames, int[] spanRoles) {
    }

    private final int epochs;
    private final boolean decoder;
    private final ChemuSpans labeller;

    /** A trainer making {@code epochs} passes, with the span role decoder. */
    public RoleTrainer(int epochs) {
        this(epochs, true);
    }

    /** A trainer making {@code epochs} passes; {@code decoder}: also train the span role decoder. */
    public RoleTrainer(int epochs, boolean decoder) {
        if (epochs < 1) {
            throw new IllegalArgumentException("epochs must be at least 1");
        }
        this.epochs = epochs;
        this.decoder = decoder;
        this.labeller = ChemuSpans.rulesOnly();
    }

    /** A model trained on all of {@code docs}. */
    public RoleModel train(List<ChemuConll> docs) {
        List<Example> ex = new ArrayList<>();
        for (ChemuConll d : docs) {
            ex.add(example(d));
        }
        return learn(ex, String.format(Locale.ROOT, "averaged perceptron, %d epochs, %d ChEMU 2020 training "
                + "snippets (reflux bench roles --write)", epochs, docs.size()));
    }

    /** Writes {@code m} as text (gzip it for the resource). */
    public static void write(RoleModel m, java.io.Writer w) throws java.io.IOException {
        m.write(w);
    }

    Example example(ChemuConll d) {
        ChemuSpans.Prepared p = labeller.prepare(d.text());
        int n = p.tokens().length / 2;
        int[] gold = new int[n];
        List<int[]> ranges = new ArrayList<>();
        for (ChemuSpans.Labelled l : d.spans()) {
            int role = -1;
            for (int r = 0; r < RoleModel.ROLES.length; r++) {
                if (RoleModel.ROLES[r].name().equals(l.label())) {
                    role = r;
                }
            }
            if (role < 0) {
                continue;
            }
            boolean first = true;
            int lo = -1;
            int hi = -1;
            for (int i = 0; i < n; i++) {
                if (p.tokens()[2 * i] >= l.span().start() && p.tokens()[2 * i + 1] <= l.span().end()) {
                    gold[i] = 1 + 2 * role + (first ? 0 : 1);
                    first = false;
                    lo = lo < 0 ? i : lo;
                    hi = i + 1;
                }
            }
            if (lo >= 0) {
                ranges.add(new int[] {lo, hi, role});
            }
        }
        ranges.sort(java.util.Comparator.comparingInt(r -> r[0]));
        int[] roles = new int[ranges.size()];
        for (int k = 0; k < roles.length; k++) {
            roles[k] = ranges.get(k)[2];
        }
        return new Example(p.features(), gold, p.low(), SpanFeatures.of(d.text(), p.tokens(), p.low(),
                p.features(), ranges, p.headingEnd(), labeller.words()),
                SpanFeatures.names(d.text(), p.tokens(), ranges), roles);
    }

    RoleModel learn(List<Example> examples, String provenance) {
        Map<String, Integer> counts = new HashMap<>();
        for (Example e : examples) {
            for (String[] fs : e.features()) {
                for (String f : fs) {
                    counts.merge(f, 1, Integer::sum);
                }
            }
        }
        int k = RoleModel.TAGS.size();
        Map<String, float[]> w = new HashMap<>();
        Map<String, double[]> total = new HashMap<>();
        Map<String, int[]> stamp = new HashMap<>();
        List<Example> order = new ArrayList<>(examples);
        Random random = new Random(20200101L);
        int step = 0;
        double[] score = new double[k];
        for (int epoch = 0; epoch < epochs; epoch++) {
            java.util.Collections.shuffle(order, random);
            for (Example e : order) {
                int p1 = -1;
                int p2 = -1;
                for (int i = 0; i < e.gold().length; i++) {
                    step++;
                    List<String> fs = new ArrayList<>();
                    for (String f : e.features().get(i)) {
                        if (counts.getOrDefault(f, 0) >= 2) {
                            fs.add(f);
                        }
                    }
                    fs.addAll(List.of(RoleModel.history(p1, p2, e.low()[i])));
                    java.util.Arrays.fill(score, 0);
                    for (String f : fs) {
                        float[] v = w.get(f);
                        if (v != null) {
                            for (int c = 0; c < k; c++) {
                                score[c] += v[c];
                            }
                        }
                    }
                    int guess = RoleModel.best(score, p1);
                    int truth = e.gold()[i];
                    if (guess != truth) {
                        for (String f : fs) {
                            update(w, total, stamp, f, truth, 1, step, k);
                            update(w, total, stamp, f, guess, -1, step, k);
                        }
                    }
                    p2 = p1;
                    p1 = truth;
                }
            }
        }
        return new RoleModel(average(w, total, stamp, step, k), provenance, decoder ? learnDecoder(examples) : null);
    }

    /** Decoders trained apart, each on its own order of the examples, whose weights are averaged. */
    static final int DECODER_BAG = 3;

    /**
     * The span decoder: the mean of {@link #DECODER_BAG} averaged perceptrons that differ only in the order they see
     * the examples in (less dependent on one shuffle).
     */
    private RoleDecoder learnDecoder(List<Example> examples) {
        Map<String, float[]> sum = new HashMap<>();
        for (int b = 0; b < DECODER_BAG; b++) {
            for (Map.Entry<String, float[]> e : learnDecoder(examples, 20200102L + b).entrySet()) {
                float[] acc = sum.computeIfAbsent(e.getKey(), x -> new float[e.getValue().length]);
                for (int c = 0; c < acc.length; c++) {
                    acc[c] += e.getValue()[c] / DECODER_BAG;
                }
            }
        }
        return new RoleDecoder(sum);
    }

    /** One span decoder: its own previous roles as history, one update per wrong mention, averaged. */
    private Map<String, float[]> learnDecoder(List<Example> examples, long seed) {
        Map<String, Integer> counts = new HashMap<>();
        for (Example e : examples) {
            for (String[] fs : e.spanFeatures()) {
                for (String f : fs) {
                    counts.merge(f, 1, Integer::sum);
                }
            }
        }
        int k = RoleModel.ROLES.length;
        Map<String, float[]> w = new HashMap<>();
        Map<String, double[]> total = new HashMap<>();
        Map<String, int[]> stamp = new HashMap<>();
        List<Example> order = new ArrayList<>(examples);
        Random random = new Random(seed);
        int step = 0;
        double[] score = new double[k];
        for (int epoch = 0; epoch < epochs; epoch++) {
            java.util.Collections.shuffle(order, random);
            for (Example e : order) {
                Map<String, Integer> seen = new HashMap<>();
                int[] given = new int[e.spanRoles().length];
                for (int i = 0; i < e.spanRoles().length; i++) {
                    step++;
                    List<String> fs = new ArrayList<>();
                    for (String f : e.spanFeatures().get(i)) {
                        if (counts.getOrDefault(f, 0) >= 2) {
                            fs.add(f);
                        }
                    }
                    fs.addAll(List.of(RoleDecoder.history(given, i, seen.get(e.spanNames().get(i)))));
                    java.util.Arrays.fill(score, 0);
                    for (String f : fs) {
                        float[] v = w.get(f);
                        if (v != null) {
                            for (int c = 0; c < k; c++) {
                                score[c] += v[c];
                            }
                        }
                    }
                    int guess = RoleDecoder.best(score);
                    int truth = e.spanRoles()[i];
                    if (guess != truth) {
                        for (String f : fs) {
                            update(w, total, stamp, f, truth, 1, step, k);
                            update(w, total, stamp, f, guess, -1, step, k);
                        }
                    }
                    given[i] = guess;
                    seen.putIfAbsent(e.spanNames().get(i), guess);
                }
            }
        }
        return average(w, total, stamp, step, k);
    }

    private static Map<String, float[]> average(Map<String, float[]> w, Map<String, double[]> total,
            Map<String, int[]> stamp, int step, int k) {
        Map<String, float[]> avg = new HashMap<>();
        for (Map.Entry<String, float[]> en : w.entrySet()) {
            double[] t = total.get(en.getKey());
            int[] s = stamp.get(en.getKey());
            float[] a = new float[k];
            boolean any = false;
            for (int c = 0; c < k; c++) {
                double v = (t[c] + (step - s[c]) * (double) en.getValue()[c]) / step;
                a[c] = Math.abs(v) < 5e-4 ? 0 : (float) (Math.round(v * 1000) / 1000.0);
                any |= a[c] != 0;
            }
            if (any) {
                avg.put(en.getKey(), a);
            }
        }
        return avg;
    }

    private static void update(Map<String, float[]> w, Map<String, double[]> total, Map<String, int[]> stamp,
            String f, int c, int v, int step, int k) {
        float[] wv = w.computeIfAbsent(f, x -> new float[k]);
        double[] tv = total.computeIfAbsent(f, x -> new double[k]);
        int[] sv = stamp.computeIfAbsent(f, x -> new int[k]);
        tv[c] += (step - sv[c]) * (double) wv[c];
        sv[c] = step;
        wv[c] += v;
    }
}
