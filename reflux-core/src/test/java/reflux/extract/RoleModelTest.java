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
    void theSpanDecoderIsWrittenAfterTheTokenWeightsAndReadsBack() throws IOException {
        float[] w = new float[RoleModel.TAGS.size()];
        w[1] = 2f;
        float[] s = new float[RoleModel.ROLES.length];
        s[2] = 0.75f;
        RoleModel m = new RoleModel(Map.of("w=thf", w), "test model", new RoleDecoder(Map.of("sw=thf", s)));
        StringWriter out = new StringWriter();
        m.write(out);
        assertThat(out.toString()).contains("\nspans\tSTARTING_MATERIAL REAGENT_CATALYST SOLVENT OTHER_COMPOUND "
                + "REACTION_PRODUCT\nsw=thf\t2:0.75\n");
        RoleModel back = RoleModel.read(new BufferedReader(new StringReader(out.toString())), "test");
        assertThat(back.size()).isEqualTo(2);
        assertThat(back.decoder()).isNotNull();
        // the one weighted feature makes SOLVENT (index 2) the decoder's choice
        assertThat(back.decoder().roles(List.<String[]>of(new String[] {"sw=thf"}), List.of("thf")))
                .containsExactly(2);
    }

    @Test
    void aDamagedSpanSectionSaysWhere() {
        String bad = "# x\ntags\t" + String.join(" ", RoleModel.TAGS) + "\nw=a\t3:1\n" + RoleDecoder.SECTION
                + "\nsw=a\t1:x\n";
        assertThatThrownBy(() -> RoleModel.read(new BufferedReader(new StringReader(bad)), "m.gz"))
                .isInstanceOf(IOException.class).hasMessageContaining("m.gz:5:");
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

    @Test
    void theDecoderLearnsARoleFromAQuantityParenthesis() {
        // hand-annotated (ChEMU guideline: a charged reactant is a STARTING_MATERIAL; the same word in a work-up
        // wash without an amount is an OTHER_COMPOUND)
        String a = "Benzylamine (1.0 g, 9.3 mmol) was stirred. The mixture was washed with benzylamine.";
        String b = "Aniline (2.0 g, 21 mmol) was stirred. The mixture was washed with aniline.";
        List<ChemuConll> docs = List.of(
                doc("a", a, "STARTING_MATERIAL", "Benzylamine", "OTHER_COMPOUND", "benzylamine"),
                doc("b", b, "STARTING_MATERIAL", "Aniline", "OTHER_COMPOUND", "aniline"));
        RoleTrainer.Example e = new RoleTrainer(1).example(docs.get(0));
        assertThat(e.spanRoles()).containsExactly(0, 3);
        assertThat(e.spanFeatures().get(0)).contains("qty=mol", "rec=2|first");
        assertThat(e.spanFeatures().get(1)).contains("qty=none", "rec=2|later");
        RoleModel m = new RoleTrainer(5).train(docs);
        assertThat(m.decoder()).isNotNull();
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
