package reflux.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * K-fold cross-validation of the role model on annotated snippets: snippet {@code i} falls in fold {@code i mod k};
 * each fold is labelled by a model trained on the other folds only, so every figure is on text the model did not
 * learn from. Also labels every snippet by the rules alone, the baseline printed beside it.
 *
 * <pre>{@code
 * RoleCrossValidation cv = RoleCrossValidation.run(ChemuConll.readAll(dir), 5, 10);
 * cv.model().get("SOLVENT").f1();
 * }</pre>
 *
 * @param held  per snippet (in input order), the spans predicted by the model that did not see it
 * @param model exact-span scores of {@code held} per label
 * @param rules exact-span scores of the rules alone per label
 */
public record RoleCrossValidation(List<List<ChemuSpans.Labelled>> held, Map<String, Score> model,
        Map<String, Score> rules) {
    public RoleCrossValidation {
        held = List.copyOf(held);
        model = Map.copyOf(model);
        rules = Map.copyOf(rules);
    }

    /** Exact-span counts of one label (as {@code chemu_score.py}: same label, start and end). */
    public record Score(int truePositives, int falsePositives, int falseNegatives) {
        /** Precision (0 when nothing was predicted). */
        public double precision() {
            return truePositives / (double) Math.max(1, truePositives + falsePositives);
        }

        /** Recall (0 when nothing was annotated). */
        public double recall() {
            return truePositives / (double) Math.max(1, truePositives + falseNegatives);
        }

        /** The harmonic mean of precision and recall. */
        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** Runs {@code folds}-fold cross-validation with {@code epochs} training passes. */
    public static RoleCrossValidation run(List<ChemuConll> docs, int folds, int epochs) {
        if (folds < 2 || folds > docs.size()) {
            throw new IllegalArgumentException("folds must be between 2 and the number of snippets");
        }
        RoleTrainer trainer = new RoleTrainer(epochs);
        List<RoleTrainer.Example> examples = new ArrayList<>();
        for (ChemuConll d : docs) {
            examples.add(trainer.example(d));
        }
        List<List<ChemuSpans.Labelled>> held = new ArrayList<>(docs.size());
        for (int i = 0; i < docs.size(); i++) {
            held.add(null);
        }
        for (int f = 0; f < folds; f++) {
            List<RoleTrainer.Example> train = new ArrayList<>();
            for (int i = 0; i < docs.size(); i++) {
                if (i % folds != f) {
                    train.add(examples.get(i));
                }
            }
            ChemuSpans labeller = new ChemuSpans(trainer.learn(train, "fold " + f));
            for (int i = f; i < docs.size(); i += folds) {
                held.set(i, labeller.of(docs.get(i).text()));
            }
        }
        ChemuSpans rules = ChemuSpans.rulesOnly();
        List<List<ChemuSpans.Labelled>> ruled = new ArrayList<>();
        for (ChemuConll d : docs) {
            ruled.add(rules.of(d.text()));
        }
        return new RoleCrossValidation(held, score(docs, held), score(docs, ruled));
    }

    /** Exact-span scores per label of {@code predicted} (one list per snippet) against the gold spans. */
    public static Map<String, Score> score(List<ChemuConll> docs, List<List<ChemuSpans.Labelled>> predicted) {
        Map<String, int[]> c = new TreeMap<>();
        for (int i = 0; i < docs.size(); i++) {
            Set<String> gold = new HashSet<>();
            for (ChemuSpans.Labelled l : docs.get(i).spans()) {
                gold.add(key(l));
            }
            Set<String> pred = new HashSet<>();
            for (ChemuSpans.Labelled l : predicted.get(i)) {
                pred.add(key(l));
            }
            for (String g : gold) {
                c.computeIfAbsent(label(g), x -> new int[3])[pred.contains(g) ? 0 : 2]++;
            }
            for (String p : pred) {
                if (!gold.contains(p)) {
                    c.computeIfAbsent(label(p), x -> new int[3])[1]++;
                }
            }
        }
        Map<String, Score> out = new TreeMap<>();
        c.forEach((k, v) -> out.put(k, new Score(v[0], v[1], v[2])));
        return out;
    }

    private static String key(ChemuSpans.Labelled l) {
        return l.label() + "\t" + l.span().start() + "\t" + l.span().end();
    }

    private static String label(String key) {
        return key.substring(0, key.indexOf('\t'));
    }
}
