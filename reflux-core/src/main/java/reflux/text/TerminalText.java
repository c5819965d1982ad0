package reflux.text;

/**
 * Makes text from route data safe to print on a terminal: control characters (C0, DEL, C1) become {@code \xHH}
 * and the bidirectional overrides and isolates become {@code U+HHHH}, so a name, quote or note cannot move the
 * cursor, recolour the screen or reorder what the reader sees. Printable text, including backslashes, is unchanged,
 * so escaping twice gives the same result as once. JSON output needs none of this (Jackson escapes). Stateless.
 *
 * <pre>{@code
 * out.println("name: " + TerminalText.escape(substance.name()));
 * }</pre>
 */
public final class TerminalText {

    private TerminalText() {
    }

    /** {@code s} with every control character escaped, line breaks and tabs included (one field, one line). */
    public static String escape(String s) {
        return escape(s, false);
    }

    /** {@code s} with every control character escaped except the line feeds that separate its lines. */
    public static String escapeKeepingLines(String s) {
        return escape(s, true);
    }

    /** Whether {@code c} is printed escaped (a line feed always is here; the caller decides whether to keep it). */
    public static boolean needsEscape(char c) {
        return c < 0x20 || c >= 0x7F && c <= 0x9F || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069;
    }

    /** The escaped form of one character that {@link #needsEscape} accepts. */
    public static String escaped(char c) {
        return c <= 0xFF ? String.format("\\x%02x", (int) c) : String.format("U+%04X", (int) c);
    }

    private static String escape(String s, boolean keepLines) {
        if (s == null) {
            return null;
        }
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean escape = needsEscape(c) && !(keepLines && c == '\n');
            if (escape && sb == null) {
                sb = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (sb != null) {
                if (escape) {
                    sb.append(escaped(c));
                } else {
                    sb.append(c);
                }
            }
        }
        return sb == null ? s : sb.toString();
    }
}
