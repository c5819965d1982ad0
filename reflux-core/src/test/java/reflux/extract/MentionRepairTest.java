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
}
