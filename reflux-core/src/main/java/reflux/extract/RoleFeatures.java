package reflux.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The observations the mention tagger ({@link RoleModel}) weighs for each token: the token, its neighbours, the
 * white-space word it sits in (and whether the chemical vocabulary knows that word as a chemical, reagent, solvent or
 * work-up material), the words before and after that word, the sentence's place in the snippet, whether a work-up
 * word or a product cue came before, a yield after, and the role the rules ({@link CompoundTagger},
 * {@link ParagraphExtractor}) gave the stretch. Previous-tag features are added by the decoder. Thread-safe.
 */
final class RoleFeatures {
    private final Lexicon lexicon;
    private final ChemicalWords words;
    private final CompoundTagger rules;
    /** False: every token writes its word's block itself (the reference {@link FeatureSink#replayBlock} must equal). */
    private final boolean blocks;

    RoleFeatures(Lexicon lexicon, ChemicalWords words, CompoundTagger rules) {
        this(lexicon, words, rules, true);
    }

    RoleFeatures(Lexicon lexicon, ChemicalWords words, CompoundTagger rules, boolean blocks) {
        this.lexicon = lexicon;
        this.words = words;
        this.rules = rules;
        this.blocks = blocks;
    }

    /** The features of every token of {@code x.text()} ({@code tokens} as {@link Tokens#split}), as strings. */
    List<String[]> of(Extraction x, int[] tokens, int headingEnd) {
        StringFeatures f = new StringFeatures();
        of(x, tokens, low(x.text(), tokens), headingEnd, f);
        return f.features();
    }

    /** The lower-cased text of each token. */
    static String[] low(String t, int[] tokens) {
        String[] low = new String[tokens.length / 2];
        for (int i = 0; i < low.length; i++) {
            low[i] = t.substring(tokens[2 * i], tokens[2 * i + 1]).toLowerCase(Locale.ROOT);
        }
        return low;
    }

    /**
     * Writes the features of every token of {@code x.text()} to {@code f}, one {@link FeatureSink#token} each
     * ({@code tokens} as {@link Tokens#split}, {@code low} their lower-cased text as {@link #low}).
     */
    void of(Extraction x, int[] tokens, String[] low, int headingEnd, FeatureSink f) {
        String t = x.text();
        int n = tokens.length / 2;
        // white-space words ("chunks") and the token range each covers
        int[] chunkOf = new int[n];
        List<int[]> chunks = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (i > 0 && tokens[2 * i] == tokens[2 * i - 1]) {
                chunkOf[i] = chunks.size() - 1;
                chunks.get(chunks.size() - 1)[1] = tokens[2 * i + 1];
            } else {
                chunks.add(new int[] {tokens[2 * i], tokens[2 * i + 1]});
                chunkOf[i] = chunks.size() - 1;
            }
        }
        int nc0 = chunks.size();
        String[] chunkCore = new String[nc0];
        String[] chunkLow = new String[nc0];
        boolean[] chunkChem = new boolean[nc0];
        List<List<String>> chunkClass = new ArrayList<>(nc0);
        // a word seen before in the text is looked up in the vocabulary once (the answers depend on the word alone)
        Map<String, Integer> firstWithCore = new HashMap<>();
        Predicate<String> isChemical = words.onceEach();
        for (int c = 0; c < nc0; c++) {
            chunkCore[c] = core(t.substring(chunks.get(c)[0], chunks.get(c)[1]));
            chunkLow[c] = chunkCore[c].toLowerCase(Locale.ROOT);
            Integer same = firstWithCore.putIfAbsent(chunkCore[c], c);
            if (same != null) {
                chunkChem[c] = chunkChem[same];
                chunkClass.add(chunkClass.get(same));
                continue;
            }
            chunkChem[c] = isChemical.test(chunkCore[c]);
            List<String> classes = new ArrayList<>(1);
            if (words.isReagent(chunkCore[c])) {
                classes.add("creag");
            }
            if (words.isWorkupMaterial(chunkCore[c])) {
                classes.add("cwork");
            }
            if (words.isSolvent(chunkCore[c])) {
                classes.add("csolv");
            }
            chunkClass.add(classes);
        }
        String[] ruleTag = new String[n];
        for (Mention m : rules.tag(x, headingEnd, isChemical)) {
            mark(ruleTag, tokens, m.name(), "r" + m.role().ordinal());
        }
        String[] xTag = new String[n];
        for (Mention m : x.inputs()) {
            mark(xTag, tokens, m.name(), "x" + m.role().ordinal());
        }
        for (Mention m : x.products()) {
            mark(xTag, tokens, m.name(), "xp");
        }
        int firstWorkup = x.actions().stream().filter(a -> lexicon.is(Lexicon.WordClass.WORKUP_CUE, a.text()))
                .mapToInt(Span::start).min().orElse(Integer.MAX_VALUE);
        int[] yieldAt = x.products().stream().flatMap(p -> p.quantities().stream()).mapToInt(q -> q.span().start())
                .sorted().toArray();
        Map<String, Integer> firstSeen = new HashMap<>();
        int nextYield = 0;
        List<Span> sents = x.sentences();
        int sent = 0;
        String lastCue = "none";
        String lastVerb = "none";
        int cueSentence = -1;
        StringBuilder shape = new StringBuilder(6);
        for (int i = 0; i < n; i++) {
            int s = tokens[2 * i];
            while (sent < sents.size() - 1 && s >= sents.get(sent).end()) {
                sent++;
            }
            int c = chunkOf[i];
            boolean chunkStart = i == 0 || chunkOf[i - 1] != c;
            if (chunkStart && c > 0) {
                String prev = chunkLow[c - 1];
                if (lexicon.is(Lexicon.WordClass.PRODUCT_CUE, prev)) {
                    lastCue = "prod";
                    cueSentence = sent;
                } else if (prev.equals("in") || prev.equals("into") || prev.equals("with") || prev.equals("from")
                        || prev.equals("of") || prev.equals("and") || prev.equals("to") || prev.equals("by")) {
                    lastCue = prev;
                    if (cueSentence != sent) {
                        cueSentence = sent;
                    }
                }
                if (prev.length() > 3 && (prev.endsWith("ed") || prev.endsWith("ing")) && letters(prev)) {
                    lastVerb = prev;
                }
            }
            f.token();
            String w = low[i];
            shape(shape, t, tokens[2 * i], tokens[2 * i + 1]);
            f.add("b");
            f.start("w=").put(w).end();
            f.start("sh=").put(shape).end();
            if (w.length() >= 4) {
                f.start("p3=").put(w, 0, 3).end();
                f.start("s3=").put(w, w.length() - 3, w.length()).end();
            }
            if (w.length() >= 6) {
                f.start("p4=").put(w, 0, 4).end();
                f.start("s4=").put(w, w.length() - 4, w.length()).end();
            }
            // a space before the token: where one name ends and the next word starts
            boolean gap = i == 0 || tokens[2 * i - 1] < s;
            String w1 = i > 0 ? low[i - 1] : "^";
            String wn1 = i + 1 < n ? low[i + 1] : "$";
            f.start("gap|sh=").put(gap).put('|').put(shape).end();
            f.start("gap|w-1=").put(gap).put('|').put(w1).end();
            f.start("w-1=").put(w1).end();
            f.start("w+1=").put(wn1).end();
            f.start("w-2=").put(i > 1 ? low[i - 2] : "^").end();
            f.start("w+2=").put(i + 2 < n ? low[i + 2] : "$").end();
            f.start("w-1w=").put(w1).put('|').put(w).end();
            f.start("ww+1=").put(w).put('|').put(wn1).end();
            String cc = chunkCore[c];
            String ccl = chunkLow[c];
            String cword = ccl.length() <= 30 ? ccl : "LONG";
            f.start("c=").put(cword).end();
            f.start("cpos=").put(chunkStart ? 'B' : 'I');
            if (i + 1 >= n || chunkOf[i + 1] != c) {
                f.put('E');
            }
            f.end();
            boolean chem = chunkChem[c];
            // the observations of the white-space word (the same for each of its tokens): written for its first
            // token, replayed for the others
            if (!chunkStart && blocks) {
                f.replayBlock();
            } else {
                f.startBlock();
                chunkBlock(f, c, chem, cc, ccl, chunkLow, chunkChem, chunkClass.get(c), firstSeen);
                f.endBlock();
            }
            f.start("sent=").put(Math.min(sent, 4)).end();
            String cue = cueSentence == sent ? lastCue : "none";
            f.start("cue=").put(cue).end();
            f.start("verb=").put(lastVerb).end();
            f.start("cue|chem=").put(cue).put('|').put(chem).end();
            f.start("wk=").put(s > firstWorkup).end();
            f.start("head=").put(tokens[2 * i + 1] <= headingEnd).end();
            while (nextYield < yieldAt.length && yieldAt[nextYield] <= s) {
                nextYield++;
            }
            Span sp = sents.isEmpty() ? null : sents.get(sent);
            boolean yieldAfter = nextYield < yieldAt.length && (sp == null || yieldAt[nextYield] < sp.end());
            f.start("yafter=").put(yieldAfter).end();
            String rt = ruleTag[i] == null ? "-" : ruleTag[i];
            f.start("r=").put(rt).end();
            f.start("x=").put(xTag[i] == null ? "-" : xTag[i]).end();
            f.start("r|c=").put(rt).put('|').put(chem ? "chem" : cword).end();
            f.start("pos=").put(10 * s / Math.max(1, t.length())).end();
        }
    }

    /** The observations of white-space word {@code c}: the block every token of the word shares. */
    private static void chunkBlock(FeatureSink f, int c, boolean chem, String cc, String ccl, String[] chunkLow,
                                   boolean[] chunkChem, List<String> classes, Map<String, Integer> firstSeen) {
        f.start("cchem=").put(chem).end();
        for (String cls : classes) {
            f.add(cls);
        }
        f.start("clen=").put(Math.min(6, cc.length() / 8)).end();
        String pc = c > 0 ? chunkLow[c - 1] : "^";
        String pc2 = c > 1 ? chunkLow[c - 2] : "^";
        String nc = c + 1 < chunkLow.length ? chunkLow[c + 1] : "$";
        String nc2 = c + 2 < chunkLow.length ? chunkLow[c + 2] : "$";
        String pc3 = c > 2 ? chunkLow[c - 3] : "^";
        f.start("pc3=").put(pc3).put('|').put(pc2).put('|').put(pc).end();
        f.start("nverb=").put(nextVerb(chunkLow, c)).end();
        f.start("seen=").put(firstSeen.computeIfAbsent(ccl, k -> c) < c).end();
        f.start("pc=").put(pc).end();
        f.start("pc2=").put(pc2).put('|').put(pc).end();
        f.start("nc=").put(nc).end();
        f.start("nc2=").put(nc).put('|').put(nc2).end();
        f.start("pcchem=").put(c > 0 && chunkChem[c - 1]).end();
        f.start("ncchem=").put(c + 1 < chunkLow.length && chunkChem[c + 1]).end();
    }

    /** Whether every character of {@code w} is a letter. */
    private static boolean letters(String w) {
        for (int k = 0; k < w.length(); k++) {
            if (!Character.isLetter(w.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** The first word ending in -ed among the four white-space words after chunk {@code c} ("was added"). */
    private static String nextVerb(String[] chunkLow, int c) {
        for (int k = c + 1; k < chunkLow.length && k <= c + 4; k++) {
            String w = chunkLow[k];
            if (w.length() > 3 && w.endsWith("ed") && letters(w)) {
                return w;
            }
            if (w.endsWith(".") || w.endsWith(";")) {
                break;
            }
        }
        return "none";
    }

    /** "(DMF)," → "DMF"; "X)." → "X". */
    static String core(String chunk) {
        int s = 0;
        int e = chunk.length();
        while (e > s && ",;:.".indexOf(chunk.charAt(e - 1)) >= 0) {
            e--;
        }
        if (e - s >= 2 && chunk.charAt(s) == '(' && chunk.charAt(e - 1) == ')') {
            s++;
            e--;
        }
        return chunk.substring(s, e);
    }

    private static void mark(String[] tags, int[] tokens, Span name, String role) {
        if (name == null) {
            return;
        }
        int lo = 0;
        int hi = tags.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens[2 * mid] < name.start()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        String begin = role + "B";
        String inside = role + "I";
        for (int i = lo; i < tags.length && tokens[2 * i + 1] <= name.end(); i++) {
            tags[i] = i == lo ? begin : inside;
        }
    }

    /** The token's shape ("Xx", "d", "x-x"), at most six runs, into {@code b}. */
    private static void shape(StringBuilder b, String t, int s, int e) {
        b.setLength(0);
        char last = 0;
        for (int k = s; k < e && b.length() < 6; k++) {
            char ch = t.charAt(k);
            char m = Character.isUpperCase(ch) ? 'X' : Character.isLowerCase(ch) ? 'x' : Character.isDigit(ch) ? 'd'
                    : ch;
            if (m != last) {
                b.append(m);
                last = m;
            }
        }
    }
}
