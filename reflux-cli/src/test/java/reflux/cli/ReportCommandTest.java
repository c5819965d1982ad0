package reflux.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code reflux report}: the README's exit codes, the page written atomically, no stack trace. */
class ReportCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.execute(new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void aMissingRouteIsExit3ButThePageStillSaysWhy() throws Exception {
        Path page = dir.resolve("r.html");
        assertThat(run("report", dir.resolve("missing.yaml").toString(), "-o", page.toString())).isEqualTo(3);
        assertThat(Files.readString(page)).startsWith("<!DOCTYPE html>").contains("missing.yaml", "unreadable");
        try (var s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("r.html");
        }
        assertThat(err.toString()).doesNotContain("Exception");
    }

    @Test
    void aTargetThatIsNotAnAmountIsExit2() {
        assertThat(run("report", "x.yaml", "--target", "lots of cefepime")).isEqualTo(2);
        assertThat(err.toString()).contains("reflux report:").doesNotContain("Exception");
    }

    @Test
    void anUnwritableOutputIsExit3() {
        assertThat(run("report", dir.resolve("missing.yaml").toString(), "-o",
                dir.resolve("no/such/dir/r.html").toString())).isEqualTo(3);
        assertThat(err.toString()).contains("cannot write");
    }
}
