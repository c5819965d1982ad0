package reflux.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Splitting a mention that runs two names together, on texts written for this test. */
class RunOnNamesTest {
    private static final Lexicon LEXICON = Lexicon.standard();

    /** The texts of the pieces of one range over the whole of {@code text}. */
    private static List<String> pieces(String text) {
        int[] tokens = Tokens.split(text);
        List<int[]> one = List.of(new int[] {0, tokens.length / 2, 0});
        List<String> out = new ArrayList<>();
        for (int[] r : RunOnNames.split(text, tokens, one, LEXICON)) {
            assertThat(r[2]).isZero();
            out.add(text.substring(tokens[2 * r[0]], tokens[2 * r[1] - 1]));
        }
        return out;
    }

    @Test
    void aHeadingNameRunningIntoTheFirstChargeIsTwoNames() {
        assertThat(pieces("4-(2-chlorophenyl)piperidine-1-carboxamide 2-Bromo-5-nitropyridine"))
                .containsExactly("4-(2-chlorophenyl)piperidine-1-carboxamide", "2-Bromo-5-nitropyridine");
        assertThat(pieces("3-methoxy-N-propylbenzamide Methyl 3-aminobenzoate"))
                .containsExactly("3-methoxy-N-propylbenzamide", "Methyl 3-aminobenzoate");
    }

    @Test
    void oneNameInTitleCaseOrWithAClassWordStaysWhole() {
        assertThat(pieces("Potassium Permanganate")).containsExactly("Potassium Permanganate");
        assertThat(pieces("N-Acetyl-5-Bromo Anthranilic Acid")).containsExactly("N-Acetyl-5-Bromo Anthranilic Acid");
        assertThat(pieces("2-(4-fluorophenyl)acetic Acid")).containsExactly("2-(4-fluorophenyl)acetic Acid");
        assertThat(pieces("tert-butyl (2-(4-Bromophenyl)ethyl)carbamate"))
                .containsExactly("tert-butyl (2-(4-Bromophenyl)ethyl)carbamate");
        assertThat(pieces("ethyl 2-(3-chlorophenyl)acetate")).containsExactly("ethyl 2-(3-chlorophenyl)acetate");
    }

    @Test
    void anAbbreviationWithItsBracketedExpansionIsTwoMentionsWithoutTheBrackets() {
        assertThat(pieces("DMAP (4-(dimethylamino)pyridine)")).containsExactly("DMAP", "4-(dimethylamino)pyridine");
        assertThat(pieces("HOBt (1-hydroxybenzotriazole)")).containsExactly("HOBt", "1-hydroxybenzotriazole");
    }

    @Test
    void aShortDescriptorOrAmountBracketIsNotASecondName() {
        assertThat(pieces("copper (I) iodide")).containsExactly("copper (I) iodide");
        assertThat(pieces("benzyl bromide (R)")).containsExactly("benzyl bromide (R)");
        assertThat(pieces("3-phenylpropanal (racemate)")).containsExactly("3-phenylpropanal (racemate)");
        assertThat(pieces("magnesium sulfate (heptahydrate)")).containsExactly("magnesium sulfate (heptahydrate)");
        assertThat(pieces("aniline (0.5 mmol)")).containsExactly("aniline (0.5 mmol)");
    }
}
