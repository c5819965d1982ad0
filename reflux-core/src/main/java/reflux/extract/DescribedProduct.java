package reflux.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ORD name of a product the text describes instead of naming ("111.7 g of an orange liquid", "a light yellow
 * solid"): when a product's name is a bare physical-form noun ({@link Lexicon.WordClass#FORM_NOUN}), the colour and
 * form words printed right before it ({@link Lexicon.WordClass#MODIFIER}, also hyphenated pairs such as
 * "red-orange") are part of the name, as the ORD USPTO import writes it; but a form that only describes a product
 * phrase before it ("the title compound as a viscous oil (37.7 g)") leaves the name to that phrase ("title compound",
 * the import's name in 128 of the 180 such dev paragraphs, the form in 1). Any other name is kept as it is. Stateless.
 */
final class DescribedProduct {

    /** A bare compound number ("15", "3a", "II") right after the word that makes it a label ("Example 15"). */
    private static final Pattern LABEL = Pattern.compile("(?i)\\b(?:example|compound|formula|intermediate)\\s+$");
    private static final Pattern NUMBER = Pattern.compile("\\d+[a-z]?|[IVX]+");
    /** "as a " / "as an " / "as " right before a form description ("as a glass", "as colourless needles"). */
    private static final Pattern AS_A = Pattern.compile("(?i)\\bas\\s+(?:an?\\s+)?$");

    /** "crystallised from ethanol as needles": the name after such a word is a medium, not the product. */
    private static final Pattern MEDIUM_BEFORE = Pattern.compile("(?i)\\b(?:from|in|with|using|by)\\s+(?:the\\s+)?$");
    private static final Pattern LETTERS = Pattern.compile("\\p{L}[\\p{L}\\-]*");

    private DescribedProduct() {
    }

    /**
     * {@code name} widened over the modifier words before it in {@code text} when it is a bare form noun, or over the
     * label word before a bare compound number ("the title compound as Example 15 (5.0 g)" names "Example 15").
     */
    static Span name(String text, Span name, Lexicon lexicon) {
        if (text == null || name.end() > text.length() || !text.startsWith(name.text(), name.start())) {
            return name;
        }
        if (NUMBER.matcher(name.text()).matches()) {
            Matcher m = LABEL.matcher(text.substring(Math.max(0, name.start() - 20), name.start()));
            return m.find() ? Span.of(text, name.start() - (m.end() - m.start()), name.end()) : name;
        }
        int start = formStart(text, name, lexicon);
        if (start < 0) {
            return name;
        }
        Span described = start == name.start() ? name : Span.of(text, start, name.end());
        Span phrase = describedPhrase(text, start, lexicon);
        return phrase != null ? phrase : described;
    }

    /**
     * Where the form description ending with {@code name} starts, when {@code name} is a bare form noun: before the
     * colour and form words printed right before it ("pale yellow crystalline solid"); -1 for any other name.
     */
    private static int formStart(String text, Span name, Lexicon lexicon) {
        if (!lexicon.is(Lexicon.WordClass.FORM_NOUN, name.text().strip())) {
            return -1;
        }
        int start = name.start();
        while (true) {
            int wordEnd = start;
            while (wordEnd > 0 && text.charAt(wordEnd - 1) == ' ') {
                wordEnd--;
            }
            if (wordEnd == start || wordEnd == 0) {
                break;
            }
            int wordStart = wordEnd;
            while (wordStart > 0 && (Character.isLetter(text.charAt(wordStart - 1))
                    || text.charAt(wordStart - 1) == '-')) {
                wordStart--;
            }
            if (wordStart == wordEnd || !isModifier(text.substring(wordStart, wordEnd), lexicon)) {
                break;
            }
            start = wordStart;
        }
        return start;
    }

    /** Where "as a" / "as an" / "as" printed right before {@code formStart} begins, or -1. */
    private static int asBefore(String text, int formStart) {
        int from = Math.max(0, formStart - 12);
        Matcher as = AS_A.matcher(text.substring(from, formStart));
        return as.find() ? from + as.start() : -1;
    }

    /** The product phrase ("title compound") that "as a FORM" at {@code formStart} describes, or null. */
    private static Span describedPhrase(String text, int formStart, Lexicon lexicon) {
        int end = asBefore(text, formStart);
        if (end < 0) {
            return null;
        }
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        Span best = null;
        for (String phrase : lexicon.entries(Lexicon.WordClass.PRODUCT_NOUN)) {
            int s = end - phrase.length();
            if (s >= 0 && text.regionMatches(true, s, phrase, 0, phrase.length())
                    && (s == 0 || !Character.isLetter(text.charAt(s - 1)) && text.charAt(s - 1) != '-')
                    && (best == null || phrase.length() > best.text().length())) {
                best = Span.of(text, s, end);
            }
        }
        return best;
    }

    /**
     * The compound a form description describes: "gave 2-[...]dione as a pale oil (0.43 g)" — the amount printed
     * after the form is that of the compound named right before "as (a)", when that name holds a chemical word. A
     * product phrase there ("the title compound as a viscous oil") is left to {@link #name}; a solvent, a bracketed
     * aside, another form or the object of "from"/"in"/"with" ("crystallised from ether as needles (3 g)") is not the
     * compound described. Null when {@code form} describes no such compound (it names the product itself: "12 g of a
     * yellow solid"). {@code floor}: where the sentence starts.
     */
    static Span compound(String text, Span form, int floor, Lexicon lexicon, NameBounds bounds, ChemicalWords words) {
        if (text == null || form.end() > text.length() || !text.startsWith(form.text(), form.start())) {
            return null;
        }
        int fs = formStart(text, form, lexicon);
        int as = fs < 0 ? -1 : asBefore(text, fs);
        if (as <= floor) {
            return null;
        }
        Span named = bounds.backward(text, as, floor);
        if (named == null) {
            return null;
        }
        String n = Products.withoutArticle(named.text());
        if (lexicon.is(Lexicon.WordClass.PRODUCT_NOUN, n) || words.isSolvent(n) || n.startsWith("(")
                || formStart(text, named, lexicon) >= 0
                || MEDIUM_BEFORE.matcher(text.substring(Math.max(floor, named.start() - 12), named.start())).find()) {
            return null;
        }
        for (String word : n.split("\\s+")) {
            if (words.isChemical(word)) {
                return named;
            }
            Matcher w = LETTERS.matcher(word);
            while (w.find()) {
                if (words.isChemical(w.group())) {
                    return named;
                }
            }
        }
        return null;
    }

    private static boolean isModifier(String word, Lexicon lexicon) {
        if (lexicon.is(Lexicon.WordClass.MODIFIER, word)) {
            return true;
        }
        String[] parts = word.split("-", -1);
        if (parts.length < 2) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty() || !lexicon.is(Lexicon.WordClass.MODIFIER, part)) {
                return false;
            }
        }
        return true;
    }
}
