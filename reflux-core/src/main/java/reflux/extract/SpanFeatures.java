package reflux.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The observations the span role decoder ({@link RoleDecoder}) weighs for one whole chemical mention: the mention's
 * text, first and last token and ending; the token observations ({@link RoleFeatures}) of its first token and the
 * right context of its last; and what only the whole snippet shows: how often the same name recurs and whether this is
 * its first occurrence, whether the heading names it, whether a quantity parenthesis follows it ("(5.0 g, 20 mmol)")
 * and of which kind, its rank among the snippet's mentions and within its sentence, whether its sentence reports a
 * yield or is the last one, and whether it follows the previous mention in a list ("A and B"). The previous roles are
 * added by the decoder. Stateless and thread-safe.
 */
final class SpanFeatures {
    /** A quantity parenthesis right after a name: "(5.0 g, 20 mmol)", "(1.2 eq.)", "(10 mL)". */
    private static final Pattern QUANTITY = Pattern.compile("\\s*[(\\[]\\s*[^()\\[\\]]{0,60}?\\d\\s*"
            + "(mg|g|kg|mmol|mol|μmol|µmol|mL|ml|L|l|µL|μL|eq|equiv|equivalents?|M|N|%)\\b[^()\\[\\]]{0,60}[)\\]]");
    /** A locant in a name: a digit before a comma, prime or hyphen, or a hyphen before a digit. */
    private static final Pattern LOCANT = Pattern.compile("(?s).*\\d[,'-].*|.*-\\d.*");
    /** What joins two mentions of a list: "A, B", "A and B", "A, and B", "A or B". */
    private static final Pattern LIST_JOIN = Pattern.compile("\\s*(?:,|and|,\\s*and|or)?\\s*");
    private static final Pattern YIELD = Pattern.compile("(?i)\\byield|%\\)");
    private static final Pattern MOLES = Pattern.compile("mmol|mol|eq");
    private static final Pattern VOLUME = Pattern.compile("(?i)\\d\\s*(?:ml|l|µl|μl)\\b");

    private SpanFeatures() {
    }

    /**
     * The features of each mention {@code spans[k] = [firstToken, endToken)} (in text order) of {@code text},
     * whose tokens are {@code tokens}, lower-cased {@code low}, with the token observations {@code tokenFeatures};
     * {@code headingEnd} is where the example heading ends (-1 = none).
     */
    static List<String[]> of(String text, int[] tokens, String[] low, List<String[]> tokenFeatures,
            List<int[]> spans, int headingEnd, ChemicalWords words) {
        List<String[]> out = new ArrayList<>(spans.size());
        List<String> f = new ArrayList<>(96);
        write(text, tokens, low, spans, headingEnd, words, new Sink() {
            @Override
            public void add(String feature) {
                f.add(feature);
            }

            @Override
            public void edge(String prefix, int token, List<String> only) {
                for (String tf : tokenFeatures.get(token)) {
                    if (only == null || only.stream().anyMatch(tf::startsWith)) {
                        f.add(prefix + tf);
                    }
                }
            }

            @Override
            public void close() {
                out.add(f.toArray(String[]::new));
                f.clear();
            }
        });
        return out;
    }

    /**
     * The same features as {@link #of} as hashes ({@link FeatureHasher}), one array per mention: the edge tokens'
     * features come from {@code tokenFeatures}, the hashes of the features as {@link RoleFeatures} wrote them, never
     * built as strings (what the decoder looks up in its {@link WeightTable}).
     */
    static List<long[]> hashed(String text, int[] tokens, String[] low, HashedFeatures tokenFeatures,
            List<int[]> spans, int headingEnd, ChemicalWords words) {
        List<long[]> out = new ArrayList<>(spans.size());
        write(text, tokens, low, spans, headingEnd, words, new Sink() {
            private long[] f = new long[128];
            private int size;

            @Override
            public void add(String feature) {
                put(FeatureHasher.of(feature));
            }

            @Override
            public void edge(String prefix, int token, List<String> only) {
                tokenFeatures.edgeFeatures(token, prefix, only, this::put);
            }

            @Override
            public void close() {
                out.add(java.util.Arrays.copyOf(f, size));
                size = 0;
            }

            private void put(long h) {
                if (size == f.length) {
                    f = java.util.Arrays.copyOf(f, 2 * size);
                }
                f[size++] = h;
            }
        });
        return out;
    }

    /** Where {@link #write} puts one mention's features, in order, then closes it. */
    private interface Sink {
        void add(String feature);

        /**
         * {@code prefix} + each token observation of token {@code token} that starts with one of {@code only} (null
         * = all of them).
         */
        void edge(String prefix, int token, List<String> only);

        void close();
    }

    /** The right-context observations of a mention's last token that the decoder weighs ("l:"). */
    private static final List<String> RIGHT_CONTEXT = List.of("w+1=", "w+2=", "nc=", "nc2=", "nverb=", "ww+1=");

    private static void write(String text, int[] tokens, String[] low, List<int[]> spans, int headingEnd,
            ChemicalWords words, Sink f) {
        List<Span> sentences = sentences(text);
        List<String> names = names(text, tokens, spans);
        double reference = Double.NaN;
        int prevSentence = -1;
        int inSentence = 0;
        for (int k = 0; k < spans.size(); k++) {
            int a = spans.get(k)[0];
            int b = spans.get(k)[1];
            int s = tokens[2 * a];
            int e = tokens[2 * b - 1];
            String name = names.get(k);
            f.add("b");
            f.add("sw=" + (name.length() <= 40 ? name : "LONG"));
            f.add("sf=" + low[a]);
            f.add("sl=" + low[b - 1]);
            f.add("ss4=" + (name.length() >= 4 ? name.substring(name.length() - 4) : name));
            int nt = b - a;
            f.add("nt=" + (nt <= 3 ? String.valueOf(nt) : nt <= 6 ? "4-6" : nt <= 12 ? "7-12" : "13+"));
            boolean locant = LOCANT.matcher(name).matches();
            boolean bracket = name.indexOf('(') >= 0 || name.indexOf('[') >= 0;
            f.add("loc=" + locant + "|" + bracket);
            // the quantity parenthesis right after the name, read once for the features below
            String paren = quantityAfter(text, e);
            String qty = kindOf(paren);
            // what the chemical vocabulary knows the whole name as
            String known = words.isReagent(name) ? "reagent" : words.isWorkupMaterial(name) ? "workup"
                    : words.isSolvent(name) ? "solvent" : "-";
            f.add("voc=" + known);
            f.add("voc|qty=" + known + "|" + qty);
            f.edge("f:", a, null);
            f.edge("l:", b - 1, RIGHT_CONTEXT);
            // the snippet around it
            int count = 0;
            boolean earlier = false;
            for (int j = 0; j < names.size(); j++) {
                if (names.get(j).equals(name)) {
                    count++;
                    earlier |= j < k;
                }
            }
            String rec = count == 1 ? "1" : count == 2 ? "2" : "3+";
            f.add("rec=" + rec + "|" + (earlier ? "later" : "first"));
            boolean headed = headingEnd > 0 && s >= headingEnd && name.length() > 3
                    && text.substring(0, headingEnd).toLowerCase(Locale.ROOT).contains(name);
            f.add("inhead=" + headed + "|" + (headingEnd > 0 && e <= headingEnd));
            f.add("qty=" + qty);
            // its charge against the first charge in moles: the limiting reagent, an excess, a catalytic amount
            double[] moles = molesOf(paren);
            String share;
            if (!Double.isNaN(moles[1])) {
                share = share(moles[1]);
            } else if (Double.isNaN(moles[0])) {
                share = "none";
            } else if (Double.isNaN(reference)) {
                reference = moles[0];
                share = "first";
            } else {
                share = share(moles[0] / reference);
            }
            f.add("eqv=" + share);
            int sent = sentenceOf(sentences, s);
            if (sent != prevSentence) {
                inSentence = 0;
                prevSentence = sent;
            }
            f.add("ord=" + Math.min(k, 5));
            f.add("ords=" + Math.min(inSentence, 3));
            inSentence++;
            Span sp = sent < 0 ? null : sentences.get(sent);
            boolean yield = sp != null && YIELD.matcher(sp.text()).find();
            boolean last = sent == sentences.size() - 1;
            f.add("sy=" + yield + "|" + last);
            f.add("sy|qty=" + yield + "|" + qty);
            f.add("nsent=" + (sentences.size() - 1 - sent <= 2 ? String.valueOf(sentences.size() - 1 - sent)
                    : "3+"));
            boolean list = k > 0 && tokens[2 * spans.get(k - 1)[1] - 1] >= s - 6
                    && LIST_JOIN.matcher(text.substring(tokens[2 * spans.get(k - 1)[1] - 1], s)).matches();
            f.add("list=" + list);
            f.add("qty|rec=" + qty + "|" + rec + "|" + earlier);
            f.close();
        }
    }

    /** The quantity parenthesis right after offset {@code e} ("(5.0 g, 20 mmol)"), or null when there is none. */
    private static String quantityAfter(String text, int e) {
        Matcher q = QUANTITY.matcher(text).region(e, Math.min(text.length(), e + 140));
        return q.lookingAt() ? q.group() : null;
    }

    /** The kind of a quantity parenthesis: "mol", "vol", "other", or "none" (null). */
    private static String kindOf(String paren) {
        if (paren == null) {
            return "none";
        }
        return MOLES.matcher(paren).find() ? "mol" : VOLUME.matcher(paren).find() ? "vol" : "other";
    }

    /**
     * The amount in millimoles and the equivalents ("1.2 eq", "5 mol%") that a quantity parenthesis prints (NaN = not
     * printed; null = no parenthesis).
     */
    private static double[] molesOf(String paren) {
        double[] out = {Double.NaN, Double.NaN};
        if (paren == null) {
            return out;
        }
        Matcher m = MILLIMOLES.matcher(paren);
        if (m.find()) {
            double scale = m.group(2).equals("mol") ? 1000 : m.group(2).equals("mmol") ? 1 : 0.001;
            out[0] = Double.parseDouble(m.group(1)) * scale;
        }
        Matcher eq = EQUIVALENTS.matcher(paren);
        if (eq.find()) {
            out[1] = eq.group(1) != null ? Double.parseDouble(eq.group(1)) : Double.parseDouble(eq.group(2)) / 100;
        }
        return out;
    }

    /** A molar ratio to the first charge, in bands. */
    private static String share(double r) {
        return r < 0.3 ? "<0.3" : r < 0.9 ? "<0.9" : r <= 1.15 ? "~1" : r < 2 ? "<2" : ">=2";
    }

    private static final Pattern MILLIMOLES = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(mmol|mol|μmol|µmol)\\b(?!\\s*%)");
    private static final Pattern EQUIVALENTS = Pattern.compile(
            "(\\d+(?:\\.\\d+)?)\\s*(?:eq|equiv|equivalents?)\\b|(\\d+(?:\\.\\d+)?)\\s*mol\\s*%");

    /** The lower-cased text of each mention. */
    static List<String> names(String text, int[] tokens, List<int[]> spans) {
        List<String> names = new ArrayList<>(spans.size());
        for (int[] sp : spans) {
            names.add(text.substring(tokens[2 * sp[0]], tokens[2 * sp[1] - 1]).toLowerCase(Locale.ROOT));
        }
        return names;
    }

    /** Sentences: up to ". " followed by a capital, digit or bracket, or a line break (headings). */
    private static List<Span> sentences(String t) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            boolean end = c == '\n' || c == '.' && i + 2 < t.length() && t.charAt(i + 1) == ' '
                    && (Character.isUpperCase(t.charAt(i + 2)) || Character.isDigit(t.charAt(i + 2))
                    || t.charAt(i + 2) == '(');
            if (end) {
                out.add(Span.of(t, start, i + 1));
                start = i + 1;
            }
        }
        if (start < t.length()) {
            out.add(Span.of(t, start, t.length()));
        }
        return out;
    }

    private static int sentenceOf(List<Span> sentences, int offset) {
        for (int i = 0; i < sentences.size(); i++) {
            if (offset < sentences.get(i).end()) {
                return i;
            }
        }
        return sentences.size() - 1;
    }
}
