package reflux.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds every chemical mention of a text — runs of chemical words ({@link ChemicalWords}) and product phrases ("the
 * title compound") — and gives each its ChEMU 2020 role from its context: the product of {@link Extraction}, a
 * work-up material or anything after the first work-up word (OTHER_COMPOUND), a known reagent (REAGENT_CATALYST),
 * what something is dissolved "in" (SOLVENT), else a starting material. Immutable and thread-safe.
 */
final class CompoundTagger {
    /** "... was obtained" right after a product phrase (whole rest of the window). */
    private static final Pattern OBTAINED_AFTER = Pattern.compile("(?s)^[^,;]{0,40}?\\b(?:was|were|is)\\s+"
            + "(?:\\w+\\s+)?(?:obtained|isolated|collected).*");
    private static final Pattern IN_BEFORE = Pattern.compile("(?i)\\b(?:in|into|with)\\s+(?:[\\d.,]+\\s*(?:ml|mL|l|L|"
            + "cc|liters?|litres?)\\.?\\s+(?:of\\s+)?)?(?:a\\s+|the\\s+|dry\\s+|anhydrous\\s+|absolute\\s+|fresh\\s+)*$");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private final Lexicon lexicon;
    private final ChemicalWords words;
    private final List<Pattern> productPhrases;
    /** Each phrase of {@link #productPhrases} in ASCII lower case: a text without it cannot match its pattern. */
    private final List<String> productPhraseKeys;

    CompoundTagger(Lexicon lexicon, ChemicalWords words) {
        this.lexicon = lexicon;
        this.words = words;
        List<String> phrases = new ArrayList<>(lexicon.entries(Lexicon.WordClass.PRODUCT_NOUN));
        phrases.sort((a, b) -> b.length() != a.length() ? b.length() - a.length() : a.compareTo(b));
        this.productPhrases = phrases.stream()
                .map(ph -> Pattern.compile("(?i)(?<![\\p{L}-])" + Pattern.quote(ph) + "(?![\\p{L}-])")).toList();
        this.productPhraseKeys = phrases.stream().map(CompoundTagger::asciiLower).toList();
    }

    /**
     * {@code s} with A-Z lowered and every other character kept: the case folding of a {@code (?i)} pattern without
     * {@code UNICODE_CASE}, so that a text whose folded form lacks a phrase's folded form cannot match the phrase.
     */
    static String asciiLower(String s) {
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) {
            if (c[i] >= 'A' && c[i] <= 'Z') {
                c[i] = (char) (c[i] + ('a' - 'A'));
            }
        }
        return new String(c);
    }

    /** The compound mentions of {@code x}'s text with their roles, in order, none overlapping. */
    List<Mention> tag(Extraction x, int headingEnd) {
        return tag(x, headingEnd, words.onceEach());
    }

    /**
     * As {@link #tag(Extraction, int)}, with {@code isChemical} answering {@link ChemicalWords#isChemical} (a caller
     * that asks about the same words keeps the answers once per text).
     */
    List<Mention> tag(Extraction x, int headingEnd, Predicate<String> isChemical) {
        String t = x.text();
        int firstWorkup = x.actions().stream().filter(a -> isWorkupWord(a.text())).mapToInt(Span::start).min()
                .orElse(Integer.MAX_VALUE);
        List<Mention> out = new ArrayList<>();
        for (Span run : runs(t, isChemical)) {
            out.add(new Mention(run, role(x, run, firstWorkup, headingEnd), List.of()));
        }
        String folded = asciiLower(t);
        for (int k = 0; k < productPhrases.size(); k++) {
            if (!folded.contains(productPhraseKeys.get(k))) {
                continue;
            }
            Matcher m = productPhrases.get(k).matcher(t);
            while (m.find()) {
                Span s = Span.of(t, m.start(), m.end());
                if (out.stream().noneMatch(o -> overlaps(o.name(), s)) && isProductPhrase(x, s)) {
                    out.add(new Mention(s, MentionRole.REACTION_PRODUCT, List.of()));
                }
            }
        }
        out.sort((a, b) -> a.name().start() - b.name().start());
        return out;
    }

    private static final Pattern PREPARATION_OF = Pattern.compile("(?:^|\\b)(?:Preparation|Synthesis|Production|"
            + "preparation|synthesis)\\s+of\\s+(?:the\\s+)?(?:[Cc]ompound\\s+\\S+\\s*,?\\s*)?$");
    private static final Pattern BLOCKER = Pattern.compile("\\b(?:was|were|is|are|added|dissolved|treated|with|in|"
            + "from|then|using|and|by|on|over)\\b|[,;]", Pattern.CASE_INSENSITIVE);

    /** After a product cue ("to afford", "gave") of the sentence with no verb, preposition or comma between. */
    private boolean afterProductCue(String before) {
        Matcher w = WORD.matcher(before);
        int cueEnd = -1;
        while (w.find()) {
            if (lexicon.is(Lexicon.WordClass.PRODUCT_CUE, w.group()) && !w.group().equalsIgnoreCase("yield")) {
                cueEnd = w.end();
            }
        }
        return cueEnd >= 0 && !BLOCKER.matcher(before.substring(cueEnd)).find();
    }

    private boolean isWorkupWord(String w) {
        return lexicon.is(Lexicon.WordClass.WORKUP_CUE, w);
    }

    private boolean isProductPhrase(Extraction x, Span s) {
        if (x.products().stream().anyMatch(p -> p.name() != null && overlaps(p.name(), s))) {
            return true;
        }
        Span sent = ParagraphExtractor.sentenceOf(x.sentences(), s.start(), x.text());
        String before = x.text().substring(Math.max(sent.start(), s.start() - ParagraphExtractor.WINDOW), s.start());
        Matcher w = WORD.matcher(before);
        while (w.find()) {
            if (lexicon.is(Lexicon.WordClass.PRODUCT_CUE, w.group())) {
                return true;
            }
        }
        return OBTAINED_AFTER.matcher(x.text().substring(s.end(), Math.min(sent.end(), s.end() + 200))).matches();
    }

    private MentionRole role(Extraction x, Span run, int firstWorkup, int headingEnd) {
        if (run.end() <= headingEnd) {
            return MentionRole.REACTION_PRODUCT;
        }
        for (Mention p : x.products()) {
            if (p.name() != null && overlaps(p.name(), run)) {
                return MentionRole.REACTION_PRODUCT;
            }
        }
        String name = run.text();
        Span sent0 = ParagraphExtractor.sentenceOf(x.sentences(), run.start(), x.text());
        String before0 = x.text().substring(Math.max(sent0.start(), run.start() - 120), run.start());
        if (PREPARATION_OF.matcher(before0).find() || afterProductCue(x.text().substring(Math.max(sent0.start(), run.start() - ParagraphExtractor.WINDOW), run.start()))) {
            return MentionRole.REACTION_PRODUCT;
        }
        if (words.isWorkupMaterial(name) || run.start() > firstWorkup) {
            return MentionRole.OTHER_COMPOUND;
        }
        Span sent = ParagraphExtractor.sentenceOf(x.sentences(), run.start(), x.text());
        String before = x.text().substring(Math.max(sent.start(), run.start() - 60), run.start());
        boolean solvent = words.isSolvent(name);
        if (solvent && IN_BEFORE.matcher(before).find()) {
            return MentionRole.SOLVENT;
        }
        if (words.isReagent(name)) {
            return MentionRole.REAGENT_CATALYST;
        }
        if (solvent && hasOnlyVolume(x, run)) {
            return MentionRole.SOLVENT;
        }
        return MentionRole.STARTING_MATERIAL;
    }

    private static boolean hasOnlyVolume(Extraction x, Span run) {
        for (Mention m : x.inputs()) {
            if (overlaps(m.name(), run)) {
                return m.quantities().stream().allMatch(q -> q.kind() == QuantityKind.VOLUME);
            }
        }
        return false;
    }

    /** Runs of chemical words: bracket-balanced words, no comma, semicolon or colon between two of them. */
    private List<Span> runs(String t, Predicate<String> isChemical) {
        List<Span> out = new ArrayList<>();
        int i = 0;
        int n = t.length();
        int runStart = -1;
        int runEnd = -1;
        while (i < n) {
            while (i < n && Character.isWhitespace(t.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            if ("([{".indexOf(t.charAt(i)) >= 0 && bracketSpansSpace(t, i)) {
                // "(11 mg, 21% yield)": a bracket opened before a word is punctuation, not part of a name
                if (runStart >= 0) {
                    add(out, t, runStart, runEnd);
                    runStart = -1;
                }
                i++;
                continue;
            }
            int j = i;
            int depth = 0;
            while (j < n && (depth > 0 || !Character.isWhitespace(t.charAt(j)))) {
                char c = t.charAt(j);
                if (c == '(' || c == '[' || c == '{') {
                    depth++;
                } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
                    depth--;
                }
                j++;
                if (depth > 0 && j - i > 300) {
                    break;
                }
            }
            int cs = i;
            int ce = j;
            // whole-word brackets "(DMF)" and unbalanced edges "(5" / "X)," are not part of a name
            if (ce - cs >= 2 && t.charAt(cs) == '(' && t.charAt(ce - 1) == ')' && closing(t, cs) == ce - 1) {
                cs++;
                ce--;
            }
            boolean brokeBefore = cs != i;
            int trailing = ce;
            while (ce > cs && ",;:.".indexOf(t.charAt(ce - 1)) >= 0) {
                ce--;
            }
            if (ce > cs && t.charAt(ce - 1) == ')' && balance(t, cs, ce) < 0) {
                ce--;
            }
            if (ce > cs && t.charAt(cs) == '(' && balance(t, cs, ce) > 0) {
                cs++;
                brokeBefore = true;
            }
            boolean brokeAfter = ce != trailing || cs != i && ce < j;
            String core = t.substring(cs, ce);
            boolean chem = !core.isEmpty() && isChemical.test(core) && !isSentenceStartVerb(core);
            if (chem && runStart >= 0 && !brokeBefore) {
                runEnd = ce;
            } else {
                if (runStart >= 0) {
                    add(out, t, runStart, runEnd);
                }
                runStart = chem ? cs : -1;
                runEnd = ce;
            }
            if (brokeAfter && runStart >= 0) {
                add(out, t, runStart, runEnd);
                runStart = -1;
            }
            i = j;
        }
        if (runStart >= 0) {
            add(out, t, runStart, runEnd);
        }
        return out;
    }

    /** Whether the bracket opened at {@code i} closes only after white space (or never). */
    private static boolean bracketSpansSpace(String t, int i) {
        int depth = 0;
        for (int j = i; j < t.length() && j < i + 400; j++) {
            char c = t.charAt(j);
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                if (--depth == 0) {
                    return false;
                }
            } else if (Character.isWhitespace(c)) {
                return true;
            }
        }
        return true;
    }

    private boolean isSentenceStartVerb(String w) {
        return lexicon.is(Lexicon.WordClass.STOP, w) || lexicon.is(Lexicon.WordClass.WORKUP_CUE, w);
    }

    private static void add(List<Span> out, String t, int s, int e) {
        if (e > s) {
            String text = t.substring(s, e);
            String low = text.toLowerCase(Locale.ROOT);
            if (!(low.equals("acid") || low.equals("salt") || low.equals("ester") || low.equals("amine"))) {
                out.add(Span.of(t, s, e));
            }
        }
    }

    /** The offset of the bracket closing the one opened at {@code open}, or -1. */
    private static int closing(String t, int open) {
        int d = 0;
        for (int i = open; i < t.length(); i++) {
            char c = t.charAt(i);
            d += c == '(' || c == '[' ? 1 : c == ')' || c == ']' ? -1 : 0;
            if (d == 0) {
                return i;
            }
        }
        return -1;
    }

    private static int balance(String text, int s, int e) {
        int d = 0;
        for (int i = s; i < e; i++) {
            char c = text.charAt(i);
            d += c == '(' || c == '[' ? 1 : c == ')' || c == ']' ? -1 : 0;
        }
        return d;
    }

    static boolean overlaps(Span a, Span b) {
        return a != null && b != null && a.start() < b.end() && b.start() < a.end();
    }
}
