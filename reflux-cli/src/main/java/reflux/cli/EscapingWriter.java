package reflux.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import reflux.text.TerminalText;

/**
 * The last guard before the terminal: every character {@link TerminalText} escapes is written escaped, except the
 * characters of the line separator and the tab (stack traces indent with it; it moves no cursor but the next
 * tab stop). The text renderers escape route data themselves; this catches what reaches
 * stdout or stderr by another way (route summaries, located problems, picocli messages echoing an argument). JSON
 * passes unchanged, as Jackson never writes a raw control character. Not thread-safe (like the writer it wraps).
 */
final class EscapingWriter extends FilterWriter {

    private static final String LINE_SEPARATOR = System.lineSeparator();

    EscapingWriter(Writer out) {
        super(out);
    }

    @Override
    public void write(int c) throws IOException {
        char ch = (char) c;
        if (TerminalText.needsEscape(ch) && ch != '\t' && LINE_SEPARATOR.indexOf(ch) < 0) {
            out.write(TerminalText.escaped(ch));
        } else {
            out.write(ch);
        }
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
        for (int i = off; i < off + len; i++) {
            write(cbuf[i]);
        }
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
        for (int i = off; i < off + len; i++) {
            write(str.charAt(i));
        }
    }
}
