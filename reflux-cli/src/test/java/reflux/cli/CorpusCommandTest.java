package reflux.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reflux.testkit.SharedFiles;

class CorpusCommandTest {

    private record Result(int exit, String out, String err) {
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(exit, out.toString(), err.toString());
    }

    /** The first {@code n} ORD records of the dev corpus as a file of their own. */
    private static Path firstRecords(Path dir, int n) throws IOException {
        Path data = SharedFiles.shared("data/uspto-ord-dev/reactions.jsonl.gz");
        List<String> lines = new ArrayList<>();
        try (var r = new java.io.BufferedReader(new java.io.InputStreamReader(
                new GZIPInputStream(Files.newInputStream(data)), java.nio.charset.StandardCharsets.UTF_8))) {
            String l;
            while (lines.size() < n && (l = r.readLine()) != null) {
                lines.add(l);
            }
        }
        Path f = dir.resolve("first.jsonl");
        Files.write(f, lines);
        return f;
    }

    @Test
    void aRunKilledMidwayAndResumedEndsWithTheBytesOfAnUninterruptedRun(@TempDir Path tmp) throws Exception {
        Path in = firstRecords(tmp, 48);
        Path whole = tmp.resolve("whole");
        Result w = run("corpus", in.toString(), "--out", whole.toString(), "--threads", "1", "--partitions", "8");
        assertThat(w.exit()).as(w.err()).isZero();
        // a child JVM on the same input, killed (SIGKILL) once some but not all partitions are finished
        Path cut = tmp.resolve("cut");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(java, "-Dreflux.cache=off", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "corpus", in.toString(), "--out", cut.toString(), "--threads", "1",
                "--partitions", "8").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        Path parts = cut.resolve("parts");
        long deadline = System.nanoTime() + 600_000_000_000L;
        while (p.isAlive() && System.nanoTime() < deadline && markers(parts) < 2) {
            Thread.sleep(50);
        }
        p.destroyForcibly().waitFor();
        int finished = markers(parts);
        assertThat(finished).as("partitions finished before the kill").isBetween(1, 7);
        assertThat(cut.resolve("rows.jsonl")).doesNotExist();
        assertThat(cut.resolve("rows.parquet")).doesNotExist();
        Result again = run("corpus", in.toString(), "--out", cut.toString(), "--threads", "1", "--partitions", "8");
        assertThat(again.exit()).as("without --resume a folder with finished partitions is refused").isEqualTo(2);
        assertThat(again.err()).contains("--resume");
        Result resumed = run("corpus", in.toString(), "--out", cut.toString(), "--threads", "2", "--partitions", "8",
                "--resume");
        assertThat(resumed.exit()).as(resumed.err()).isZero();
        assertThat(resumed.out()).contains((8 - finished) + " run, " + finished + " resumed");
        assertThat(Files.readAllBytes(cut.resolve("rows.jsonl"))).isEqualTo(Files.readAllBytes(whole.resolve("rows.jsonl")));
        assertThat(Files.readAllLines(whole.resolve("rows.jsonl"))).hasSize(48);
        assertThat(Files.readAllBytes(cut.resolve("rows.parquet")))
                .as("the Parquet copy too: no timestamp or run-dependent byte in it")
                .isEqualTo(Files.readAllBytes(whole.resolve("rows.parquet")));
        assertThat(whole.resolve("summary.json")).exists();
        assertThat(whole.resolve("summary.html")).exists();
    }

    private static int markers(Path parts) throws IOException {
        if (!Files.isDirectory(parts)) {
            return 0;
        }
        try (var s = Files.list(parts)) {
            return (int) s.filter(f -> f.getFileName().toString().endsWith("._SUCCESS")).count();
        }
    }

    @Test
    void badArgumentsAndAMissingInputHaveTheirExitCodes(@TempDir Path tmp) {
        Result r = run("corpus", tmp.resolve("nope.jsonl").toString(), "--out", tmp.resolve("o").toString());
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).contains("nope.jsonl: no such file");
        Result e = run("corpus", tmp.toString(), "--out", tmp.resolve("o").toString(), "--engine", "hadoop");
        assertThat(e.exit()).isEqualTo(2);
        assertThat(e.err()).contains("--engine").contains("hadoop");
    }
}
