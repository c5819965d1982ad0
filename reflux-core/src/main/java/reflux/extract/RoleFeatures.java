package reflux.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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

    RoleFeatures(Lexicon lexicon, ChemicalWords words, CompoundTagger rules) {
        this.lexicon = lexicon;
        this.words = words;
        this.rules = rules;
    }

    /** The features of every token of {@code x.text()} ({@code tokens} as {@link Tokens#split}). */
    List<String[]> of(Extraction x, int[] tokens, int headingEnd) {
        String t = x.text();
        int n = tokens.length / 2;
        String[] low = new String[n];
        for (int i = 0; i < n; i++) {
            low[i] = t.substring(tokens[2 * i], tokens[2 * i + 1]).toLowerCase(Locale.ROOT);
        }
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
        for (int c = 0; c < nc0; c++) {
            chunkCore[c] = core(t.substring(chunks.get(c)[0], chunks.get(c)[1]));
            chunkLow[c] = chunkCore[c].toLowerCase(Locale.ROOT);
            chunkChem[c] = words.isChemical(chunkCore[c]);
            List<String> classes = new ArrayList<>(1);
            if (words.isReagent(chunkCore[c])) {
                classes.add("creag");
            }
            if (words.isWorkupMaterial(chunkCore[c])) {
                classes.add("cwork");
            }
            if (CompoundTagger.SOLVENT_WORD.matcher(chunkCore[c]).matches()) {
                classes.add("csolv");
            }
            chunkClass.add(classes);
        }
        String[] ruleTag = new String[n];
        for (Mention m : rules.tag(x, headingEnd)) {
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
        List<Integer> yieldAt = new ArrayList<>();
        for (Mention p : x.products()) {
            for (Quantity q : p.quantities()) {
                yieldAt.add(q.span().start());
            }
        }
        yieldAt.sort(null);
        Map<String, Integer> firstSeen = new HashMap<>();
        int nextYield = 0;
        List<Span> sents = x.sentences();
        List<String[]> out = new ArrayList<>(n);
        int sent = 0;
        String lastCue = "none";
        String lastVerb = "none";
        int cueSentence = -1;
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
                if (prev.length() > 3 && (prev.endsWith("ed") || prev.endsWith("ing")) && prev.chars()
                        .allMatch(Character::isLetter)) {
                    lastVerb = prev;
                }
            }
            List<String> f = new ArrayList<>(48);
            String w = low[i];
            f.add("b");
            f.add("w=" + w);
            f.add("sh=" + shape(t, tokens[2 * i], tokens[2 * i + 1]));
            if (w.length() >= 4) {
                f.add("p3=" + w.substring(0, 3));
                f.add("s3=" + w.substring(w.length() - 3));
            }
            if (w.length() >= 6) {
                f.add("p4=" + w.substring(0, 4));
                f.add("s4=" + w.substring(w.length() - 4));
            }
            // a space before the token: where one name ends and the next word starts
            boolean gap = i == 0 || tokens[2 * i - 1] < s;
            f.add("gap|sh=" + gap + "|" + shape(t, tokens[2 * i], tokens[2 * i + 1]));
            f.add("gap|w-1=" + gap + "|" + (i > 0 ? low[i - 1] : "^"));
            f.add("w-1=" + (i > 0 ? low[i - 1] : "^"));
            f.add("w+1=" + (i + 1 < n ? low[i + 1] : "$"));
            f.add("w-2=" + (i > 1 ? low[i - 2] : "^"));
            f.add("w+2=" + (i + 2 < n ? low[i + 2] : "$"));
            f.add("w-1w=" + (i > 0 ? low[i - 1] : "^") + "|" + w);
            f.add("ww+1=" + w + "|" + (i + 1 < n ? low[i + 1] : "$"));
            String cc = chunkCore[c];
            String ccl = chunkLow[c];
            f.add("c=" + (ccl.length() <= 30 ? ccl : "LONG"));
            f.add("cpos=" + (chunkStart ? "B" : "I") + (i + 1 >= n || chunkOf[i + 1] != c ? "E" : ""));
            boolean chem = chunkChem[c];
            f.add("cchem=" + chem);
            f.addAll(chunkClass.get(c));
            f.add("clen=" + Math.min(6, cc.length() / 8));
            String pc = c > 0 ? chunkLow[c - 1] : "^";
            String pc2 = c > 1 ? chunkLow[c - 2] : "^";
            String nc = c + 1 < nc0 ? chunkLow[c + 1] : "$";
            String nc2 = c + 2 < nc0 ? chunkLow[c + 2] : "$";
            String pc3 = c > 2 ? chunkLow[c - 3] : "^";
            f.add("pc3=" + pc3 + "|" + pc2 + "|" + pc);
            f.add("nverb=" + nextVerb(chunkLow, c));
            f.add("seen=" + (firstSeen.computeIfAbsent(ccl, k -> c) < c));
            f.add("pc=" + pc);
            f.add("pc2=" + pc2 + "|" + pc);
            f.add("nc=" + nc);
            f.add("nc2=" + nc + "|" + nc2);
            f.add("pcchem=" + (c > 0 && chunkChem[c - 1]));
            f.add("ncchem=" + (c + 1 < nc0 && chunkChem[c + 1]));
            f.add("sent=" + Math.min(sent, 4));
            f.add("cue=" + (cueSentence == sent ? lastCue : "none"));
            f.add("verb=" + lastVerb);
            f.add("cue|chem=" + (cueSentence == sent ? lastCue : "none") + "|" + chem);
            f.add("wk=" + (s > firstWorkup));
            f.add("head=" + (tokens[2 * i + 1] <= headingEnd));
            while (nextYield < yieldAt.size() && yieldAt.get(nextYield) <= s) {
                nextYield++;
            }
            Span sp = sents.isEmpty() ? null : sents.get(sent);
            boolean yieldAfter = nextYield < yieldAt.size() && (sp == null || yieldAt.get(nextYield) < sp.end());
            f.add("yafter=" + yieldAfter);
            f.add("r=" + (ruleTag[i] == null ? "-" : ruleTag[i]));
            f.add("x=" + (xTag[i] == null ? "-" : xTag[i]));
            f.add("r|c=" + (ruleTag[i] == null ? "-" : ruleTag[i]) + "|" + (chem ? "chem" : ccl.length() <= 30 ? ccl
                    : "LONG"));
            f.add("pos=" + (10 * s / Math.max(1, t.length())));
            out.add(f.toArray(String[]::new));
        }
        return out;
    }

    /** The first word ending in -ed among the four white-space words after chunk {@code c} ("was added"). */
    private static String nextVerb(String[] chunkLow, int c) {
        for (int k = c + 1; k < chunkLow.length && k <= c + 4; k++) {
            String w = chunkLow[k];
            if (w.length() > 3 && w.endsWith("ed") && w.chars().allMatch(Character::isLetter)) {
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
        boolean first = true;
        for (int i = lo; i < tags.length && tokens[2 * i + 1] <= name.end(); i++) {
            tags[i] = role + (first ? "B" : "I");
            first = false;
        }
    }

    private static String shape(String t, int s, int e) {
        StringBuilder b = new StringBuilder();
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
        return b.toString();
    }
}
