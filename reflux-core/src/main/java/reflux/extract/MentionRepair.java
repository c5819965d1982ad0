package reflux.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs of the role model's mention spans that a name's own characters dictate:
 * <ul>
 *   <li>a span that runs into a bracket opening with an amount ("...acetonitrile(250mg, 45.2% yield)", "acid(250 mg")
 *   ends before it: a quantity is never part of a name (ChEMU 2020 guideline, section on quantities);</li>
 *   <li>a span whose last word is an analytical technique ("the title compound NMR (400MHz): ...") ends before it;</li>
 *   <li>a span with a round bracket it does not open (or close) takes that bracket when it is the character right
 *   outside it and no other mention holds it ("R)-tert-butyl ..." → "(R)-tert-butyl ...").</li>
 * </ul>
 * Joining two mentions of one role split at ")-" was tried and not kept: in cross-validation it cost OTHER_COMPOUND 1.4
 * points of F1 (solvent pairs such as "ethyl acetate-hexane" are two mentions). Stateless.
 */
final class MentionRepair {
    /** A bracket that opens with a number and a unit of amount, the unit ending at a space, comma, semicolon or bracket. */
    private static final Pattern AMOUNT_BRACKET = Pattern.compile(
            "\\(\\s*\\d[\\d.,]*\\s*(?:mg|g|kg|µg|μg|ug|mL|ml|L|µL|μL|uL|mmol|mol|µmol|μmol|umol|eq|equiv)(?=[\\s,;)]|$)");
    /** A last word naming an analytical technique, after white space. */
    private static final Pattern ANALYTICAL_TAIL = Pattern.compile(
            "\\s+(?:1H[- ]?|13C[- ]?|19F[- ]?)?(?:NMR|LCMS|LC-MS|LC/MS|HPLC|UPLC|MS|IR|TLC)$");

    private MentionRepair() {
    }

    /** Whether {@code s} holds a bracket that opens with an amount ("(250 mg", "( 1.2 eq"). */
    static boolean hasAmount(String s) {
        return AMOUNT_BRACKET.matcher(s).find();
    }

    /** {@code mentions} (in text order, none overlapping) trimmed of amounts and analytical words, brackets balanced. */
    static List<Mention> repaired(String text, List<Mention> mentions) {
        return balanced(text, trimmed(text, mentions));
    }

    /** {@code mentions} with an amount bracket or a final analytical word cut off (when a name is left). */
    static List<Mention> trimmed(String text, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            int s = m.name().start();
            int e = m.name().end();
            String t = text.substring(s, e);
            Matcher a = AMOUNT_BRACKET.matcher(t);
            int cut = t.length();
            if (a.find() && a.start() > 0) {
                cut = a.start();
            }
            Matcher w = ANALYTICAL_TAIL.matcher(t.substring(0, cut));
            if (w.find() && w.start() > 0) {
                cut = w.start();
            }
            while (cut > 0 && Character.isWhitespace(t.charAt(cut - 1))) {
                cut--;
            }
            boolean named = t.substring(0, cut).chars().anyMatch(Character::isLetter);
            out.add(cut < t.length() && named ? new Mention(Span.of(text, s, s + cut), m.role(), List.of()) : m);
        }
        return out;
    }

    /** {@code mentions} (in text order, none overlapping) with their unmatched edge brackets taken in. */
    static List<Mention> balanced(String text, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions);
        for (int i = 0; i < out.size(); i++) {
            Mention m = out.get(i);
            int s = m.name().start();
            int e = m.name().end();
            int balance = NameBounds.balance(text, s, e);
            int lo = i > 0 ? out.get(i - 1).name().end() : 0;
            int hi = i + 1 < out.size() ? out.get(i + 1).name().start() : text.length();
            if (balance < 0 && s > lo && text.charAt(s - 1) == '(') {
                s--;
            } else if (balance > 0 && e < hi && text.charAt(e) == ')') {
                e++;
            }
            if (s != m.name().start() || e != m.name().end()) {
                out.set(i, new Mention(Span.of(text, s, e), m.role(), List.of()));
            }
        }
        return out;
    }
}
