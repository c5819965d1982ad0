package reflux.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The output folder of a corpus run: the input split into deterministic partitions (contiguous runs of records in
 * input order), each written as {@code parts/part-NNNNN.jsonl} (+ {@code .timings.jsonl}) through a temporary file
 * moved into place, then marked finished by {@code parts/part-NNNNN._SUCCESS}; a resumed run skips marked
 * partitions; the merge concatenates the partitions in order into {@code rows.jsonl}, so an interrupted and resumed
 * run ends with the same bytes as an uninterrupted one. {@code _plan} records the input and partitioning; resuming
 * under another plan is refused. Stateless; safe for workers writing different partitions at once (a shared
 * filesystem is all a cluster needs).
 */
public final class Partitions {
    /** Default records per partition. */
    public static final int DEFAULT_SIZE = 250;

    private Partitions() {
    }

    /** The partitions of {@code records}: {@code count} contiguous slices as even as possible (count ≥ 1). */
    public static List<List<CorpusRecord>> split(List<CorpusRecord> records, int count) {
        int n = Math.max(1, Math.min(count, Math.max(1, records.size())));
        List<List<CorpusRecord>> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            int from = (int) ((long) records.size() * k / n);
            int to = (int) ((long) records.size() * (k + 1) / n);
            out.add(List.copyOf(records.subList(from, to)));
        }
        return out;
    }

    /**
     * The default partition count for {@code records} records: one per {@link #DEFAULT_SIZE}, and at least 8 (or one
     * per record) so that a small input still keeps several workers busy; independent of the thread count, so that
     * a run may be resumed with other threads.
     */
    public static int defaultCount(int records) {
        return Math.max(Math.min(records, 8), Math.max(1, (records + DEFAULT_SIZE - 1) / DEFAULT_SIZE));
    }

    /** The plan line of a run (input file name, record count, partitions). */
    public static String plan(String input, int records, int partitions) {
        return "input=" + input + " records=" + records + " partitions=" + partitions;
    }

    /**
     * Prepares {@code dir}: writes the plan, or on resume checks it; returns null, or the problem (another plan in
     * the folder, a folder with a previous run and no --resume).
     */
    public static String prepare(Path dir, String plan, boolean resume) throws IOException {
        Files.createDirectories(dir.resolve("parts"));
        Path p = dir.resolve("_plan");
        if (Files.exists(p)) {
            String old = Files.readString(p, StandardCharsets.UTF_8).strip();
            if (!old.equals(plan)) {
                return dir + "/_plan: this folder holds a run of another plan (" + old + "; this run: " + plan
                        + "); use another --out or the same input and --partitions";
            }
            if (!resume && finished(dir).size() > 0) {
                return dir + ": holds finished partitions of an earlier run; add --resume to continue it or choose "
                        + "another --out";
            }
            return null;
        }
        atomicWrite(p, (plan + "\n").getBytes(StandardCharsets.UTF_8));
        return null;
    }

    /** Partition numbers marked finished. */
    public static List<Integer> finished(Path dir) throws IOException {
        List<Integer> out = new ArrayList<>();
        Path parts = dir.resolve("parts");
        if (!Files.isDirectory(parts)) {
            return out;
        }
        try (var s = Files.list(parts)) {
            s.map(f -> f.getFileName().toString()).filter(f -> f.endsWith("._SUCCESS")).sorted()
                    .forEach(f -> out.add(Integer.parseInt(f.substring(5, 10))));
        }
        return out;
    }

    /** Whether partition {@code k} is finished. */
    public static boolean isFinished(Path dir, int k) {
        return Files.exists(marker(dir, k));
    }

    /** Writes partition {@code k}'s rows and timings (temporary files moved into place), then its marker. */
    public static void write(Path dir, int k, List<CorpusRow> rows) throws IOException {
        StringBuilder json = new StringBuilder();
        StringBuilder times = new StringBuilder();
        for (CorpusRow r : rows) {
            json.append(r.json()).append('\n');
            times.append(r.timingsJson()).append('\n');
        }
        atomicWrite(part(dir, k), json.toString().getBytes(StandardCharsets.UTF_8));
        atomicWrite(dir.resolve("parts").resolve(String.format("part-%05d.timings.jsonl", k)),
                times.toString().getBytes(StandardCharsets.UTF_8));
        atomicWrite(marker(dir, k), new byte[0]);
    }

    /** Concatenates partitions 0..n-1 (all must be finished) into {@code rows.jsonl} and {@code timings.jsonl}. */
    public static void merge(Path dir, int n) throws IOException {
        concat(dir, n, "", dir.resolve("rows.jsonl"));
        concat(dir, n, ".timings", dir.resolve("timings.jsonl"));
    }

    private static void concat(Path dir, int n, String infix, Path out) throws IOException {
        Path tmp = Files.createTempFile(dir, ".merge", ".tmp");
        try {
            try (OutputStream o = Files.newOutputStream(tmp)) {
                for (int k = 0; k < n; k++) {
                    if (!isFinished(dir, k)) {
                        throw new IOException(marker(dir, k) + ": partition " + k + " is not finished");
                    }
                    try (InputStream in = Files.newInputStream(
                            dir.resolve("parts").resolve(String.format("part-%05d%s.jsonl", k, infix)))) {
                        in.transferTo(o);
                    }
                }
            }
            Files.move(tmp, out, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The rows file of partition {@code k}. */
    public static Path part(Path dir, int k) {
        return dir.resolve("parts").resolve(String.format("part-%05d.jsonl", k));
    }

    private static Path marker(Path dir, int k) {
        return dir.resolve("parts").resolve(String.format("part-%05d._SUCCESS", k));
    }

    /** Writes {@code bytes} to a temporary file beside {@code out} and moves it into place. */
    public static void atomicWrite(Path out, byte[] bytes) throws IOException {
        Path abs = out.toAbsolutePath();
        Files.createDirectories(abs.getParent());
        Path tmp = Files.createTempFile(abs.getParent(), "." + abs.getFileName(), ".tmp");
        try {
            Files.write(tmp, bytes);
            Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Writes text lines atomically. */
    public static void atomicWriteLines(Path out, List<String> lines) throws IOException {
        StringBuilder b = new StringBuilder();
        for (String l : lines) {
            b.append(l).append('\n');
        }
        atomicWrite(out, b.toString().getBytes(StandardCharsets.UTF_8));
    }

}
