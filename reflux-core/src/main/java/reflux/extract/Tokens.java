package reflux.extract;

import java.util.Arrays;

/**
 * Splits a text into the tokens the mention tagger labels: runs of letters and digits, and every other printed
 * character on its own ("3-Isobutyl-5-methyl" is 3 | - | Isobutyl | - | 5 | - | methyl). On the ChEMU 2020 training
 * snippets every annotated span starts and ends on such a boundary. Stateless.
 */
final class Tokens {
    private Tokens() {
    }

    /** Token offsets: {@code [start0, end0, start1, end1, ...]}. */
    static int[] split(String t) {
        int n = t.length();
        int[] a = new int[Math.max(16, n / 2)];
        int size = 0;
        int i = 0;
        while (i < n) {
            char c = t.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int j = i + 1;
            if (Character.isLetterOrDigit(c)) {
                while (j < n && Character.isLetterOrDigit(t.charAt(j))) {
                    j++;
                }
            } else if (Character.isHighSurrogate(c) && j < n) {
                j++;
            }
            if (size + 2 > a.length) {
                a = Arrays.copyOf(a, a.length * 2);
            }
            a[size++] = i;
            a[size++] = j;
            i = j;
        }
        a = Arrays.copyOf(a, size);
        return a;
    }
}
