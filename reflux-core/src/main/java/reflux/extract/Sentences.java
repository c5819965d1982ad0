package reflux.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into sentences at a period, "!" or "?" followed by white space and an upper-case letter, a digit or an
 * opening bracket, unless the word before the period is an abbreviation of {@code lexicon.tsv} ("ca.", "m.p.") or the
 * period sits inside brackets. Immutable and thread-safe.
 */
final class Sentences {
    private final Lexicon lexicon;

    Sentences(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The sentences of {@code text}, trimmed, in order. */
    List<Span> split(String text) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        int depth = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if ((c == ')' || c == ']') && depth > 0) {
                depth--;
            } else if ((c == '.' || c == '!' || c == '?' || c == '\n') && depth == 0 && endsSentence(text, i)) {
                add(out, text, start, i + 1);
                start = i + 1;
            }
        }
        add(out, text, start, n);
        return List.copyOf(out);
    }

    private boolean endsSentence(String text, int i) {
        if (text.charAt(i) == '\n') {
            return true;
        }
        int j = i + 1;
        if (j >= text.length()) {
            return true;
        }
        if (!Character.isWhitespace(text.charAt(j))) {
            return false;
        }
        while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
            j++;
        }
        if (j >= text.length()) {
            return true;
        }
        char next = text.charAt(j);
        if (!(Character.isUpperCase(next) || Character.isDigit(next) || next == '(' || next == '[')) {
            return false;
        }
        if (text.charAt(i) != '.') {
            return true;
        }
        int k = i;
        while (k > 0 && !Character.isWhitespace(text.charAt(k - 1)) && text.charAt(k - 1) != '(') {
            k--;
        }
        String word = text.substring(k, i);
        // "5 g. Then" ends a sentence, "5 g. of" does not (the lower-case test above); a bare abbreviation stays
        return word.isEmpty() || !lexicon.is(Lexicon.WordClass.ABBREVIATION, word)
                || Character.isUpperCase(next) && isUnitLike(word);
    }

    private static boolean isUnitLike(String w) {
        return w.equals("g") || w.equals("gm") || w.equals("gms") || w.equals("kg") || w.equals("cc")
                || w.equals("ml") || w.equals("mg") || w.equals("mmol") || w.equals("mol")
                || w.equals("hr") || w.equals("hrs") || w.equals("min") || w.equals("mins");
    }

    private static void add(List<Span> out, String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(Span.of(text, start, end));
        }
    }
}
