package reflux.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import reflux.testkit.SharedFiles;

/**
 * The role model's fast path (features hashed as they are written, weights in a primitive table) must tag exactly as
 * the string path it replaces: the string features are the reference, as in a parallel-equals-sequential test.
 */
class HashedFeaturesTest {
    @Test
    void aFeatureFedInPartsHashesAsTheWholeString() {
        // by hand: h("ab") = (SEED * M + 'a') * M + 'b' (mod 2^64)
        long byHand = (FeatureHasher.SEED * FeatureHasher.M + 'a') * FeatureHasher.M + 'b';
        assertThat(FeatureHasher.of("ab")).isEqualTo(byHand);
        WeightTable table = WeightTable.of(Map.of("w-1w=in|thf", weights(3, 2.5f)), RoleModel.TAGS.size());
        HashedFeatures parts = new HashedFeatures(table);
        parts.token();
        parts.start("w-1w=").put("xin", 1, 3).put('|').put("thf").end();
        double[] score = new double[RoleModel.TAGS.size()];
        parts.score(0, score);
        assertThat(score[3]).isEqualTo(2.5);
    }

    @Test
    void numbersAndTruthValuesArePrintedAsStringValueOfPrintsThem() {
        StringFeatures f = new StringFeatures();
        f.token();
        for (int v : new int[] {0, 7, 10, 42, 1234, -5, Integer.MIN_VALUE}) {
            f.start("n=").put(v).end();
        }
        f.start("b=").put(true).put('|').put(false).end();
        assertThat(f.features().get(0)).containsExactly("n=0", "n=7", "n=10", "n=42", "n=1234", "n=-5",
                "n=-2147483648", "b=true|false");
    }

    @Test
    void theTableGivesEachFeatureItsOwnWeightsAndNothingForAnUnknownOne() {
        Map<String, float[]> w = new HashMap<>();
        for (int i = 0; i < 500; i++) {
            w.put("w=word" + i, weights(i % RoleModel.TAGS.size(), i + 0.5f));
        }
        WeightTable table = WeightTable.of(w, RoleModel.TAGS.size());
        for (int i = 0; i < 500; i++) {
            double[] score = new double[RoleModel.TAGS.size()];
            table.add(score, table.row(FeatureHasher.of("w=word" + i)));
            assertThat(score[i % RoleModel.TAGS.size()]).isEqualTo(i + 0.5);
        }
        assertThat(table.row(FeatureHasher.of("w=word500"))).isEqualTo(-1);
    }

    @Test
    void theFastPathTagsEveryChemuSnippetAsTheStringPathDoes() throws IOException {
        Path dir = SharedFiles.shared("data/chemu2020-train/conll");
        List<ChemuConll> docs = ChemuConll.readAll(dir);
        RoleModel model = RoleModel.standard();
        ParagraphExtractor extractor = ParagraphExtractor.standard();
        Lexicon lexicon = Lexicon.standard();
        RoleFeatures features = new RoleFeatures(lexicon, ChemicalWords.standard(),
                new CompoundTagger(lexicon, ChemicalWords.standard()));
        int tokens = 0;
        for (ChemuConll d : docs.subList(0, Math.min(300, docs.size()))) {
            Extraction x = extractor.extract(d.text());
            int[] k = Tokens.split(x.text());
            String[] low = RoleFeatures.low(x.text(), k);
            int headingEnd = ChemuSpans.heading(x.text(), 0);
            HashedFeatures hashed = model.sink();
            features.of(x, k, low, headingEnd, hashed);
            assertThat(model.tag(hashed, low)).as(d.doc()).containsExactly(model.tag(features.of(x, k, headingEnd),
                    low));
            tokens += low.length;
        }
        assertThat(tokens).isGreaterThan(10_000);
    }

    @Test
    void oneTeePassGivesTheHashedTagsAndTheStringsOfTwoSeparatePasses() throws IOException {
        List<ChemuConll> docs = ChemuConll.readAll(SharedFiles.shared("data/chemu2020-train/conll"));
        RoleModel model = RoleModel.standard();
        ParagraphExtractor extractor = ParagraphExtractor.standard();
        Lexicon lexicon = Lexicon.standard();
        RoleFeatures features = new RoleFeatures(lexicon, ChemicalWords.standard(),
                new CompoundTagger(lexicon, ChemicalWords.standard()));
        for (ChemuConll d : docs.subList(0, Math.min(100, docs.size()))) {
            Extraction x = extractor.extract(d.text());
            int[] k = Tokens.split(x.text());
            String[] low = RoleFeatures.low(x.text(), k);
            int headingEnd = ChemuSpans.heading(x.text(), 0);
            HashedFeatures alone = model.sink();
            features.of(x, k, low, headingEnd, alone);
            HashedFeatures teed = model.sink();
            StringFeatures strings = new StringFeatures();
            features.of(x, k, low, headingEnd, new TeeSink(teed, strings));
            assertThat(model.tag(teed, low)).as(d.doc()).containsExactly(model.tag(alone, low));
            List<String[]> separate = features.of(x, k, headingEnd);
            assertThat(strings.features()).as(d.doc()).hasSameSizeAs(separate);
            for (int i = 0; i < separate.size(); i++) {
                assertThat(strings.features().get(i)).as(d.doc() + " token " + i).containsExactly(separate.get(i));
            }
        }
    }

    @Test
    void theShippedModelHasNoTwoFeaturesWithOneHash() {
        assertThat(RoleModel.standard().size()).isGreaterThan(1000);
    }

    private static float[] weights(int tag, float v) {
        float[] w = new float[RoleModel.TAGS.size()];
        w[tag] = v;
        return w;
    }
}
