package reflux.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RoleModelTest {
    @Test
    void tokensAreLetterDigitRunsAndSingleMarks() {
        String t = "3-Isobutyl-1H (5 mL)";
        int[] k = Tokens.split(t);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < k.length; i += 2) {
            b.append(t, k[i], k[i + 1]).append('|');
        }
        assertThat(b.toString()).isEqualTo("3|-|Isobutyl|-|1H|(|5|mL|)|");
    }

    @Test
    void tagsSpellSpansAndAnInsideTagNeverStartsOne() {
        String t = "in dry THF";
        int[] k = Tokens.split(t);
        // O, B-SOLVENT (index 5), I-SOLVENT (6)
        List<Mention> ms = RoleModel.spans(t, k, new int[] {0, 5, 6});
        assertThat(ms).extracting(m -> m.role() + ":" + m.name().text()).containsExactly("SOLVENT:dry THF");
        // an I- tag after O is not allowed by the decoder: the best allowed tag wins
        double[] score = new double[RoleModel.TAGS.size()];
        score[6] = 5;
        score[5] = 1;
        assertThat(RoleModel.TAGS.get(RoleModel.best(score, 0))).isEqualTo("B-SOLVENT");
        assertThat(RoleModel.TAGS.get(RoleModel.best(score, 5))).isEqualTo("I-SOLVENT");
    }

    @Test
    void aWrittenModelReadsBackWithTheSameWeights() throws IOException {
        float[] w = new float[RoleModel.TAGS.size()];
        w[3] = 1.25f;
        w[0] = -0.5f;
        RoleModel m = new RoleModel(Map.of("w=thf", w), "test model");
        StringWriter s = new StringWriter();
        m.write(s);
        assertThat(s.toString()).contains("w=thf\t0:-0.5\t3:1.25");
        RoleModel back = RoleModel.read(new BufferedReader(new StringReader(s.toString())), "test");
        assertThat(back.size()).isEqualTo(1);
        assertThat(back.provenance()).isEqualTo("test model");
    }

    @Test
    void aDamagedModelSaysWhere() {
        String bad = "# x\ntags\t" + String.join(" ", RoleModel.TAGS) + "\nw=a\t3:oops\n";
        assertThatThrownBy(() -> RoleModel.read(new BufferedReader(new StringReader(bad)), "m.gz"))
                .isInstanceOf(IOException.class).hasMessageContaining("m.gz:3:");
        assertThatThrownBy(() -> RoleModel.read(new BufferedReader(new StringReader("junk\n")), "m.gz"))
                .isInstanceOf(IOException.class).hasMessageContaining("m.gz:1:");
    }

    @Test
    void theShippedModelLoadsAndSaysHowItWasTrained() {
        RoleModel m = RoleModel.standard();
        assertThat(m.provenance()).contains("averaged perceptron").contains("ChEMU 2020");
        assertThat(m.size()).isGreaterThan(1000);
    }

    @Test
    void aTrainerLearnsTheRoleOfAWordFromItsContext() {
        // two hand-annotated snippets (ChEMU guideline: the medium after "in" is the SOLVENT)
        String a = "A solution of 4-bromophenol in THF was stirred.";
        String b = "A solution of 4-chlorophenol in THF was heated.";
        List<ChemuConll> docs = List.of(doc("a", a, "STARTING_MATERIAL", "4-bromophenol", "SOLVENT", "THF"),
                doc("b", b, "STARTING_MATERIAL", "4-chlorophenol", "SOLVENT", "THF"));
        RoleModel m = new RoleTrainer(5).train(docs);
        List<ChemuSpans.Labelled> got = new ChemuSpans(m).of("A solution of 4-bromophenol in THF was cooled.");
        assertThat(got).extracting(l -> l.label() + ":" + l.span().text()).contains("SOLVENT:THF");
    }

    private static ChemuConll doc(String id, String text, String... labelAndText) {
        List<ChemuSpans.Labelled> spans = new java.util.ArrayList<>();
        for (int i = 0; i < labelAndText.length; i += 2) {
            int s = text.indexOf(labelAndText[i + 1]);
            spans.add(new ChemuSpans.Labelled(labelAndText[i], Span.of(text, s, s + labelAndText[i + 1].length())));
        }
        return new ChemuConll(id, text, spans);
    }
}
