package reflux.report;

/**
 * The one HTML escaper of the report and the web UI: every string that comes from a route, a patent or a request goes
 * through {@link #escape} before it reaches a page, as text or as an attribute value.
 *
 * <pre>{@code
 * "<td>" + Html.escape(substance.name()) + "</td>"
 * }</pre>
 *
 * Escapes {@code & < > " '} (so the result is safe in element content and in single- or double-quoted attributes),
 * {@code {} as {@code &#123;} (no client-side template syntax such as {@code {{x}}} survives as markup), and control
 * characters other than tab, line feed and carriage return as their code point in brackets, which HTML cannot carry.
 */
public final class Html {

    private Html() {
    }

    /** The text as HTML character data; null gives the empty string. */
    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String rep = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                case '{' -> "&#123;";
                default -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f
                        ? String.format("[U+%04X]", (int) c) : null;
            };
            if (rep != null) {
                if (sb == null) {
                    sb = new StringBuilder(s.length() + 16).append(s, 0, i);
                }
                sb.append(rep);
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }
}
