package reflux.extract;

import java.util.regex.Pattern;

/**
 * Finds where a chemical name printed next to a quantity begins and ends: backwards from "NAME (5 g)", forwards from
 * "5 g of NAME". A name is a run of words at bracket depth 0 bounded by a STOP word of {@code lexicon.tsv}, a
 * comma, semicolon or colon followed by a space, a sentence boundary, or (forwards) a bracket opened after a space;
 * MODIFIER words ("dry", "anhydrous") are dropped from its start. Immutable and thread-safe.
 */
final class NameBounds {
    private static final Pattern DIGIT_PERIOD = Pattern.compile(".*\\d\\.$");
    /** "2 g of the 7-methyl-...dione": an article before a name is skipped, not a boundary. */
    private static final java.util.Set<String> DETERMINERS = java.util.Set.of("the", "a", "an");
    private final Lexicon lexicon;

    NameBounds(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The name ending just before {@code end} and starting at or after {@code floor}, or null. */
    Span backward(String text, int end, int floor) {
        int e = end;
        while (e > floor && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        int start = e;
        int i = e;
        while (i > floor) {
            // one word backwards, keeping brackets balanced
            int depth = 0;
            int j = i;
            while (j > floor) {
                char c = text.charAt(j - 1);
                if (c == ')' || c == ']' || c == '}') {
                    depth++;
                } else if (c == '(' || c == '[' || c == '{') {
                    if (depth == 0) {
                        break;
                    }
                    depth--;
                } else if (depth == 0 && Character.isWhitespace(c)) {
                    break;
                }
                j--;
            }
            if (j == i || depth > 0) {
                break;
            }
            String word = text.substring(j, i);
            String bare = strip(word);
            if (bare.isEmpty() || lexicon.is(Lexicon.WordClass.STOP, bare) || endsClause(word)
                    || isVerbOrAdverb(bare)) {
                break;
            }
            start = j;
            if (j > floor && "([{".indexOf(text.charAt(j - 1)) >= 0) {
                break;
            }
            while (j > floor && Character.isWhitespace(text.charAt(j - 1))) {
                j--;
            }
            i = j;
        }
        while (start < e) {
            int w = start;
            while (w < e && !Character.isWhitespace(text.charAt(w))) {
                w++;
            }
            if (w >= e || !lexicon.is(Lexicon.WordClass.MODIFIER, text.substring(start, w))) {
                break;
            }
            start = w + 1;
        }
        return start < e ? trim(text, start, e) : null;
    }

    /** The name starting at or after {@code start} and ending at or before {@code ceiling}, or null. */
    Span forward(String text, int start, int ceiling) {
        int s = start;
        int i = s;
        int end = s;
        boolean first = true;
        while (i < ceiling) {
            while (i < ceiling && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i >= ceiling || !first && "([{".indexOf(text.charAt(i)) >= 0 && !continuesAfterBracket(text, i, ceiling)) {
                break;
            }
            int depth = 0;
            int j = i;
            while (j < ceiling) {
                char c = text.charAt(j);
                if (c == '(' || c == '[' || c == '{') {
                    depth++;
                } else if (c == ')' || c == ']' || c == '}') {
                    if (depth == 0) {
                        break;
                    }
                    depth--;
                } else if (depth == 0 && Character.isWhitespace(c)) {
                    break;
                }
                j++;
            }
            String word = text.substring(i, j);
            String bare = strip(word);
            if (first && (lexicon.is(Lexicon.WordClass.MODIFIER, bare) || DETERMINERS.contains(bare))
                    && !endsClause(word)) {
                s = j;
                i = j;
                continue;
            }
            if (bare.isEmpty() || lexicon.is(Lexicon.WordClass.STOP, bare) || isVerbOrAdverb(bare)) {
                break;
            }
            first = false;
            end = j;
            if (endsClause(word) || j < ceiling && ")]}".indexOf(text.charAt(j)) >= 0) {
                break;
            }
            i = j;
        }
        while (s < end && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        return end > s ? trim(text, s, end) : null;
    }

    /** Whether the bracket opened at {@code i} closes right before more of the word: "(S)-11,12-...", "(2-x)carbamate". */
    private static boolean continuesAfterBracket(String text, int i, int ceiling) {
        int depth = 0;
        for (int j = i; j < ceiling; j++) {
            char c = text.charAt(j);
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
                if (depth == 0) {
                    return j + 1 < ceiling && !Character.isWhitespace(text.charAt(j + 1))
                            && ",;:.)".indexOf(text.charAt(j + 1)) < 0;
                }
            }
        }
        return false;
    }

    /** A word ending in ",", ";", ":" or a sentence period ends the name after it (backwards: before it). */
    private static boolean endsClause(String word) {
        char last = word.charAt(word.length() - 1);
        return last == ',' || last == ';' || last == ':' || last == '.' && !DIGIT_PERIOD.matcher(word).matches();
    }

    /** Past participles and adverbs ("added", "slowly") never belong to a name; "-ed"/"-ly" words that can are rare. */
    private static boolean isVerbOrAdverb(String w) {
        return w.length() > 4 && w.chars().allMatch(Character::isLetter)
                && (w.endsWith("ed") && !w.endsWith("eed") || w.endsWith("ly") && !w.endsWith("yly"));
    }

    private static String strip(String word) {
        int a = 0;
        int b = word.length();
        while (b > a && ",;:.".indexOf(word.charAt(b - 1)) >= 0) {
            b--;
        }
        return word.substring(a, b);
    }

    private Span trim(String text, int s, int e) {
        while (e > s && (",;:. ".indexOf(text.charAt(e - 1)) >= 0)) {
            e--;
        }
        // a name does not keep an unbalanced closing bracket at its end ("X)" of "(prepared from X)")
        if (e > s && text.charAt(e - 1) == ')' && balance(text, s, e) < 0) {
            e--;
        }
        return e > s ? Span.of(text, s, e) : null;
    }

    /** Opening minus closing round brackets in {@code text[s, e)}. */
    static int balance(String text, int s, int e) {
        int d = 0;
        for (int i = s; i < e; i++) {
            char c = text.charAt(i);
            d += c == '(' ? 1 : c == ')' ? -1 : 0;
        }
        return d;
    }
}
