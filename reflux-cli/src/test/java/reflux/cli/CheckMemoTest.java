package reflux.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reflux.chem.MemoStore;
import reflux.testkit.SharedFiles;

/**
 * The persistent memo of {@code reflux check}: the same bytes printed with and without it, and any change to the
 * route's bytes or the code digest, or a damaged entry, computes the report again.
 */
class CheckMemoTest {

    private record Run(int exit, String out, String err) {
    }

    @TempDir
    Path dir;

    private final List<String> notes = new ArrayList<>();

    private CheckMemo memo(String code) {
        return new CheckMemo(new MemoStore(dir.resolve("memo"), "check", 16, notes::add), code);
    }

    private static Run check(Optional<CheckMemo> memo, String... args) {
        CheckCommand command = new CheckCommand();
        command.memo = memo;
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 1];
        all[0] = "check";
        System.arraycopy(args, 0, all, 1, args.length);
        int exit = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), "check", command, all);
        return new Run(exit, out.toString(), err.toString());
    }

    private static String route(String name) {
        return SharedFiles.repoRoot().resolve("routes").resolve(name).toString();
    }

    private List<Path> entries() throws Exception {
        Path m = dir.resolve("memo");
        if (!Files.isDirectory(m)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(m)) {
            return s.filter(p -> p.toString().endsWith(".memo")).toList();
        }
    }

    /** Replaces the stored report of {@code file} with one whose section is {@code section}: shows a hit is used. */
    private static void plant(CheckMemo memo, MemoStore store, AuditOutput.Mode mode, Path file, String section)
            throws Exception {
        String key = memo.key("check", mode, file, Files.readAllBytes(file));
        store.put(key, CheckMemo.encode(new AuditOutput.FileReport(false, List.of(), 0, 0, 0, null, section)));
    }

    @Test
    void theReportIsTheSameBytesComputedStoredAndReadBack() throws Exception {
        String r1 = route("cefepime-001-example1.yaml");
        String r2 = route("ceftobiprole-002-claims.yaml");
        Run plain = check(Optional.empty(), r1, r2);
        Run miss = check(Optional.of(memo("c0de")), r1, r2);
        assertThat(entries()).hasSize(2);
        Run hit = check(Optional.of(memo("c0de")), r1, r2);
        assertThat(plain.out()).contains("== 2 file(s)");
        assertThat(miss).isEqualTo(plain);
        assertThat(hit).isEqualTo(plain);
        Run json = check(Optional.empty(), "--json", r1);
        check(Optional.of(memo("c0de")), "--json", r1);
        assertThat(check(Optional.of(memo("c0de")), "--json", r1)).isEqualTo(json);
        assertThat(entries()).hasSize(3); // text and JSON are separate entries
        assertThat(notes).isEmpty();
    }

    @Test
    void aChangedByteOfTheRouteOrAnotherCodeDigestComputesAgain() throws Exception {
        Path routes = Files.createDirectories(dir.resolve("work/routes"));
        Path file = routes.resolve("r.yaml");
        Files.copy(Path.of(route("cefepime-001-example1.yaml")), file);
        CheckMemo memo = memo("c0de");
        MemoStore store = new MemoStore(dir.resolve("memo"), "check", 16, notes::add);
        plant(memo, store, AuditOutput.Mode.TEXT, file, "PLANTED\n");
        // the planted entry answers for exactly these bytes and this code
        assertThat(check(Optional.of(memo), file.toString()).out()).isEqualTo("PLANTED\n");
        Run other = check(Optional.of(memo("c0de2")), file.toString());
        assertThat(other.out()).startsWith("== " + file).doesNotContain("PLANTED");
        assertThat(other).isEqualTo(check(Optional.empty(), file.toString()));
        // one byte more (a trailing comment): another key, so computed, not the planted report
        Files.writeString(file, Files.readString(file) + "#\n");
        Run changed = check(Optional.of(memo), file.toString());
        assertThat(changed.out()).startsWith("== " + file).doesNotContain("PLANTED");
    }

    @Test
    void aDamagedEntryIsIgnoredWithAWarningAndRewritten() throws Exception {
        String r = route("cefepime-001-example2.yaml");
        Run plain = check(Optional.empty(), r);
        check(Optional.of(memo("c0de")), r);
        Path entry = entries().get(0);
        byte[] b = Files.readAllBytes(entry);
        Files.write(entry, java.util.Arrays.copyOf(b, b.length / 2)); // damaged
        Run again = check(Optional.of(memo("c0de")), r);
        assertThat(again).isEqualTo(plain);
        assertThat(notes).hasSize(1).allMatch(n -> n.contains("ignored") && n.contains(entry.toString()));
        assertThat(Files.readAllBytes(entry)).isEqualTo(b); // rewritten whole
        assertThat(check(Optional.of(memo("c0de")), r)).isEqualTo(plain);
        assertThat(notes).hasSize(1);
    }

    @Test
    void anInvalidRouteIsMemoizedWithItsProblemsAndExitCode() throws Exception {
        Path file = dir.resolve("bad.yaml");
        Files.writeString(file, "schema: reflux.route/1\nid: bad\nkind: example\nstages: 5\n");
        Run plain = check(Optional.empty(), file.toString());
        assertThat(plain.exit()).isEqualTo(ExitCode.FINDINGS);
        assertThat(plain.err()).contains(file + ":");
        check(Optional.of(memo("c0de")), file.toString());
        assertThat(check(Optional.of(memo("c0de")), file.toString())).isEqualTo(plain);
    }

    @Test
    void anUnreadableFileIsNeverMemoized() throws Exception {
        Path missing = dir.resolve("missing.yaml");
        Run plain = check(Optional.of(memo("c0de")), missing.toString(), dir.toString());
        assertThat(plain.exit()).isEqualTo(ExitCode.INPUT);
        assertThat(entries()).isEmpty();
    }

    /** {@code reflux audit} in a new JVM with the cache folder {@code cache} and REFLUX_NO_CACHE as given. */
    private static int audit(Path cache, Path file, String noCache) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Dreflux.cache=" + cache, "-Dreflux.warmup=false",
                "reflux.cli.Main", "audit", file.toString());
        pb.environment().put("REFLUX_NO_CACHE", noCache);
        pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        assertThat(p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        return p.exitValue();
    }

    @Test
    void refluxNoCacheTurnsTheMemoOff() throws Exception {
        Path file = dir.resolve("bad.yaml");
        Files.writeString(file, "schema: reflux.route/1\nid: bad\nkind: example\nstages: 5\n");
        Path off = dir.resolve("off");
        Path on = dir.resolve("on");
        assertThat(audit(off, file, "1")).isEqualTo(ExitCode.FINDINGS);
        assertThat(off.resolve("memo")).doesNotExist();
        assertThat(audit(on, file, "")).isEqualTo(ExitCode.FINDINGS);
        try (Stream<Path> s = Files.list(on.resolve("memo"))) {
            assertThat(s.filter(p -> p.toString().endsWith(".memo"))).hasSize(1);
        }
    }
}
