package reflux.identity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A cheap necessary condition for a regular expression to match anywhere in a text: one of a few literal strings
 * (compared in lower case), or any non-ASCII character, must occur in it. The regex layers in front of OPSIN
 * (normaliser, salt forms, name checks, labels, β-lactam parents) test it before running their patterns, so that a
 * plain systematic name, which none of them can touch, goes to OPSIN after a few {@code String.contains} calls.
 *
 * <pre>{@code
 * LiteralGate g = LiteralGate.of(Pattern.compile("(?i)\\s+(?:mono)?hydrochloride(?:\\s+salt)?$"));
 * g.literals();                              // [hydrochloride]
 * g.mayFind(NameText.of("2-methylpyridine")); // false: the pattern cannot match
 * }</pre>
 *
 * <p>The condition is read from the pattern's source conservatively: runs of literal characters, small character
 * classes, groups, alternation and quantifiers are understood; lookarounds, anchors and inline flags are zero-width;
 * anything else (back-references, {@code \Q}, nested classes, the COMMENTS / UNICODE_CASE flags) contributes nothing,
 * and a pattern that yields no condition gives an always-open gate. So a closed gate proves that {@code find} (and
 * therefore {@code matches} or a split) cannot succeed; an open gate proves nothing. Comparing in lower case is sound
 * because Java's case-insensitive matching without UNICODE_CASE folds ASCII letters only. Immutable, thread-safe.
 */
final class LiteralGate {

    /** The gate of a pattern nothing is known about: always open. */
    static final LiteralGate OPEN = new LiteralGate(null, false);

    private static final int UNSUPPORTED_FLAGS = Pattern.COMMENTS | Pattern.LITERAL | Pattern.CANON_EQ
            | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
    /** Larger character classes say too little to be worth testing. */
    private static final int MAX_CLASS = 16;
    private static final String WHITESPACE = " \t\n\u000B\f\r";

    /** Lower-case literals one of which must occur; null = open gate. */
    private final List<String> literals;
    /** Whether any non-ASCII character also opens the gate. */
    private final boolean nonAscii;

    private LiteralGate(List<String> literals, boolean nonAscii) {
        this.literals = literals == null ? null : List.copyOf(literals);
        this.nonAscii = nonAscii;
    }

    /** The gate of a compiled pattern (open when its source or flags are beyond this reader). */
    static LiteralGate of(Pattern pattern) {
        if ((pattern.flags() & UNSUPPORTED_FLAGS) != 0) {
            return OPEN;
        }
        Reader reader = new Reader(pattern.pattern());
        try {
            Need need = reader.alternation();
            if (need == null || reader.i != pattern.pattern().length()) {
                return OPEN;
            }
            return new LiteralGate(new ArrayList<>(need.literals()), need.nonAscii());
        } catch (Unsupported | IndexOutOfBoundsException | NumberFormatException e) {
            return OPEN;
        }
    }

    /** False only when the pattern certainly cannot match anywhere in {@code text}. */
    boolean mayFind(NameText text) {
        if (literals == null || nonAscii && text.nonAscii()) {
            return true;
        }
        for (String s : literals) {
            if (text.lower().contains(s)) {
                return true;
            }
        }
        return false;
    }

    /** True when the gate never closes. */
    boolean open() {
        return literals == null;
    }

    /** The literals one of which must occur (empty for an open gate). */
    List<String> literals() {
        return literals == null ? List.of() : literals;
    }

    /** Whether a non-ASCII character opens the gate. */
    boolean opensOnNonAscii() {
        return nonAscii;
    }

    /** What a piece of pattern needs: one of the literals, or a non-ASCII character if {@code nonAscii}. */
    private record Need(Set<String> literals, boolean nonAscii) {
        /** Shortest literal's length (a non-ASCII-only need counts as rare); higher is more selective. */
        int score() {
            if (literals.isEmpty()) {
                return nonAscii ? 3 : 0;
            }
            return literals.stream().mapToInt(String::length).min().orElse(0);
        }

        static Need union(Need a, Need b) {
            Set<String> all = new LinkedHashSet<>(a.literals());
            all.addAll(b.literals());
            return new Need(all, a.nonAscii() || b.nonAscii());
        }
    }

    /** A construct of the pattern this reader does not model: the gate stays open. */
    private static final class Unsupported extends RuntimeException {
        Unsupported() {
            super(null, null, false, false);
        }
    }

    /** What one atom of the pattern is. */
    private enum Kind { ZERO_WIDTH, CHAR, NEED, NOTHING }

    private record Atom(Kind kind, char c, Need need) {
        static final Atom ZERO = new Atom(Kind.ZERO_WIDTH, '\0', null);
        static final Atom NOTHING = new Atom(Kind.NOTHING, '\0', null);

        static Atom of(Need need) {
            return need == null ? NOTHING : new Atom(Kind.NEED, '\0', need);
        }
    }

    /** Recursive-descent reader of a Java regex source, producing what a match needs. */
    private static final class Reader {
        private final String p;
        private int i;

        Reader(String p) {
            this.p = p;
        }

        /** Branches up to ')' or the end: the union of their needs (nothing if any branch needs nothing). */
        Need alternation() {
            Need need = sequence();
            boolean none = need == null;
            while (i < p.length() && p.charAt(i) == '|') {
                i++;
                Need next = sequence();
                if (next == null) {
                    none = true;
                } else if (!none) {
                    need = Need.union(need, next);
                }
            }
            return none ? null : need;
        }

        /** One branch: the most selective of its literal runs and its atoms' needs. */
        private Need sequence() {
            List<Need> candidates = new ArrayList<>();
            StringBuilder run = new StringBuilder();
            while (i < p.length() && p.charAt(i) != '|' && p.charAt(i) != ')') {
                Atom a = atom();
                int[] q = quantifier();
                switch (a.kind()) {
                    case ZERO_WIDTH -> { }
                    case CHAR -> {
                        if (q[0] == 0) {
                            flush(run, candidates);
                        } else {
                            for (int k = 0; k < Math.min(q[0], 8); k++) {
                                run.append(a.c());
                            }
                            if (q[1] != q[0]) {
                                flush(run, candidates);
                            }
                        }
                    }
                    default -> {
                        flush(run, candidates);
                        if (q[0] >= 1 && a.need() != null) {
                            candidates.add(a.need());
                        }
                    }
                }
            }
            flush(run, candidates);
            Need best = null;
            for (Need n : candidates) {
                if (best == null || n.score() > best.score()
                        || n.score() == best.score() && n.literals().size() < best.literals().size()) {
                    best = n;
                }
            }
            return best;
        }

        private static void flush(StringBuilder run, List<Need> candidates) {
            if (run.length() > 0) {
                candidates.add(new Need(Set.of(run.toString()), false));
                run.setLength(0);
            }
        }

        /** {min, max} of the quantifier after an atom ({1, 1} when none; max -1 = unbounded). */
        private int[] quantifier() {
            if (i >= p.length()) {
                return new int[] {1, 1};
            }
            int[] q;
            char c = p.charAt(i);
            if (c == '?') {
                q = new int[] {0, 1};
                i++;
            } else if (c == '*') {
                q = new int[] {0, -1};
                i++;
            } else if (c == '+') {
                q = new int[] {1, -1};
                i++;
            } else if (c == '{') {
                int close = p.indexOf('}', i);
                String body = p.substring(i + 1, close);
                int comma = body.indexOf(',');
                if (comma < 0) {
                    int n = Integer.parseInt(body.trim());
                    q = new int[] {n, n};
                } else {
                    String hi = body.substring(comma + 1).trim();
                    q = new int[] {Integer.parseInt(body.substring(0, comma).trim()),
                        hi.isEmpty() ? -1 : Integer.parseInt(hi)};
                }
                i = close + 1;
            } else {
                return new int[] {1, 1};
            }
            if (i < p.length() && (p.charAt(i) == '?' || p.charAt(i) == '+')) {
                i++; // lazy or possessive
            }
            return q;
        }

        private Atom atom() {
            char c = p.charAt(i++);
            return switch (c) {
                case '^', '$' -> Atom.ZERO;
                case '.' -> Atom.NOTHING;
                case '[' -> charClass();
                case '(' -> group();
                case '\\' -> escape();
                case '*', '+', '?', '{' -> throw new Unsupported();
                default -> literal(c);
            };
        }

        private static Atom literal(char c) {
            if (c < 128) {
                return new Atom(Kind.CHAR, c >= 'A' && c <= 'Z' ? (char) (c + 32) : c, null);
            }
            return Atom.of(new Need(Set.of(), true));
        }

        private Atom group() {
            if (i < p.length() && p.charAt(i) == '?') {
                i++;
                char k = p.charAt(i);
                if (k == ':' || k == '>') {
                    i++;
                    return closed(alternation());
                }
                if (k == '=' || k == '!') {
                    i++;
                    closed(alternation());
                    return Atom.ZERO;
                }
                if (k == '<') {
                    char k2 = p.charAt(i + 1);
                    if (k2 == '=' || k2 == '!') {
                        i += 2;
                        closed(alternation());
                        return Atom.ZERO;
                    }
                    i = p.indexOf('>', i) + 1;
                    if (i == 0) {
                        throw new Unsupported();
                    }
                    return closed(alternation());
                }
                int start = i;
                while (i < p.length() && (Character.isLetter(p.charAt(i)) || p.charAt(i) == '-')) {
                    i++;
                }
                String flags = p.substring(start, i);
                if (flags.indexOf('x') >= 0 || flags.indexOf('u') >= 0 || flags.indexOf('U') >= 0) {
                    throw new Unsupported();
                }
                if (p.charAt(i) == ')') {
                    i++;
                    return Atom.ZERO;
                }
                if (p.charAt(i) == ':') {
                    i++;
                    return closed(alternation());
                }
                throw new Unsupported();
            }
            return closed(alternation());
        }

        private Atom closed(Need need) {
            if (i >= p.length() || p.charAt(i) != ')') {
                throw new Unsupported();
            }
            i++;
            return Atom.of(need);
        }

        private Atom escape() {
            char e = p.charAt(i++);
            if (e >= '1' && e <= '9') {
                while (i < p.length() && Character.isDigit(p.charAt(i))) {
                    i++;
                }
                return Atom.NOTHING; // back-reference
            }
            return switch (e) {
                case 'd' -> Atom.of(classNeed(digits()));
                case 's' -> Atom.of(classNeed(whitespace()));
                case 'b' -> {
                    skipBraces();
                    yield Atom.ZERO;
                }
                case 'B', 'A', 'z', 'Z', 'G' -> Atom.ZERO;
                case 'p', 'P', 'N', 'k' -> {
                    if (e == 'k') {
                        i = p.indexOf('>', i) + 1;
                    } else if (!skipBraces() && e != 'N') {
                        i++;
                    }
                    yield Atom.NOTHING;
                }
                case 'w', 'W', 'D', 'S', 'h', 'H', 'v', 'V', 'R', 'X' -> Atom.NOTHING;
                case 'c' -> {
                    i++;
                    yield Atom.NOTHING;
                }
                case '0' -> {
                    while (i < p.length() && p.charAt(i) >= '0' && p.charAt(i) <= '7') {
                        i++;
                    }
                    yield Atom.NOTHING;
                }
                case 'Q', 'E' -> throw new Unsupported();
                default -> {
                    int c = escapedChar(e);
                    yield c > 0xFFFF ? Atom.of(new Need(Set.of(), true)) : literal((char) c);
                }
            };
        }

        /** The character of an escape that stands for one ({@code \t}, {@code \u2010}, {@code \x41}, {@code \.}). */
        private int escapedChar(char e) {
            switch (e) {
                case 't':
                    return '\t';
                case 'n':
                    return '\n';
                case 'r':
                    return '\r';
                case 'f':
                    return '\f';
                case 'a':
                    return '\u0007';
                case 'e':
                    return '\u001B';
                case 'u': {
                    int c = Integer.parseInt(p.substring(i, i + 4), 16);
                    i += 4;
                    return c;
                }
                case 'x': {
                    if (p.charAt(i) == '{') {
                        int close = p.indexOf('}', i);
                        int c = Integer.parseInt(p.substring(i + 1, close), 16);
                        i = close + 1;
                        return c;
                    }
                    int c = Integer.parseInt(p.substring(i, i + 2), 16);
                    i += 2;
                    return c;
                }
                default:
                    if (Character.isLetterOrDigit(e)) {
                        throw new Unsupported();
                    }
                    return e;
            }
        }

        private boolean skipBraces() {
            if (i < p.length() && p.charAt(i) == '{') {
                i = p.indexOf('}', i) + 1;
                if (i == 0) {
                    throw new Unsupported();
                }
                return true;
            }
            return false;
        }

        /** A character class after its '[': its few characters, or nothing when negated, large or not modelled. */
        private Atom charClass() {
            boolean unknown = false;
            if (p.charAt(i) == '^') {
                unknown = true;
                i++;
            }
            Set<Integer> chars = new LinkedHashSet<>();
            if (p.charAt(i) == ']') {
                throw new Unsupported();
            }
            while (true) {
                char c = p.charAt(i);
                if (c == ']') {
                    i++;
                    break;
                }
                if (c == '[' || c == '&' && p.startsWith("&&", i)) {
                    throw new Unsupported();
                }
                int lo;
                if (c == '\\') {
                    i++;
                    char e = p.charAt(i++);
                    if (e == 'd' || e == 's') {
                        chars.addAll(e == 'd' ? digits() : whitespace());
                        continue;
                    }
                    if (e == 'p' || e == 'P') {
                        if (!skipBraces()) {
                            i++;
                        }
                        unknown = true;
                        continue;
                    }
                    if ("wWDShHvV".indexOf(e) >= 0) {
                        unknown = true;
                        continue;
                    }
                    lo = escapedChar(e);
                } else {
                    lo = c;
                    i++;
                }
                if (p.charAt(i) == '-' && p.charAt(i + 1) != ']') {
                    i++;
                    char hc = p.charAt(i++);
                    int hi;
                    if (hc == '\\') {
                        hi = escapedChar(p.charAt(i++));
                    } else if (hc == '[') {
                        throw new Unsupported();
                    } else {
                        hi = hc;
                    }
                    if (hi - lo > MAX_CLASS) {
                        unknown = true;
                    } else {
                        for (int k = lo; k <= hi; k++) {
                            chars.add(k);
                        }
                    }
                } else {
                    chars.add(lo);
                }
            }
            if (unknown || chars.size() > MAX_CLASS) {
                return Atom.NOTHING;
            }
            if (chars.size() == 1) {
                int only = chars.iterator().next();
                return only > 0xFFFF ? Atom.of(new Need(Set.of(), true)) : literal((char) only);
            }
            return Atom.of(classNeed(chars));
        }

        private static Set<Integer> digits() {
            Set<Integer> s = new LinkedHashSet<>();
            for (int c = '0'; c <= '9'; c++) {
                s.add(c);
            }
            return s;
        }

        private static Set<Integer> whitespace() {
            Set<Integer> s = new LinkedHashSet<>();
            WHITESPACE.chars().forEach(s::add);
            return s;
        }

        private static Need classNeed(Set<Integer> chars) {
            Set<String> literals = new LinkedHashSet<>();
            boolean nonAscii = false;
            for (int c : chars) {
                if (c >= 128) {
                    nonAscii = true;
                } else {
                    literals.add(String.valueOf(c >= 'A' && c <= 'Z' ? (char) (c + 32) : (char) c));
                }
            }
            return new Need(literals, nonAscii);
        }
    }
}
