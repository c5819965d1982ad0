package reflux.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one experimental paragraph: sentences, quantities, the chemical each amount belongs to ("NAME (5 g, 20
 * mmol)", "5 g (20 mmol) of NAME"), which of them are products (after "to give", before "was obtained", with a
 * yield), roles, conditions and actions. Rules only; every value keeps its offsets.
 *
 * <pre>{@code
 * Extraction x = ParagraphExtractor.standard().extract("To X (5 g) in THF (20 ml) ... to give Y (4 g, 80%).");
 * x.products().get(0).name().text(); // "Y"
 * }</pre>
 *
 * <p>Immutable and thread-safe. Never throws for any text (empty, garbage, megabytes): the worst is an empty result.
 */
public final class ParagraphExtractor {
    /** What closes a bracket or clause right after a quantity. */
    private static final Pattern CLOSES_AFTER = Pattern.compile("(?s)^\\s*[),;\\]].*");
    private static final Pattern PURITY_BEFORE = Pattern.compile("(?is).*\\b(?:purity|pure|ee|HPLC|assay)\\W*$");
    private static final Pattern OF_AFTER = Pattern.compile(
            "^[\\s)\\]]*(?:(?:(?:in\\s+)?yield|of\\s+(?:the\\s+)?theor\\w*(?:\\s+yield)?)[\\s)\\],]*)?(?:of|OF)\\s+");
    private static final Pattern DIRECT_AFTER = Pattern.compile("^\\s*[)\\]]?[ \\t]+(?=[\\p{L}(\\[\\d])");
    private static final Pattern YIELD_AFTER = Pattern.compile(
            "^\\s*\\)?\\s*(?:(?:in\\s+)?yield|of\\s+th|theor|of\\s+the\\s+th|overall|isolated)", Pattern.CASE_INSENSITIVE);
    private static final Pattern YIELD_BEFORE = Pattern.compile(
            "\\byield(?:ed|s|ing)?\\s*[:=,]?\\s*(?:of\\s*|was\\s*|is\\s*|amounted\\s+to\\s*)?"
            + "(?:about\\s*|approximately\\s*|approx\\.\\s*|ca\\.\\s*|~\\s*)?\\(?\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern OBTAINED_AFTER = Pattern.compile("^[^;]{0,90}?\\b(?:was|were|is|are)\\s+"
            + "(?:thus\\s+|then\\s+|finally\\s+|so\\s+|thereby\\s+|subsequently\\s+|eventually\\s+)?(?:obtained|isolated|collected|recovered|formed|"
            + "produced|afforded)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern BLOCKER = Pattern.compile("\\b(?:was|were|is|are|added|dissolved|treated|suspended|"
            + "stirred|heated|cooled|washed|with|in|from|then|using)\\b", Pattern.CASE_INSENSITIVE);
    /** What may stand between two amounts of one group (the text ends where the next amount starts). */
    private static final Pattern JOIN = Pattern.compile("[\\s,;:()\\[\\].]*(?:(?:or|i\\.e\\.|yield|yield\\s+of|"
            + "corresponding\\s+to)[\\s,;:()=]*)?");
    private static final Pattern IN_BEFORE = Pattern.compile("\\b(?:in|from)\\s+(?:(?:\\d+\\s?[x×]\\s?)?[\\d.,]+\\s?"
            + "(?:ml|mL|l|L|cc|liters?|litres?)\\.?\\s+(?:of\\s+)?)?(?:a\\s+|the\\s+|dry\\s+|anhydrous\\s+|absolute\\s+)*$",
            Pattern.CASE_INSENSITIVE);
    /** The longest bracketed aside after an amount that is skipped on the way to the name. */
    private static final int ASIDE = 40;
    /**
     * An aside of figures and a few small words: "0.0664 m", "representing 46% of theory", "90 percent in yield",
     * "approx. 2 moles", and a
     * melting range with the yield ("mp 116°-117° C., 5% yield").
     */
    private static final String ASIDE_ITEM = "(?:[a-z]+\\.?\\s+){0,2}~?\\.?\\d[\\d.,]*°?(?:\\s*[-\u2013]\\s*\\d[\\d.,]*°?)?"
            + "\\s*(?:%|[a-z\u00b5]{1,9}\\.?)?"
            + "(?:\\s*(?:of\\s+|in\\s+)?(?:the\\s+)?(?:theory|theoretical(?:\\s+yield)?|th\\.|yield))?";
    private static final Pattern ASIDE_TEXT = Pattern.compile("(?i)\\s*" + ASIDE_ITEM + "(?:\\s*[,;]\\s*" + ASIDE_ITEM
            + ")*\\s*");
    /** How far around an amount the extractor looks for its name and cues (bounds the work on run-on text). */
    static final int WINDOW = 400;
    private static final Pattern ATMOSPHERE = Pattern.compile("\\bunder\\s+(?:an?\\s+)?(?:(?:inert|dry)\\s+)?"
            + "(?:atmosphere\\s+of\\s+)?(nitrogen|argon|helium|N2|Ar)\\b", Pattern.CASE_INSENSITIVE);
    /** "the compound from Example 3", "the product of Step B": another example's compound, a starting material. */
    private static final Pattern REFERENCE_AFTER = Pattern.compile("^\\s*(?:from|of|prepared|obtained|described|"
            + "according|in\\s+(?:Example|Step))\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ABBREVIATION_IN_BRACKET = Pattern.compile("[\\p{L}][\\p{L}\\d\\-]{0,20},\\s*");
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}\\-]*");

    private final Lexicon lexicon;
    private final QuantityScanner scanner;
    private final Sentences sentences;
    private final NameBounds bounds;
    private final Workups workups;
    private final TemperatureWords temperatureWords;

    /** An extractor over the given knowledge. */
    public ParagraphExtractor(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.scanner = new QuantityScanner(lexicon);
        this.sentences = new Sentences(lexicon);
        this.bounds = new NameBounds(lexicon);
        this.workups = Workups.standard();
        this.temperatureWords = new TemperatureWords(lexicon);
    }

    /** An extractor over the shipped tables. */
    public static ParagraphExtractor standard() {
        return new ParagraphExtractor(Lexicon.standard());
    }

    /** The knowledge this extractor reads with. */
    public Lexicon lexicon() {
        return lexicon;
    }

    /** The work-up words this extractor knows. */
    public Workups workups() {
        return workups;
    }

    /** Everything this extractor reads from {@code text} (null reads as empty). */
    public Extraction extract(String text) {
        String t = text == null ? "" : text;
        List<Span> sents = sentences.split(t);
        List<Quantity> qs = scanner.scan(t);
        List<Span> actions = workups.find(t);
        int firstWorkup = actions.stream().filter(a -> !workups.isStep(a.text())).mapToInt(Span::start).min()
                .orElse(Integer.MAX_VALUE);
        List<Mention> inputs = new ArrayList<>();
        List<Mention> rawProducts = new ArrayList<>();
        for (List<Quantity> g : groups(t, qs, sents)) {
            read(t, g, sentenceOf(sents, g.get(0).span().start(), t), firstWorkup, inputs, rawProducts);
        }
        List<Quantity> temps = new ArrayList<>();
        List<Quantity> times = new ArrayList<>();
        List<Quantity> phs = new ArrayList<>();
        for (Quantity q : qs) {
            switch (q.kind()) {
                case TEMPERATURE -> temps.add(q);
                case TIME -> times.add(q);
                case PH -> phs.add(q);
                default -> { }
            }
        }
        List<Span> atm = new ArrayList<>();
        Matcher a = ATMOSPHERE.matcher(t);
        while (a.find()) {
            atm.add(Span.of(t, a.start(1), a.end(1)));
        }
        return new Extraction(t, sents, inputs, Products.merge(rawProducts, lexicon, t, sents), temps,
                temperatureWords.find(t, temps), times, phs, actions, atm);
    }

    /** Runs of amount quantities printed together ("5 g, 20 mmol", "(23.2 g., 0.116 mole)"), within a sentence. */
    private static List<List<Quantity>> groups(String t, List<Quantity> qs, List<Span> sents) {
        List<List<Quantity>> out = new ArrayList<>();
        List<Quantity> cur = new ArrayList<>();
        for (Quantity q : qs) {
            if (!q.kind().isAmount()) {
                flush(out, cur);
                continue;
            }
            if (!cur.isEmpty()) {
                Quantity last = cur.get(cur.size() - 1);
                String between = t.substring(last.span().end(), q.span().start());
                // "(13 g), 27.8 g of X": a closed bracket ends the group unless another opens ("5 g (20 mmol)")
                boolean closed = between.lastIndexOf(')') > between.lastIndexOf('(');
                boolean joined = !closed && JOIN.matcher(between).matches()
                        && sentenceOf(sents, last.span().start(), t).equals(sentenceOf(sents, q.span().start(), t));
                if (!joined) {
                    flush(out, cur);
                }
            }
            cur.add(q);
        }
        flush(out, cur);
        return out;
    }

    private static void flush(List<List<Quantity>> out, List<Quantity> cur) {
        if (!cur.isEmpty()) {
            out.add(List.copyOf(cur));
            cur.clear();
        }
    }

    private void read(String t, List<Quantity> g, Span whole, int firstWorkup, List<Mention> inputs,
            List<Mention> products) {
        int gs = g.get(0).span().start();
        int ge = g.get(g.size() - 1).span().end();
        Span sent = Span.of(t, Math.max(whole.start(), gs - WINDOW), Math.min(whole.end(), ge + WINDOW));
        int open = gs;
        while (open > sent.start() && Character.isWhitespace(t.charAt(open - 1))) {
            open--;
        }
        boolean paren = open > sent.start() && (t.charAt(open - 1) == '(' || t.charAt(open - 1) == '[');
        if (!paren) {
            // "(DCC, 13.6 g, 66 mmol)": an abbreviation before the amounts inside the bracket
            int b = t.lastIndexOf('(', open - 1);
            if (b > sent.start() && open - b <= 30 && ABBREVIATION_IN_BRACKET.matcher(t.substring(b + 1, open))
                    .matches()) {
                paren = true;
                open = b + 1;
            }
        }
        Span name = null;
        if (paren) {
            name = bounds.backward(t, open - 1, sent.start());
        }
        boolean ofName = false;
        if (name == null) {
            // "19.23 g (0.0664 m) of X", "10 g (representing 46% of theory) of X": the aside is not the name
            int from = ge + asideLength(t, ge, sent.end());
            Matcher of = OF_AFTER.matcher(t.substring(from, sent.end()));
            if (of.find()) {
                name = bounds.forward(t, from + of.end(), sent.end());
                ofName = name != null;
            } else {
                Matcher d = DIRECT_AFTER.matcher(t.substring(from, sent.end()));
                if (!paren && d.find() && t.charAt(ge) != '.') {
                    name = bounds.forward(t, from + d.end(), sent.end());
                }
            }
        }
        int after = name != null && name.start() >= ge ? name.end() : ge;
        boolean context = isProductNoun(name) && !REFERENCE_AFTER.matcher(t.substring(name.end(),
                Math.min(t.length(), name.end() + 40))).find() || inProductClause(t, sent, gs, name)
                || OBTAINED_AFTER.matcher(t.substring(after, sent.end())).find()
                || YIELD_BEFORE.matcher(t.substring(Math.max(sent.start(), gs - 30), paren ? open - 1 : gs)).find();
        List<Quantity> kept = new ArrayList<>();
        List<Quantity> yields = new ArrayList<>();
        boolean amount = false;
        for (Quantity q : g) {
            if (q.kind() == QuantityKind.PERCENT) {
                // "gives 53% of X": in a product clause, a percentage of the named product is its yield
                boolean ofProduct = ofName && context && g.size() == 1 && !paren;
                if (isYield(t, q, sent, paren, g) || ofProduct
                        || context && closes(t, q, sent) && (paren || g.indexOf(q) > 0)) {
                    yields.add(q);
                } else if (!paren || name != null) {
                    kept.add(q);
                }
            } else {
                amount |= q.kind() != QuantityKind.CONCENTRATION;
                kept.add(q);
            }
        }
        if (context || !yields.isEmpty()) {
            List<Quantity> pq = new ArrayList<>(kept.stream().filter(q -> q.kind() != QuantityKind.PERCENT).toList());
            pq.addAll(yields);
            pq.sort(java.util.Comparator.comparingInt(q -> q.span().start()));
            products.add(new Mention(name, MentionRole.REACTION_PRODUCT, pq));
        } else if (amount && name != null) {
            inputs.add(new Mention(name, role(t, name, sent, firstWorkup), kept));
        }
    }

    /**
     * The length of a bracketed aside right after the amounts that holds a figure and no name ("(0.0664 m)", "
     * (representing 46% of theory)", "(approximately 2 moles)"), or 0. An aside with a comma-separated word before
     * its figure ("(DCC, 13.6 g)") or longer than {@link #ASIDE} is not one.
     */
    private static int asideLength(String t, int ge, int limit) {
        int i = ge;
        while (i < limit && (t.charAt(i) == ' ' || t.charAt(i) == '\t')) {
            i++;
        }
        if (i >= limit || t.charAt(i) != '(') {
            return 0;
        }
        int close = t.indexOf(')', i);
        if (close < 0 || close >= limit || close - i > ASIDE) {
            return 0;
        }
        String inside = t.substring(i + 1, close);
        return ASIDE_TEXT.matcher(inside).matches() ? close + 1 - ge : 0;
    }

    /** A percentage that closes its bracket or clause ("(4 g, 80%)", "(51%)"), not "(50% aqueous, 10 ml)". */
    private static boolean closes(String t, Quantity q, Span sent) {
        String after = t.substring(q.span().end(), sent.end());
        String before = t.substring(Math.max(sent.start(), q.span().start() - 12), q.span().start());
        return CLOSES_AFTER.matcher(after).matches() && !PURITY_BEFORE.matcher(before).matches();
    }

    private boolean isYield(String t, Quantity q, Span sent, boolean paren, List<Quantity> g) {
        String after = t.substring(q.span().end(), sent.end());
        if (YIELD_AFTER.matcher(after).find()) {
            return true;
        }
        if (YIELD_BEFORE.matcher(t.substring(Math.max(sent.start(), q.span().start() - 30), q.span().start()))
                .find()) {
            return true;
        }
        boolean withMass = g.stream().anyMatch(x -> x.kind() == QuantityKind.MASS || x.kind() == QuantityKind.MOLES);
        boolean closes = CLOSES_AFTER.matcher(after).matches();
        return paren && withMass && closes && g.indexOf(q) > 0;
    }

    private boolean isProductNoun(Span name) {
        if (name == null) {
            return false;
        }
        String n = Products.withoutArticle(name.text());
        return lexicon.is(Lexicon.WordClass.PRODUCT_NOUN, n);
    }

    /** After a product cue ("to give", "afforded") of the same sentence with no other verb or preposition between. */
    private boolean inProductClause(String t, Span sent, int gs, Span name) {
        int from = name != null && name.start() < gs ? name.start() : gs;
        String before = t.substring(sent.start(), from);
        Matcher w = WORD.matcher(before);
        int cueEnd = -1;
        while (w.find()) {
            if (lexicon.is(Lexicon.WordClass.PRODUCT_CUE, w.group())) {
                cueEnd = w.end();
            }
        }
        return cueEnd >= 0 && !BLOCKER.matcher(before.substring(cueEnd)).find();
    }

    private MentionRole role(String t, Span name, Span sent, int firstWorkup) {
        if (name.start() > firstWorkup) {
            return MentionRole.OTHER_COMPOUND;
        }
        if (IN_BEFORE.matcher(t.substring(sent.start(), name.start())).find()) {
            return MentionRole.SOLVENT;
        }
        return MentionRole.STARTING_MATERIAL;
    }

    /** The sentence holding {@code offset} (binary search), or the whole text when it falls between sentences. */
    static Span sentenceOf(List<Span> sents, int offset, String t) {
        int lo = 0;
        int hi = sents.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Span s = sents.get(mid);
            if (offset < s.start()) {
                hi = mid - 1;
            } else if (offset >= s.end()) {
                lo = mid + 1;
            } else {
                return s;
            }
        }
        return Span.of(t, Math.max(0, offset - WINDOW), Math.min(t.length(), offset + WINDOW));
    }
}
