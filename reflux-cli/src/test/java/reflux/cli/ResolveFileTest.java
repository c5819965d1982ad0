package reflux.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.FileInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reflux.model.identity.Resolution;
import reflux.model.identity.ResolutionStatus;

/**
 * {@code reflux resolve --file}: only regular files and standard input, streamed under the 5 MB cap; a device, a
 * FIFO, a directory and an oversized list each end at once with one line naming the file and the limit, exit 3.
 * The resolver is replaced by a stub where the names do not matter (these tests are about reading).
 */
class ResolveFileTest {

    private static final Duration SECONDS = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final ResolveCommand command = new ResolveCommand();

    ResolveFileTest() {
        command.resolver = () -> name -> new Resolution(name, ResolutionStatus.UNRESOLVED, null, null, null, null,
                null, null, null, List.of(), null, List.of(), "stub", List.of());
    }

    private int resolve(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "resolve";
        System.arraycopy(args, 0, all, 1, args.length);
        return assertTimeoutPreemptively(SECONDS, () -> Main.execute(new PrintWriter(out, true),
                new PrintWriter(err, true), "resolve", command, all));
    }

    /** The one line on stderr, which names the file and says why. */
    private String message() {
        assertThat(err.toString().lines().toList()).hasSize(1);
        assertThat(err.toString()).doesNotContain("Exception").doesNotContain("\tat ");
        return err.toString();
    }

    @Test
    void devZeroIsNotARegularFileAndIsNotOpened() {
        assumeTrue(Files.exists(Path.of("/dev/zero")));
        assertThat(resolve("--file", "/dev/zero")).isEqualTo(ExitCode.INPUT);
        assertThat(message()).contains("/dev/zero", "not a regular file");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aFifoIsRefusedBeforeOpeningSoNothingBlocks() throws Exception {
        Path fifo = dir.resolve("names.fifo");
        Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(p.waitFor() == 0, "mkfifo is available");
        assertThat(resolve("--file", fifo.toString())).isEqualTo(ExitCode.INPUT);
        assertThat(message()).contains(fifo.toString(), "not a regular file");
    }

    @Test
    void aDirectoryIsRefused() {
        assertThat(resolve("--file", dir.toString())).isEqualTo(ExitCode.INPUT);
        assertThat(message()).contains(dir.toString(), "is a directory");
    }

    @Test
    void aFiftyMegabyteListIsRefusedBySizeNamingTheLimit() throws Exception {
        Path big = dir.resolve("big.txt");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(50L * 1024 * 1024);
        }
        assertThat(resolve("--file", big.toString())).isEqualTo(ExitCode.INPUT);
        assertThat(message()).contains(big.toString(), "52428800 bytes", "limited to 5 MB (5242880 bytes)");
    }

    @Test
    void standardInputIsStreamedAndCutAtTheCap() {
        // 50 MB of names, generated as read: the read stops at 5 MB instead of holding all of it
        long total = 50L * 1024 * 1024;
        command.stdin = new InputStream() {
            private final byte[] line = "thiourea\n".getBytes(StandardCharsets.US_ASCII);
            private long n;

            @Override
            public int read() {
                return n >= total ? -1 : line[(int) (n++ % line.length)];
            }
        };
        assertThat(resolve("--file", "-")).isEqualTo(ExitCode.INPUT);
        assertThat(message()).contains("standard input", "longer than 5 MB (5242880 bytes)");
    }

    @Test
    void devZeroOnStandardInputEndsAtTheFirstNulByte() throws Exception {
        assumeTrue(Files.exists(Path.of("/dev/zero")));
        try (InputStream zero = new FileInputStream("/dev/zero")) {
            command.stdin = zero;
            assertThat(resolve("--file", "-")).isEqualTo(ExitCode.INPUT);
        }
        assertThat(message()).contains("standard input", "NUL byte at byte offset 0");
    }

    @Test
    void standardInputNamesAreRead() {
        command.stdin = new ByteArrayInputStream("# two names\nthiourea\n\nacetone\n".getBytes(StandardCharsets.UTF_8));
        assertThat(resolve("--json", "--file", "-")).isEqualTo(ExitCode.FINDINGS);
        assertThat(out.toString()).contains("\"thiourea\"", "\"acetone\"");
    }

    @Test
    void latin1TextIsNotUtf8() throws Exception {
        Path f = dir.resolve("latin1.txt");
        Files.write(f, "b\u00e9ta-lactam\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(resolve("--file", f.toString())).isEqualTo(ExitCode.INPUT);
        assertThat(message()).contains(f.toString(), "not UTF-8");
    }

    @Test
    void aLongListReportsProgressOnStderr() throws Exception {
        Path f = dir.resolve("many.txt");
        Files.writeString(f, "acetone\n".repeat(ResolveCommand.PROGRESS_ABOVE + 1));
        assertThat(resolve("--json", "--file", f.toString())).isEqualTo(ExitCode.FINDINGS);
        assertThat(err.toString()).contains("reflux resolve: 1001 of 1001 names");
    }

    @Test
    void aShortListPrintsNoProgress() {
        assertThat(resolve("acetone")).isEqualTo(ExitCode.FINDINGS);
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void anInternalErrorExitsFourWithoutTheExceptionUnlessAskedFor() {
        command.resolver = () -> name -> {
            throw new IllegalStateException("boom");
        };
        assertThat(resolve("acetone")).isEqualTo(ExitCode.INTERNAL);
        assertThat(err.toString()).contains("internal error", "--stacktrace")
                .doesNotContain("IllegalStateException").doesNotContain("boom");
        err.getBuffer().setLength(0);
        assertThat(resolve("--stacktrace", "acetone")).isEqualTo(ExitCode.INTERNAL);
        assertThat(err.toString()).contains("java.lang.IllegalStateException: boom", "\tat ");
    }
}
