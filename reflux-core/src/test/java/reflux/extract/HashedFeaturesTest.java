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
    void theHashOfAConcatenationFollowsFromThePartsHashesAndTheSecondsLength() {
        // h(a+b) = (h(a) - SEED) * M^|b| + h(b): checked against hashing the whole string, for lengths 0..40
        String b = "w+1=dichloromethane|(2.5 mmol)-and-more-";
        for (int n = 0; n <= b.length(); n++) {
            String tail = b.substring(0, n);
            assertThat(FeatureHasher.concat(FeatureHasher.of("l:"), FeatureHasher.of(tail), n)).as(tail)
                    .isEqualTo(FeatureHasher.of("l:" + tail));
        }
    }

    @Test
    void theHashedSpanDecoderGivesEverySnippetTheRolesOfTheStringPath() throws IOException {
        // reference: the token features built as strings, the span features as strings ("f:" + feature of the first
        // token, "l:" + right-context features of the last), the decoder's string map
        List<ChemuConll> docs = ChemuConll.readAll(SharedFiles.shared("data/chemu2020-train/conll"));
        RoleModel model = RoleModel.standard();
        ParagraphExtractor extractor = ParagraphExtractor.standard();
        Lexicon lexicon = Lexicon.standard();
        RoleFeatures features = new RoleFeatures(lexicon, ChemicalWords.standard(),
                new CompoundTagger(lexicon, ChemicalWords.standard()));
        int mentions = 0;
        for (ChemuConll d : docs) {
            Extraction x = extractor.extract(d.text());
            int[] k = Tokens.split(x.text());
            String[] low = RoleFeatures.low(x.text(), k);
            int headingEnd = ChemuSpans.heading(x.text(), 0);
            HashedFeatures hashed = model.sink();
            features.of(x, k, low, headingEnd, hashed);
            List<int[]> ranges = RoleModel.ranges(model.tag(hashed, low));
            List<String> names = SpanFeatures.names(x.text(), k, ranges);
            List<String[]> strings = SpanFeatures.of(x.text(), k, low, features.of(x, k, headingEnd), ranges,
                    headingEnd, ChemicalWords.standard());
            List<long[]> hashes = SpanFeatures.hashed(x.text(), k, low, hashed, ranges, headingEnd,
                    ChemicalWords.standard());
            for (int m = 0; m < strings.size(); m++) {
                assertThat(hashes.get(m)).as(d.doc() + " mention " + m)
                        .containsExactly(java.util.Arrays.stream(strings.get(m)).mapToLong(FeatureHasher::of)
                                .toArray());
            }
            assertThat(model.decoder().rolesOfHashed(hashes, names)).as(d.doc())
                    .containsExactly(model.decoder().roles(strings, names));
            mentions += ranges.size();
        }
        assertThat(mentions).isGreaterThan(5_000);
    }

    @Test
    void aReplayedWordBlockGivesTheFeaturesOfWritingItForEveryToken() throws IOException {
        // reference: RoleFeatures that writes each token's word observations itself (no block replay)
        List<ChemuConll> docs = ChemuConll.readAll(SharedFiles.shared("data/chemu2020-train/conll"));
        RoleModel model = RoleModel.standard();
        ParagraphExtractor extractor = ParagraphExtractor.standard();
        Lexicon lexicon = Lexicon.standard();
        CompoundTagger rules = new CompoundTagger(lexicon, ChemicalWords.standard());
        RoleFeatures replaying = new RoleFeatures(lexicon, ChemicalWords.standard(), rules, true);
        RoleFeatures writing = new RoleFeatures(lexicon, ChemicalWords.standard(), rules, false);
        int replayed = 0;
        for (ChemuConll d : docs.subList(0, Math.min(300, docs.size()))) {
            Extraction x = extractor.extract(d.text());
            int[] k = Tokens.split(x.text());
            String[] low = RoleFeatures.low(x.text(), k);
            int headingEnd = ChemuSpans.heading(x.text(), 0);
            List<String[]> want = writing.of(x, k, headingEnd);
            List<String[]> got = replaying.of(x, k, headingEnd);
            assertThat(got).as(d.doc()).hasSameSizeAs(want);
            for (int i = 0; i < want.size(); i++) {
                assertThat(got.get(i)).as(d.doc() + " token " + i).containsExactly(want.get(i));
                replayed += i > 0 && k[2 * i] == k[2 * i - 1] ? 1 : 0;
            }
            HashedFeatures a = model.sink();
            replaying.of(x, k, low, headingEnd, a);
            HashedFeatures b = model.sink();
            writing.of(x, k, low, headingEnd, b);
            assertThat(model.tag(a, low)).as(d.doc()).containsExactly(model.tag(b, low));
            for (int i = 0; i < low.length; i++) {
                List<Long> ea = new java.util.ArrayList<>();
                List<Long> eb = new java.util.ArrayList<>();
                a.edgeFeatures(i, "f:", null, ea::add);
                b.edgeFeatures(i, "f:", null, eb::add);
                assertThat(ea).as(d.doc() + " token " + i).isEqualTo(eb);
            }
        }
        assertThat(replayed).as("tokens inside a word (replayed blocks)").isGreaterThan(10_000);
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
