package reflux.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import reflux.testkit.SharedFiles;

/**
 * The negative corpus (issue 9 acceptance): every bad route file and name list in {@code negative/manifest.tsv},
 * given to its command, exits with the code the README promises, reports the expected code, and prints no Java
 * exception. The expected codes are written in the manifest by what each input is (the malformed route files'
 * faults are described in their own manifest, the wrong routes' in {@code wrong-routes.tsv}).
 */
class NegativeCorpusTest {

    private static final Path MANIFEST = SharedFiles.repoRoot()
            .resolve("reflux-cli/src/test/resources/reflux/cli/negative/manifest.tsv");

    record Row(int line, String command, String input, int exit, String code, String what) {
        @Override
        public String toString() {
            return command + " " + Path.of(input).getFileName() + " → " + exit + " " + code;
        }
    }

    static Stream<Arguments> rows() throws IOException {
        List<Arguments> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(MANIFEST);
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.startsWith("#") || l.startsWith("command\t") || l.isBlank()) {
                continue;
            }
            String[] c = l.split("\t", -1);
            out.add(Arguments.of(new Row(i + 1, c[0], c[1], Integer.parseInt(c[2]), c[3], c[4])));
        }
        return out.stream();
    }

    @Test
    void theCorpusHasAtLeastFortyBadRouteFilesAndNameListsOfEachKind() throws IOException {
        List<Row> rows = rows().map(a -> (Row) a.get()[0]).toList();
        assertThat(rows).hasSizeGreaterThanOrEqualTo(40);
        assertThat(rows).filteredOn(r -> r.command().startsWith("check")).hasSizeGreaterThanOrEqualTo(40);
        assertThat(rows).filteredOn(r -> r.command().startsWith("resolve")).hasSizeGreaterThanOrEqualTo(8);
        assertThat(rows).extracting(Row::exit).contains(1, 2, 3);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void eachBadInputExitsWithItsCodeAndReportsItWithoutAStackTrace(Row row) throws Exception {
        Path input = row.input().startsWith("/") ? Path.of(row.input()) : SharedFiles.repoRoot().resolve(row.input());
        List<String> args = new ArrayList<>(Arrays.asList(row.command().split(" ")));
        boolean json = args.get(0).equals("check") && row.exit() == 1;
        if (json) {
            args.add(1, "--json");
        }
        args.add(input.toString());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args.toArray(String[]::new));
        String all = out + "\n" + err;
        assertThat(all).as("manifest line %d: no Java exception", row.line())
                .doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("java.lang.");
        assertThat(exit).as("manifest line %d (%s): exit code; output:%n%s", row.line(), row.what(),
                all.length() > 2000 ? all.substring(0, 2000) : all).isEqualTo(row.exit());
        switch (row.code()) {
            case "UNREADABLE" -> assertThat(all).isNotBlank();
            case "USAGE" -> assertThat(err.toString()).isNotBlank();
            case "NO_EXAMPLE" -> assertThat(err.toString()).contains("no example found");
            case "UNRESOLVED" -> assertThat(out.toString()).contains("UNRESOLVED");
            default -> {
                JsonNode doc = new ObjectMapper().readTree(out.toString());
                List<String> codes = new ArrayList<>();
                doc.findValues("code").forEach(n -> codes.add(n.asText()));
                // "A|B": any of the codes (wrong-routes.tsv lists the codes that each name the fault correctly)
                assertThat(codes).as("manifest line %d (%s): codes reported", row.line(), row.what())
                        .containsAnyElementsOf(Arrays.asList(row.code().split("\\|")));
            }
        }
    }
}
