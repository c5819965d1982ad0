package reflux.identity;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** The banded edit distance behind suggestions against the textbook full-matrix Levenshtein distance. */
class SuggestionsTest {

    /** Wagner–Fischer over the whole matrix, written here independently of the banded version. */
    private static int levenshtein(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int sub = d[i - 1][j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                d[i][j] = Math.min(sub, Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1));
            }
        }
        return d[a.length()][b.length()];
    }

    @Property(tries = 3000)
    void withinTheLimitTheDistanceIsExactAndBeyondItIsAboveTheLimit(
            @ForAll @StringLength(max = 14) @net.jqwik.api.constraints.CharRange(from = 'a', to = 'e') String a,
            @ForAll @StringLength(max = 14) @net.jqwik.api.constraints.CharRange(from = 'a', to = 'e') String b,
            @ForAll @IntRange(min = 0, max = 6) int limit) {
        int full = levenshtein(a, b);
        int banded = Suggestions.distanceWithin(a, b, limit);
        if (full <= limit) {
            assertThat(banded).isEqualTo(full);
        } else {
            assertThat(banded).isGreaterThan(limit);
        }
    }

    @Test
    void handWorkedDistances() {
        // kitten → sitting: k→s, e→i, +g
        assertThat(Suggestions.distanceWithin("kitten", "sitting", 3)).isEqualTo(3);
        assertThat(Suggestions.distanceWithin("kitten", "sitting", 2)).isGreaterThan(2);
        assertThat(Suggestions.distanceWithin("", "abc", 3)).isEqualTo(3);
        assertThat(Suggestions.distanceWithin("cefepime", "cefepime", 0)).isZero();
    }

    @Test
    void aMisspelledDictionaryNameSuggestsTheDictionaryName() {
        Dictionary d = Dictionary.standard();
        String name = d.entries().get(0).names().get(0);
        String misspelled = name.substring(0, name.length() - 1) + (name.endsWith("x") ? "y" : "x");
        assertThat(Suggestions.closest(misspelled, d)).contains(name);
    }
}
