package reflux.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reflux.testkit.SharedFiles;

/**
 * {@code reflux extract PATENT.txt -o DIR} and {@code reflux diff}: route files that validate and run, the diff's
 * exit codes (README), clean messages for inputs without examples, nothing half-written.
 */
class ExtractRoutesTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        int code = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        assertThat(out + "\n" + err).doesNotContain("\tat ").doesNotContain("Exception");
        return code;
    }

    private Path seed001() throws Exception {
        try (Stream<Path> s = Files.list(SharedFiles.shared("seeds"))) {
            return s.filter(p -> p.getFileName().toString().startsWith("001_")).findFirst().orElseThrow();
        }
    }

    @Test
    void seed001GivesTwoRoutesThatValidateRunAndEqualTheHandRoutes() throws Exception {
        Path o = dir.resolve("routes");
        assertThat(run("extract", seed001().toString(), "-o", o.toString())).isEqualTo(ExitCode.OK);
        Path ex1 = o.resolve("001-e911f9fb6bcc0e2c-example-1.yaml");
        Path ex2 = o.resolve("001-e911f9fb6bcc0e2c-example-2.yaml");
        assertThat(ex1).exists();
        assertThat(ex2).exists();
        assertThat(run("validate", ex1.toString(), ex2.toString())).isEqualTo(ExitCode.OK);
        // run executes the extracted route stage by stage
        assertThat(run("run", "--json", ex1.toString())).isIn(ExitCode.OK, ExitCode.FINDINGS);
        assertThat(new ObjectMapper().readTree(out.toString()).findValues("verdict")).isNotEmpty();
        // issue 12 acceptance: no difference from either hand route
        for (int i = 1; i <= 2; i++) {
            Path hand = SharedFiles.repoRoot().resolve("routes/cefepime-001-example" + i + ".yaml");
            Path ex = i == 1 ? ex1 : ex2;
            assertThat(run("diff", "--json", ex.toString(), hand.toString())).as(out.toString()).isEqualTo(ExitCode.OK);
            JsonNode d = new ObjectMapper().readTree(out.toString());
            assertThat(d.get("differences")).as("example " + i).isEmpty();
        }
        JsonNode un = new ObjectMapper().readTree(o.resolve("unparsed.json").toFile());
        assertThat(un.get("routes")).hasSize(2);
        try (Stream<Path> s = Files.list(o)) {
            assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void diffOfARouteWithItselfExitsZeroAndUsageErrorsExitTwo() {
        String r = SharedFiles.repoRoot().resolve("routes/cefepime-001-example1.yaml").toString();
        assertThat(run("diff", r, r)).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).startsWith("no difference");
        assertThat(run("diff", r)).isEqualTo(ExitCode.USAGE);
        String r2 = SharedFiles.repoRoot().resolve("routes/cefepime-001-example2.yaml").toString();
        assertThat(run("diff", r, r2)).isEqualTo(ExitCode.FINDINGS);
        assertThat(out.toString()).contains("CHARGE_AMOUNT", "OUTCOME_AMOUNT");
    }

    @Test
    void aPatentWithoutExamplesSaysSoAndWritesNoRoute() throws Exception {
        Path in = dir.resolve("claims.txt");
        Files.writeString(in, "We claim:\n1. A process for the preparation of cefepime.\n");
        Path o = dir.resolve("o");
        assertThat(run("extract", in.toString(), "-o", o.toString())).isEqualTo(ExitCode.FINDINGS);
        assertThat(err.toString()).contains("no example found");
        try (Stream<Path> s = Files.list(o)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("unparsed.json");
        }
    }

    @Test
    void aFiveMegabyteTextIsReadCleanly() throws Exception {
        // a paragraph with an example heading, then run-on text to 5 MB
        StringBuilder b = new StringBuilder("Example 1\n\nTo a solution of benzoic acid (1.22 g, 10 mmol) in "
                + "methanol (20 ml) was added sulfuric acid (0.1 ml) and the mixture was heated at 65 °C for 4 h.\n\n");
        String filler = "The mixture was stirred and the solid was collected and washed with water (10 ml). ";
        while (b.length() < 5 * 1024 * 1024) {
            b.append(filler);
        }
        Path in = dir.resolve("big.txt");
        Files.writeString(in, b, StandardCharsets.UTF_8);
        Path o = dir.resolve("o");
        assertThat(run("extract", in.toString(), "-o", o.toString())).isIn(ExitCode.OK, ExitCode.FINDINGS);
        JsonNode un = new ObjectMapper().readTree(o.resolve("unparsed.json").toFile());
        assertThat(un.get("unparsed").findValuesAsText("reason")).anyMatch(r -> r.startsWith("paragraph longer than"));
    }

    @Test
    void aFolderOfPatentsGivesRoutesAndOneUnparsedListEach() throws Exception {
        Path in = Files.createDirectory(dir.resolve("in"));
        Files.copy(seed001(), in.resolve("a.txt"));
        Files.writeString(in.resolve("b.txt"), "Nothing here.\n");
        Path o = dir.resolve("o");
        assertThat(run("extract", in.toString(), "-o", o.toString())).isEqualTo(ExitCode.OK);
        try (Stream<Path> s = Files.list(o)) {
            List<String> names = s.map(p -> p.getFileName().toString()).sorted().toList();
            assertThat(names).containsExactly("a-example-1.yaml", "a-example-2.yaml", "a.unparsed.json",
                    "b.unparsed.json");
        }
    }
}
