package reflux.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Edge brackets of a tagged mention, by hand-made spans over short texts. */
class MentionRepairTest {
    private static Mention at(String text, String name) {
        int s = text.indexOf(name);
        return new Mention(Span.of(text, s, s + name.length()), MentionRole.REACTION_PRODUCT, List.of());
    }

    @Test
    void aClosingBracketWithoutItsOpeningTakesTheOneBefore() {
        String text = "to give (R)-tert-butyl carbamate (2 g).";
        List<Mention> got = MentionRepair.balanced(text, List.of(at(text, "R)-tert-butyl carbamate")));
        assertThat(got.get(0).name().text()).isEqualTo("(R)-tert-butyl carbamate");
    }

    @Test
    void anOpeningBracketWithoutItsClosingTakesTheOneAfter() {
        String text = "a solution of 4-(2-chloroethyl) in THF";
        List<Mention> got = MentionRepair.balanced(text, List.of(at(text, "4-(2-chloroethyl")));
        assertThat(got.get(0).name().text()).isEqualTo("4-(2-chloroethyl)");
    }

    @Test
    void balancedSpansAndBracketsThatAreNotThereStayAsTheyAre() {
        String text = "added (S)-2-methylbutanol and R)-x here";
        Mention balanced = at(text, "(S)-2-methylbutanol");
        Mention noBracketBefore = at(text, "R)-x");
        assertThat(MentionRepair.balanced(text, List.of(balanced, noBracketBefore)))
                .containsExactly(balanced, noBracketBefore);
    }

    @Test
    void anAmountBracketRightAfterTheNameIsNotPartOfIt() {
        String text = "to give 2-(azetidin-3-yl)acetonitrile(250mg, 45.2% yield) as a solid";
        List<Mention> got = MentionRepair.repaired(text, List.of(at(text, "2-(azetidin-3-yl)acetonitrile(250mg, 45")));
        assertThat(got.get(0).name().text()).isEqualTo("2-(azetidin-3-yl)acetonitrile");
        String text2 = "gave 3,3-difluorocyclobutane carboxylic acid(250 mg, 83%)";
        assertThat(MentionRepair.repaired(text2, List.of(at(text2, "3,3-difluorocyclobutane carboxylic acid(250 mg")))
                .get(0).name().text()).isEqualTo("3,3-difluorocyclobutane carboxylic acid");
    }

    @Test
    void aFinalAnalyticalWordIsNotPartOfTheName() {
        String text = "yielded 38mg (57% yield) of the title compound NMR (400MHz): 0.8 (t, 6H)";
        List<Mention> got = MentionRepair.repaired(text, List.of(at(text, "title compound NMR")));
        assertThat(got.get(0).name().text()).isEqualTo("title compound");
    }

    @Test
    void bracketsOfTheNameItselfStay() {
        // locant and stereo brackets open with a digit but no unit of amount; "MS" inside a word is no technique
        String text = "added (2S)-2-(1,1-dimethylethyl)-3-(5 L-alanyl)oxirane and DMSO";
        Mention a = at(text, "(2S)-2-(1,1-dimethylethyl)-3-(5 L-alanyl)oxirane");
        Mention b = at(text, "DMSO");
        assertThat(MentionRepair.repaired(text, List.of(a, b))).containsExactly(a, b);
    }
}
