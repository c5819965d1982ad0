package reflux.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reflux.audit.AuditText;
import reflux.model.finding.Finding;
import reflux.model.finding.FindingCode;
import reflux.text.TerminalText;
import reflux.testkit.SharedFiles;

/** Control characters from route data never reach the terminal raw: {@link TerminalText} in every text renderer. */
class TerminalEscapingTest {

    private static final String ESC = "\u001b";

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    /** Every character of {@code text} is printable, a line feed, or a tab. */
    private static void assertNoRawControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            assertThat(c == '\n' || c == '\t' || !TerminalText.needsEscape(c))
                    .as("character U+%04X at %d of %s", (int) c, i, text).isTrue();
        }
    }

    @Test
    void controlCharactersBecomeHexEscapesAndBidiOverridesCodePoints() {
        assertThat(TerminalText.escape("a" + ESC + "[31mb\u0007c\u007fd\u009be\nf\tg"))
                .isEqualTo("a\\x1b[31mb\\x07c\\x7fd\\x9be\\x0af\\x09g");
        assertThat(TerminalText.escape("abc\u202Edef\u2066")).isEqualTo("abcU+202EdefU+2066");
        assertThat(TerminalText.escapeKeepingLines("one" + ESC + "\ntwo")).isEqualTo("one\\x1b\ntwo");
    }

    @Test
    void printableTextIsUnchangedAndEscapingTwiceIsEscapingOnce() {
        String s = "7-amino-3-[(1-methyl-1-pyrrolidinium)methyl]-3-cephem-4-carboxylate · 5 °C \\x1b ✓";
        assertThat(TerminalText.escape(s)).isSameAs(s);
        String once = TerminalText.escape("x" + ESC + "y");
        assertThat(TerminalText.escape(once)).isEqualTo(once);
        assertThat(TerminalText.escape(null)).isNull();
    }

    @Test
    void theAuditTextEscapesMessageQuoteAndPathOfAFinding() {
        Finding f = new Finding(FindingCode.ROUTE_INVALID.defaultSeverity(), FindingCode.ROUTE_INVALID,
                "bad " + ESC + "[2J message", "stages[0]" + ESC, "quote\rwith a carriage return", List.of());
        String text = AuditText.finding(f);
        assertNoRawControl(text);
        assertThat(text).contains("bad \\x1b[2J message").contains("stages[0]\\x1b");
    }

    @Test
    void resolvePrintsANameWithAnEscapeSequenceEscaped() {
        run("resolve", "acetone" + ESC + "[31m");
        assertNoRawControl(out.toString());
        assertThat(out.toString()).contains("acetone\\x1b[31m");
    }

    @Test
    void showRunAuditAndCheckPrintRouteDataWithEscapesEscaped() throws Exception {
        Path route = dir.resolve("escapes.yaml");
        String text = Files.readString(SharedFiles.repoRoot().resolve("routes/cefepime-001-example1.yaml"),
                StandardCharsets.UTF_8)
                .replace("title: Cefepime dihydrochloride monohydrate via the bromo intermediate (001, Example 1)",
                        "title: \"\\e[31mCefepime\\e[0m\\u202E dihydrochloride\"")
                .replace("\"No yields are printed; statedYield is left empty.\"",
                        "\"No yields are printed\\e]0;pwned\\a; statedYield is left empty.\"");
        Files.writeString(route, text, StandardCharsets.UTF_8);
        for (String command : new String[] {"show", "run", "audit", "check", "validate"}) {
            out.getBuffer().setLength(0);
            err.getBuffer().setLength(0);
            run(command, route.toString());
            assertNoRawControl(out.toString());
            assertNoRawControl(err.toString());
        }
        out.getBuffer().setLength(0);
        run("show", route.toString());
        assertThat(out.toString()).as(err.toString()).contains("\\x1b[31mCefepime\\x1b[0mU+202E dihydrochloride");
    }
}
