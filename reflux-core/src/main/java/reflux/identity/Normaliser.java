package reflux.identity;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import reflux.data.TsvTable;

/**
 * Repairs patent spellings of chemical names before lookup: control characters, Unicode dashes/primes/subscripts,
 * italics markers, all-capital names, and the spelling rules of {@code normalisation-rules.tsv} (pattern,
 * replacement, reason, source). Each repair that changes the name is reported as a warning.
 *
 * <pre>{@code
 * Normaliser.Result r = Normaliser.standard().normalise("4-chloro-2-methoxyimino-3-oxo-buteryl chloride");
 * r.text();     // 4-chloro-2-methoxyimino-3-oxo-butyryl chloride
 * r.warnings(); // [spelling repaired: 'buteryl' → 'butyryl' (misspelling of butyryl)]
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Normaliser {

    /** The normalised text and one warning per repair. */
    public record Result(String text, List<String> warnings) {
        public Result {
            warnings = List.copyOf(warnings);
        }
    }

    /** One rule of the table. {@code silent} rules (whitespace) are applied without a warning. */
    record Rule(Pattern pattern, String replacement, String reason, String source, boolean silent, LiteralGate gate) {
        Rule(Pattern pattern, String replacement, String reason, String source, boolean silent) {
            this(pattern, replacement, reason, source, silent, LiteralGate.of(pattern));
        }
    }

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\t\\n\\r]]");
    private static final Pattern STEREO_AFTER_LOWERING = Pattern.compile("(?<=[(,\\d])([rsez])(?=[,)])");
    private static final int MAX_PASSES = 4;
    /**
     * N/O/S locants after lowering a capitalised name: in a locant list ("N,O-bis") or before a bracket ("N-(");
     * a lone "n-" before a word stays lower case ("n-butanol" = normal butanol; OPSIN reads "n-methyl..." as N too).
     */
    private static final Pattern HETERO_LOCANT = Pattern.compile(
            "(?<![a-z])([nos])(?='*,)|(?<=,)([nos])(?='*[,-])|(?<![a-z])([nos])(?='*-[(\\[])");
    private static final Normaliser STANDARD = new Normaliser(loadRules());

    private final List<Rule> rules;

    Normaliser(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The shared instance with the shipped rule table. */
    public static Normaliser standard() {
        return STANDARD;
    }

    List<Rule> rules() {
        return rules;
    }

    /** Normalises one name; never throws for any input. */
    public Result normalise(String name) {
        List<String> warnings = new ArrayList<>();
        String s = name == null ? "" : name;
        String stripped = hasControl(s) ? CONTROL.matcher(s).replaceAll("") : s;
        if (!stripped.equals(s)) {
            warnings.add("control characters removed");
            s = stripped;
        }
        // pure ASCII needs no compatibility mapping (and skips loading the Unicode tables at start-up)
        String nfkc = s.chars().allMatch(c -> c < 128) ? s : Normalizer.normalize(s, Normalizer.Form.NFKC);
        if (!nfkc.equals(s)) {
            warnings.add("Unicode compatibility characters (subscripts, ligatures, full-width forms) replaced");
            s = nfkc;
        }
        // repeat until nothing changes, so that normalising is idempotent (one repair can expose another)
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            String next = onePass(s, warnings);
            if (next.equals(s)) {
                break;
            }
            s = next;
        }
        return new Result(s, warnings);
    }

    /** Whether the text holds a character the CONTROL pattern removes (a loop, cheaper than the regex). */
    private static boolean hasControl(String s) {
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            int type = Character.getType(c);
            if ((type == Character.CONTROL || type == Character.FORMAT) && c != '\t' && c != '\n' && c != '\r') {
                return true;
            }
            i += Character.charCount(c);
        }
        return false;
    }

    /** Whether the name is printed in capitals: some upper-case letter, no lower-case one, more than 6 letters. */
    private static boolean allCapitals(String s) {
        boolean upper = false;
        int letters = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            upper |= Character.isUpperCase(c);
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        return upper && letters > 6;
    }

    private String onePass(String input, List<String> warnings) {
        String s = input;
        if (allCapitals(s)) {
            String lower = s.toLowerCase(Locale.ROOT);
            lower = STEREO_AFTER_LOWERING.matcher(lower).replaceAll(mr -> mr.group(1).toUpperCase(Locale.ROOT));
            lower = HETERO_LOCANT.matcher(lower).replaceAll(mr -> mr.group().toUpperCase(Locale.ROOT));
            warnings.add("name printed in capitals read in lower case");
            s = lower;
        }
        // each rule's literal pre-check on the current text: a plain name skips every regex it cannot match
        NameText text = NameText.of(s);
        for (Rule rule : rules) {
            if (!rule.gate().mayFind(text)) {
                continue;
            }
            Matcher m = rule.pattern().matcher(s);
            if (!m.find()) {
                continue;
            }
            String before = m.group();
            String next = m.replaceAll(rule.replacement());
            if (!next.equals(s)) {
                if (!rule.silent()) {
                    StringBuilder sb = new StringBuilder();
                    m.reset();
                    m.find();
                    m.appendReplacement(sb, rule.replacement());
                    String after = sb.substring(m.start());
                    warnings.add(rule.reason() + ": '" + before + "' → '" + after + "'");
                }
                s = next;
                text = NameText.of(s);
            }
        }
        return s.trim();
    }

    private static List<Rule> loadRules() {
        List<Rule> rules = new ArrayList<>();
        for (TsvTable.Row row : TsvTable.load("/reflux/identity/normalisation-rules.tsv",
                "pattern", "reason", "source")) {
            try {
                rules.add(new Rule(Pattern.compile(row.get("pattern")), unescape(row.cells().get("replacement")),
                        row.get("reason"), row.get("source"), "silent".equals(row.get("kind"))));
            } catch (PatternSyntaxException e) {
                throw new IllegalStateException("normalisation-rules.tsv:" + row.line() + ": " + e.getMessage(), e);
            }
        }
        return rules;
    }

    /** The table writes a literal space in a replacement as {@code \s} so that trailing blanks stay visible. */
    private static String unescape(String replacement) {
        return replacement.replace("\\s", " ");
    }
}
