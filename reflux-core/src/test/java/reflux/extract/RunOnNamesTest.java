package reflux.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
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

    /**
     * On any text, the pieces of a range lie inside it, in order, without overlap, and keep its role; text made of
     * the characters names are written with, brackets unbalanced included.
     */
    @Property(tries = 500)
    void piecesStayInsideTheRangeInOrder(@ForAll @StringLength(min = 1, max = 80)
            @Chars({'a', 'B', 'c', 'M', 'e', 'l', '1', '2', ',', '-', '(', ')', '[', ']', ' ', '\'', 'y', 'd'})
            String text) {
        int[] tokens = Tokens.split(text);
        int n = tokens.length / 2;
        if (n == 0) {
            return;
        }
        List<int[]> pieces = RunOnNames.split(text, tokens, List.of(new int[] {0, n, 3}), LEXICON);
        int last = 0;
        for (int[] p : pieces) {
            assertThat(p[0]).isGreaterThanOrEqualTo(last).isLessThan(p[1]);
            assertThat(p[1]).isLessThanOrEqualTo(n);
            assertThat(p[2]).isEqualTo(3);
            last = p[1];
        }
    }
}
