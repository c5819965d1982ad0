package reflux.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Splits a mention the tagger ran over two names: a heading's compound followed, with nothing between but a space, by
 * the first compound of the procedure ("...-4-carboxamide 1,1-dioxide Methyl 4-((N-...", "...-2-nitrobenzenesulfonamide
 * 2-Nitrobenzenesulfonyl chloride"). A space starts a second name when, on both sides, the words are systematic (a
 * locant or bracket on the left, and in the first two words on the right), the left ends in a word of five characters
 * or more, and the right starts like a name in title case (an optional locant prefix, then a capital and a small letter)
 * with a word that does not end names ({@link Lexicon.WordClass#NAME_CLASS_WORD}: "Acid", "Chloride", "Hydrochloride").
 * Title-case names ("Potassium Permanganate", "N-Acetyl-6-Iodo Anthranilic Acid") have no locant after the space and
 * stay whole. A mention that ends in a bracketed second name after a space ("HATU (1-[bis(dimethylamino)methylene]-...
 * hexafluorophosphate)", "Pd(PPh3)4 (tetrakis(triphenylphosphine)palladium(0))", "HOBT (hydroxybenzotriazole)") is the
 * two names of one compound, each a mention of its own (ChEMU 2020 guideline: an abbreviation and its expansion are
 * annotated apart); the brackets belong to neither. A bracket of fewer than four letters ("(R)", "(II)"), with an amount,
 * or holding a word that ends names ("(racemate)", "(heptahydrate)") is not a second name. Stateless.
 */
final class RunOnNames {
    /** How a name starts: an optional bracket and locant prefix, then a capital and a small letter. */
    private static final Pattern NAME_START = Pattern.compile(
            "\\(?(?:[\\d,'′]+-)?[(\\[]?(?:[\\d,'′]+[A-Za-z]*-)?[(\\[]?\\p{Lu}\\p{Ll}");
    private static final Pattern SYSTEMATIC = Pattern.compile("[\\d\\[\\]()]");
    private static final Pattern LAST_WORD_END = Pattern.compile(".*[\\p{Ll})\\]]");

    private RunOnNames() {
    }

    /**
     * The token ranges {@code [first, end, role]} of {@code ranges} over {@code tokens} of {@code text}, each cut where
     * a second name starts (the pieces keep the range's role; the decoder gives each its own).
     */
    static List<int[]> split(String text, int[] tokens, List<int[]> ranges, Lexicon lexicon) {
        List<int[]> out = new ArrayList<>(ranges.size());
        for (int[] r : ranges) {
            int from = r[0];
            for (int i = r[0] + 1; i < r[1]; i++) {
                boolean afterSpace = tokens[2 * i] > tokens[2 * i - 1];
                if (afterSpace && startsName(text, tokens[2 * from], tokens[2 * i - 1], tokens[2 * i],
                        tokens[2 * r[1] - 1], lexicon)) {
                    out.add(new int[] {from, i, r[2]});
                    from = i;
                }
            }
            int open = secondNameBracket(text, tokens, from, r[1], lexicon);
            if (open < 0) {
                out.add(new int[] {from, r[1], r[2]});
            } else {
                out.add(new int[] {from, open, r[2]});
                out.add(new int[] {open + 1, r[1] - 1, r[2]});
            }
        }
        return out;
    }

    /**
     * The token of the "(" that opens a bracketed second name ending the range {@code [from, end)}, after a space; -1
     * when there is none.
     */
    private static int secondNameBracket(String text, int[] tokens, int from, int end, Lexicon lexicon) {
        if (end - from < 4 || text.charAt(tokens[2 * (end - 1)]) != ')') {
            return -1;
        }
        int depth = 0;
        for (int i = end - 1; i > from; i--) {
            char c = text.charAt(tokens[2 * i]);
            depth += c == ')' ? 1 : c == '(' ? -1 : 0;
            if (depth == 0) {
                boolean afterSpace = tokens[2 * i] > tokens[2 * i - 1];
                String inner = text.substring(tokens[2 * i + 1], tokens[2 * (end - 1)]);
                boolean name = inner.codePoints().filter(Character::isLetter).count() >= 4
                        && !MentionRepair.hasAmount("(" + inner) && inner.split("[\\s,;]+").length <= 6
                        && java.util.Arrays.stream(inner.toLowerCase(Locale.ROOT).split("[^\\p{L}]+"))
                        .noneMatch(w -> lexicon.is(Lexicon.WordClass.NAME_CLASS_WORD, w));
                return afterSpace && name ? i : -1;
            }
        }
        return -1;
    }

    /** Whether the text {@code [right, end)} starts a second name after the name {@code [left, leftEnd)}. */
    static boolean startsName(String text, int left, int leftEnd, int right, int end, Lexicon lexicon) {
        String l = text.substring(left, leftEnd);
        String r = text.substring(right, end);
        if (l.length() < 8 || !SYSTEMATIC.matcher(l).find() || !NAME_START.matcher(r).lookingAt()) {
            return false;
        }
        String[] leftWords = l.split("\\s+");
        String lastLeft = leftWords[leftWords.length - 1];
        if (lastLeft.length() < 5 || !LAST_WORD_END.matcher(lastLeft).matches()) {
            return false;
        }
        String[] rightWords = r.split("\\s+", 3);
        String head = rightWords.length > 1 ? rightWords[0] + " " + rightWords[1] : rightWords[0];
        if (!SYSTEMATIC.matcher(head).find()) {
            return false;
        }
        String first = rightWords[0].replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "").toLowerCase(Locale.ROOT);
        return !lexicon.is(Lexicon.WordClass.NAME_CLASS_WORD, first);
    }
}
