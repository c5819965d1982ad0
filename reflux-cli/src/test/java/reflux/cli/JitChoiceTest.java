package reflux.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The corpus JIT rule: C1 only up to the stated number of records, the same number in the launcher and here. */
class JitChoiceTest {

    @TempDir
    Path dir;

    @Test
    void theLauncherStatesTheSameLimit() throws IOException {
        String launcher = Files.readString(Path.of("").toAbsolutePath().getParent().resolve("reflux"));
        Matcher m = Pattern.compile("(?m)^quick_max=(\\d+)$").matcher(launcher);
        assertThat(m.find()).as("quick_max=N in ./reflux").isTrue();
        assertThat(Integer.parseInt(m.group(1))).isEqualTo(JitChoice.QUICK_MAX_RECORDS);
    }

    @Test
    void upToTheLimitACorpusIsSmallAndOneRecordMoreIsNot() throws IOException {
        int n = JitChoice.QUICK_MAX_RECORDS;
        assertThat(JitChoice.isSmall(lines("at-limit.jsonl", n, false))).isTrue();
        assertThat(JitChoice.isSmall(lines("over.jsonl", n + 1, false))).isFalse();
        assertThat(JitChoice.isSmall(lines("at-limit.jsonl.gz", n, true))).isTrue();
        assertThat(JitChoice.isSmall(lines("over.jsonl.gz", n + 1, true))).isFalse();
        // an unreadable input is not known to be small: the long-run setting
        assertThat(JitChoice.isSmall(dir.resolve("missing.jsonl"))).isFalse();
    }

    @Test
    void aSmallCorpusGetsC1OnlyAndALargeOneFullTieredCompilation() throws IOException {
        int n = JitChoice.QUICK_MAX_RECORDS;
        if (System.getenv("REFLUX_JIT") != null) {
            return; // the override is the user's choice; the rule itself is what this test checks
        }
        assertThat(JitChoice.flags(lines("small.jsonl", 10, false))).containsExactly("-XX:TieredStopAtLevel=1");
        assertThat(JitChoice.flags(lines("large.jsonl", n + 1, false))).isEmpty();
    }

    private Path lines(String name, int count, boolean gzip) throws IOException {
        Path p = dir.resolve(name);
        byte[] line = "{\"id\": \"p\", \"text\": \"Stirred at 20 C.\"}\n".getBytes(StandardCharsets.UTF_8);
        try (OutputStream raw = Files.newOutputStream(p); OutputStream out = gzip ? new GZIPOutputStream(raw) : raw) {
            for (int i = 0; i < count; i++) {
                out.write(line);
            }
        }
        return p;
    }
}
