package reflux.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import reflux.model.finding.FindingCode;
import reflux.testkit.SharedFiles;

/**
 * The registry {@link FindingCode} and its page {@code docs/finding-codes.md} say the same (every code once, with
 * its default severity and meaning, each named emitter using the code), and main code names codes only through the
 * enum, never as a string literal.
 */
class FindingCodeRegistryTest {

    private static final Path ROOT = SharedFiles.repoRoot();
    private static final String DOC = "docs/finding-codes.md";
    private static final String NOT_EMITTED = "not emitted yet";

    /** One code row of the doc's tables: {@code | `CODE` | SEVERITY | meaning | emitted by |}. */
    private record Row(int line, String code, String severity, String meaning, String emittedBy) {
    }

    private static List<Row> rows() throws IOException {
        List<String> lines = Files.readAllLines(ROOT.resolve(DOC), StandardCharsets.UTF_8);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (!line.startsWith("| `")) {
                continue;
            }
            String[] cells = line.substring(1, line.length() - (line.endsWith("|") ? 1 : 0)).split("\\|", -1);
            assertThat(cells).as(DOC + ":" + (i + 1) + ": a code row has 4 cells (code, severity, meaning, emitted by)")
                    .hasSize(4);
            String code = cells[0].strip();
            assertThat(code).as(DOC + ":" + (i + 1) + ": the code is in backticks").matches("`[A-Z0-9_]+`");
            rows.add(new Row(i + 1, code.substring(1, code.length() - 1), cells[1].strip(), cells[2].strip(),
                    cells[3].strip()));
        }
        return rows;
    }

    /** The row the doc should have for a code (printed when a row is missing or wrong). */
    private static String expectedRow(FindingCode c) {
        return "| `" + c.name() + "` | " + c.defaultSeverity() + " | " + c.meaning() + " | <emitted by> |";
    }

    @Test
    void theDocListsEveryCodeOnceWithItsDefaultSeverityAndMeaning() throws IOException {
        Map<String, Row> byCode = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (Row r : rows()) {
            if (byCode.putIfAbsent(r.code(), r) != null) {
                problems.add(DOC + ":" + r.line() + ": " + r.code() + " is listed twice");
            }
        }
        for (FindingCode c : FindingCode.values()) {
            Row r = byCode.remove(c.name());
            if (r == null) {
                problems.add(DOC + ": no row for " + c + "; add " + expectedRow(c));
            } else if (!r.severity().equals(c.defaultSeverity().name()) || !r.meaning().equals(c.meaning())) {
                problems.add(DOC + ":" + r.line() + ": " + c + " says '" + r.severity() + " | " + r.meaning()
                        + "', the enum '" + c.defaultSeverity() + " | " + c.meaning() + "'");
            }
        }
        byCode.values().forEach(r -> problems.add(DOC + ":" + r.line() + ": " + r.code()
                + " is not a FindingCode; remove the row or add the constant"));
        assertThat(problems).as(DOC + " against FindingCode").isEmpty();
    }

    @Test
    void everyEmitterTheDocNamesUsesTheCode() throws IOException {
        Map<String, Path> sources = new LinkedHashMap<>();
        for (Path p : mainSources()) {
            sources.putIfAbsent(p.getFileName().toString(), p);
        }
        List<String> problems = new ArrayList<>();
        Pattern names = Pattern.compile("`([A-Z][A-Za-z0-9]*)`");
        for (Row r : rows()) {
            if (r.emittedBy().startsWith(NOT_EMITTED)) {
                continue;
            }
            Matcher m = names.matcher(r.emittedBy());
            boolean any = false;
            while (m.find()) {
                any = true;
                Path source = sources.get(m.group(1) + ".java");
                if (source == null) {
                    problems.add(DOC + ":" + r.line() + ": emitter " + m.group(1) + " is no class in main code");
                } else if (!Files.readString(source, StandardCharsets.UTF_8).contains("FindingCode." + r.code())) {
                    problems.add(DOC + ":" + r.line() + ": " + ROOT.relativize(source) + " does not use FindingCode."
                            + r.code() + "; fix the 'emitted by' cell or mark it '" + NOT_EMITTED + "'");
                }
            }
            if (!any) {
                problems.add(DOC + ":" + r.line() + ": " + r.code() + " names no emitter class in backticks (or '"
                        + NOT_EMITTED + "')");
            }
        }
        assertThat(problems).as("'emitted by' column of " + DOC).isEmpty();
    }

    @Test
    void mainCodeNamesNoFindingCodeAsAStringLiteral() throws IOException {
        Set<String> codes = new LinkedHashSet<>();
        Arrays.stream(FindingCode.values()).forEach(c -> codes.add(c.name()));
        List<String> problems = new ArrayList<>();
        List<Path> files = mainSources();
        assertThat(files).as("main sources under reflux-*/src/main/java").hasSizeGreaterThan(50);
        for (Path p : files) {
            if (p.getFileName().toString().equals("FindingCode.java")) {
                continue;
            }
            for (JavaStrings.Literal l : JavaStrings.literals(Files.readString(p, StandardCharsets.UTF_8))) {
                if (codes.contains(l.text())) {
                    problems.add(ROOT.relativize(p) + ":" + l.line() + ": \"" + l.text() + "\" is a finding code; use"
                            + " FindingCode." + l.text());
                }
            }
        }
        assertThat(problems).as("finding codes spelt as string literals in main code").isEmpty();
    }

    @Test
    void theLiteralScanSkipsCommentsAndCharLiteralsAndReadsTextBlocks() {
        String src = """
                // "MOLES_MISMATCH" in a line comment
                /* "YIELD_OVER_100" in a block comment */
                char q = '"'; String a = "MS_PEAK_EXPLAINED";
                String b = "say \\"GREEN_METRICS\\" here";
                String c = \"""
                    CHECK_FAILED\""";
                """;
        List<JavaStrings.Literal> found = JavaStrings.literals(src);
        assertThat(found).extracting(JavaStrings.Literal::text).containsExactly("MS_PEAK_EXPLAINED",
                "say \\\"GREEN_METRICS\\\" here", "CHECK_FAILED");
        assertThat(found.get(0).line()).isEqualTo(3);
        assertThat(found.get(2).line()).isEqualTo(5);
    }

    /** Every .java file under {@code reflux-*}{@code /src/main/java}. */
    private static List<Path> mainSources() throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> modules = Files.newDirectoryStream(ROOT, "reflux-*")) {
            for (Path module : modules) {
                Path src = module.resolve("src").resolve("main").resolve("java");
                if (!Files.isDirectory(src)) {
                    continue;
                }
                try (Stream<Path> walk = Files.walk(src)) {
                    walk.filter(f -> f.toString().endsWith(".java")).sorted().forEach(files::add);
                }
            }
        }
        return files;
    }

    /** A small Java lexer that finds string literals (and text blocks), skipping comments and char literals. */
    static final class JavaStrings {

        /** A literal's text as written (escapes not processed; a text block stripped) and its 1-based line. */
        record Literal(int line, String text) {
        }

        private JavaStrings() {
        }

        static List<Literal> literals(String src) {
            List<Literal> out = new ArrayList<>();
            int line = 1;
            int i = 0;
            int n = src.length();
            while (i < n) {
                char c = src.charAt(i);
                if (c == '\n') {
                    line++;
                    i++;
                } else if (src.startsWith("//", i)) {
                    i = end(src.indexOf('\n', i), n);
                } else if (src.startsWith("/*", i)) {
                    int close = end(src.indexOf("*/", i + 2), n - 2) + 2;
                    line += count(src, i, close);
                    i = close;
                } else if (src.startsWith("\"\"\"", i)) {
                    int close = closing(src, i + 3, "\"\"\"");
                    out.add(new Literal(line, src.substring(i + 3, Math.min(close, n)).strip()));
                    line += count(src, i, close);
                    i = close + 3;
                } else if (c == '"' || c == '\'') {
                    int close = closing(src, i + 1, String.valueOf(c));
                    if (c == '"') {
                        out.add(new Literal(line, src.substring(i + 1, Math.min(close, n))));
                    }
                    i = close + 1;
                } else {
                    i++;
                }
            }
            return out;
        }

        /** Index of the first unescaped {@code delimiter} from {@code from}, or the end of the text. */
        private static int closing(String src, int from, String delimiter) {
            int i = from;
            while (i < src.length()) {
                if (src.charAt(i) == '\\') {
                    i += 2;
                } else if (src.startsWith(delimiter, i)) {
                    return i;
                } else {
                    i++;
                }
            }
            return src.length();
        }

        private static int end(int index, int n) {
            return index < 0 ? n : index;
        }

        private static int count(String src, int from, int to) {
            int lines = 0;
            for (int i = from; i < Math.min(to, src.length()); i++) {
                if (src.charAt(i) == '\n') {
                    lines++;
                }
            }
            return lines;
        }
    }
}
