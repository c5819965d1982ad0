package reflux.chem;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The persistent cache's file: size cap with least-recently-used eviction, concurrent writers, killed writers. */
class PersistentCacheTest {

    @TempDir
    Path dir;

    private final List<String> notes = new CopyOnWriteArrayList<>();

    /** A cache of strings in {@code file} with a fixed key (no code-key computation in the child processes). */
    static PersistentCache<String> cache(Path file, Consumer<String> notes, int maxEntries) {
        return new PersistentCache<>(file, "reflux-test v1", "k", new PersistentCache.Codec<>() {
            @Override
            public String encode(String value) {
                return PersistentCache.esc(value);
            }

            @Override
            public String decode(String[] fields) {
                if (fields.length != 1) {
                    throw new IllegalArgumentException("one field expected");
                }
                return PersistentCache.unesc(fields[0]);
            }
        }, "test cache", "test", notes, maxEntries);
    }

    private Path file() {
        return dir.resolve("test-k.tsv");
    }

    private List<String> keysInFile() throws Exception {
        return Files.readAllLines(file(), StandardCharsets.UTF_8).stream().skip(1)
                .map(l -> l.substring(0, l.indexOf('\t'))).toList();
    }

    @Test
    void theCapKeepsTheMostRecentlyAddedEntriesOfOneLargeBatch() throws Exception {
        PersistentCache<String> c = cache(file(), notes::add, 100);
        for (int i = 0; i < 1_000; i++) {
            c.put("n" + i, "v" + i);
        }
        c.flush();
        List<String> expected = new ArrayList<>();
        for (int i = 900; i < 1_000; i++) {
            expected.add("n" + i);
        }
        assertThat(keysInFile()).isEqualTo(expected);
        // a later run adding one entry evicts exactly one, the oldest, instead of wiping the file
        PersistentCache<String> later = cache(file(), notes::add, 100);
        later.put("new", "x");
        later.flush();
        assertThat(keysInFile()).hasSize(100).startsWith("n901").endsWith("new");
        assertThat(cache(file(), notes::add, 100).get("n950")).isEqualTo("v950");
        assertThat(notes).isEmpty();
    }

    @Test
    void aHitMovesAnEntryToTheRecentEndSoTheLeastRecentlyUsedIsEvictedFirst() throws Exception {
        PersistentCache<String> c = cache(file(), notes::add, 4);
        for (String k : List.of("a", "b", "c", "d")) {
            c.put(k, k.toUpperCase());
        }
        c.flush();
        PersistentCache<String> reader = cache(file(), notes::add, 4);
        assertThat(reader.get("a")).isEqualTo("A"); // a was the oldest: the hit alone is written
        reader.flush();
        assertThat(keysInFile()).containsExactly("b", "c", "d", "a");
        PersistentCache<String> writer = cache(file(), notes::add, 4);
        assertThat(writer.get("c")).isEqualTo("C");
        writer.put("e", "E");
        writer.put("f", "F");
        writer.flush();
        assertThat(keysInFile()).containsExactly("a", "c", "e", "f"); // b and d, least recently used, evicted
        assertThat(notes).isEmpty();
    }

    @Test
    void aHitOnARecentEntryOfAWarmCacheDoesNotRewriteTheFile() throws Exception {
        PersistentCache<String> c = cache(file(), notes::add, 100);
        for (int i = 0; i < 80; i++) {
            c.put("n" + i, "v" + i);
        }
        c.flush();
        long before = Files.getLastModifiedTime(file()).toMillis();
        Files.setLastModifiedTime(file(), java.nio.file.attribute.FileTime.fromMillis(before - 60_000));
        PersistentCache<String> reader = cache(file(), notes::add, 100);
        assertThat(reader.get("n79")).isEqualTo("v79");
        reader.flush();
        assertThat(Files.getLastModifiedTime(file()).toMillis()).isEqualTo(before - 60_000);
    }

    @Test
    void aWriteAfterAnotherWriterReplacedTheFileMergesWhatThatWriterAdded() throws Exception {
        PersistentCache<String> a = cache(file(), notes::add, 100);
        PersistentCache<String> b = cache(file(), notes::add, 100);
        assertThat(a.get("x")).isNull(); // both have read the (missing) file
        assertThat(b.get("x")).isNull();
        b.put("from-b", "B");
        b.flush();
        a.put("from-a", "A");
        a.flush();
        a.put("again-a", "A2"); // a's own file unchanged since its write: merged from memory, nothing lost
        a.flush();
        assertThat(keysInFile()).containsExactly("from-b", "from-a", "again-a");
        assertThat(notes).isEmpty();
    }

    @Test
    void threadsWithTheirOwnInstancesOnOneFileLoseNoEntries() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> jobs = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int id = t;
                jobs.add(pool.submit(() -> {
                    for (int round = 0; round < 5; round++) {
                        PersistentCache<String> c = cache(file(), notes::add, 100_000);
                        for (int i = 0; i < 50; i++) {
                            c.put("t" + id + "-" + round + "-" + i, "v");
                        }
                        c.flush();
                    }
                }));
            }
            for (Future<?> f : jobs) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(keysInFile()).hasSize(8 * 5 * 50).doesNotHaveDuplicates();
        assertThat(notes).isEmpty();
        assertThat(temporaryFiles()).isEmpty();
    }

    @Test
    void putsIntoOneInstanceWhileItFlushesAreAllWritten() throws Exception {
        PersistentCache<String> c = cache(file(), notes::add, 100_000);
        ExecutorService pool = Executors.newFixedThreadPool(5);
        try {
            List<Future<?>> jobs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int id = t;
                jobs.add(pool.submit(() -> {
                    for (int i = 0; i < 2_000; i++) {
                        c.put("t" + id + "-" + i, "v" + i);
                    }
                }));
            }
            Future<?> flusher = pool.submit(() -> {
                while (!jobs.stream().allMatch(Future::isDone)) {
                    c.flush();
                }
            });
            for (Future<?> f : jobs) {
                f.get(60, TimeUnit.SECONDS);
            }
            flusher.get(60, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        c.flush();
        assertThat(keysInFile()).hasSize(4 * 2_000).doesNotHaveDuplicates();
        assertThat(notes).isEmpty();
    }

    @Test
    void tenProcessesWritingDifferentKeysIntoOneFolderLoseNoEntries() throws Exception {
        List<Process> procs = new ArrayList<>();
        for (int p = 0; p < 10; p++) {
            procs.add(child("p" + p, "200", "3"));
        }
        for (Process p : procs) {
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8))
                    .isZero();
        }
        PersistentCache<String> all = cache(file(), notes::add, 1_000_000);
        for (int p = 0; p < 10; p++) {
            for (int i = 0; i < 200; i++) {
                assertThat(all.get("p" + p + "-" + i)).isEqualTo("v-p" + p + "-" + i + "-2");
            }
        }
        assertThat(keysInFile()).hasSize(10 * 200);
        assertThat(notes).isEmpty();
        assertThat(temporaryFiles()).isEmpty();
    }

    @Test
    void aWriterKilledMidWriteLeavesAFileTheNextRunReadsAndItsTemporaryFileIsCleanedUp() throws Exception {
        PersistentCache<String> first = cache(file(), notes::add, 1_000_000);
        first.put("before", "kept");
        first.flush();
        Process p = child("big", "200000", "50"); // several MB per round: killed while writing one of them
        long until = System.nanoTime() + 30_000_000_000L;
        while (temporaryFiles().isEmpty() && System.nanoTime() < until && p.isAlive()) {
            Thread.sleep(2);
        }
        boolean writing = !temporaryFiles().isEmpty();
        p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertThat(writing).as("killed while a temporary file existed").isTrue();
        PersistentCache<String> next = cache(file(), notes::add, 1_000_000);
        assertThat(next.get("before")).isEqualTo("kept");
        String big = next.get("big-199999");
        assertThat(big == null || big.startsWith("v-big-199999-")).isTrue();
        assertThat(notes).isEmpty();
        next.put("after", "x");
        next.flush();
        assertThat(temporaryFiles()).isEmpty();
        assertThat(cache(file(), notes::add, 1_000_000).get("after")).isEqualTo("x");
    }

    @Test
    void aCorruptFileIsIgnoredWithOneNoteAndHealedByTheNextWrite() throws Exception {
        Files.writeString(file(), "reflux-test v1\tk\nbroken line without a tab\n");
        PersistentCache<String> c = cache(file(), notes::add, 100);
        assertThat(c.get("x")).isNull();
        assertThat(notes).hasSize(1).first().asString().contains("corrupt");
        c.put("x", "y");
        c.flush();
        notes.clear();
        assertThat(cache(file(), notes::add, 100).get("x")).isEqualTo("y");
        assertThat(notes).isEmpty();
    }

    private Process child(String name, String count, String rounds) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"), CacheWriterMain.class.getName(),
                file().toString(), name, count, rounds)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.PIPE).start();
    }

    private List<Path> temporaryFiles() throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
        }
    }

}
