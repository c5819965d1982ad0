package reflux.chem;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The persistent memo: exact keys, damaged or foreign entries ignored with a note and rewritten, atomic writes. */
class MemoStoreTest {

    private static final String KEY = "0123456789abcdef0123456789abcdef";
    private static final String OTHER = "fedcba9876543210fedcba9876543210";

    @TempDir
    Path dir;

    private final List<String> notes = new CopyOnWriteArrayList<>();

    private MemoStore store(int max) {
        return new MemoStore(dir, "test", max, notes::add);
    }

    @Test
    void aStoredValueIsReadBackExactlyAndOnlyUnderItsKey() {
        MemoStore m = store(8);
        String value = "line one\nline two\ttab \\ backslash é ✓\n";
        m.put(KEY, value);
        assertThat(store(8).get(KEY)).contains(value);
        assertThat(store(8).get(OTHER)).isEmpty();
        assertThat(notes).isEmpty();
    }

    @Test
    void aDamagedEntryIsIgnoredWithANoteAndRewrittenByTheNextPut() throws Exception {
        MemoStore m = store(8);
        m.put(KEY, "the value");
        Path f = m.file(KEY);
        byte[] b = Files.readAllBytes(f);
        b[b.length - 2] ^= 1; // one bit of the value: the checksum no longer matches
        Files.write(f, b);
        assertThat(m.get(KEY)).isEmpty();
        assertThat(notes).hasSize(1).allMatch(n -> n.contains("damaged") && n.contains(f.toString()));
        m.put(KEY, "the value");
        assertThat(m.get(KEY)).contains("the value");
    }

    @Test
    void aTruncatedForeignOrMisnamedFileIsIgnored() throws Exception {
        MemoStore m = store(8);
        m.put(KEY, "0123456789");
        Path f = m.file(KEY);
        byte[] b = Files.readAllBytes(f);
        Files.write(f, java.util.Arrays.copyOf(b, b.length - 3)); // a writer killed mid-way (were it not atomic)
        assertThat(m.get(KEY)).isEmpty();
        Files.writeString(f, "not a memo at all\n");
        assertThat(m.get(KEY)).isEmpty();
        m.put(OTHER, "other"); // an entry of another key copied under this key's name
        Files.copy(m.file(OTHER), f, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThat(m.get(KEY)).isEmpty();
        assertThat(notes).hasSize(3);
    }

    @Test
    void theLeastRecentlyUsedEntriesBeyondTheCapAreDropped() throws Exception {
        MemoStore m = store(2);
        String a = "a".repeat(32);
        String b = "b".repeat(32);
        String c = "c".repeat(32);
        m.put(a, "A");
        Files.setLastModifiedTime(m.file(a), java.nio.file.attribute.FileTime.fromMillis(1_000_000L));
        m.put(b, "B");
        Files.setLastModifiedTime(m.file(b), java.nio.file.attribute.FileTime.fromMillis(2_000_000L));
        assertThat(m.get(a)).contains("A"); // a hit makes a the most recently used
        m.put(c, "C");
        assertThat(m.get(a)).contains("A");
        assertThat(m.get(b)).isEmpty();
        assertThat(m.get(c)).contains("C");
    }

    @Test
    void concurrentWritersAndReadersNeverSeeHalfAnEntry() throws Exception {
        String value = "x".repeat(200_000);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Boolean>> futures = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            boolean writer = t % 2 == 0;
            futures.add(pool.submit(() -> {
                MemoStore m = store(8);
                for (int i = 0; i < 50; i++) {
                    if (writer) {
                        m.put(KEY, value);
                    } else if (m.get(KEY).filter(v -> !v.equals(value)).isPresent()) {
                        return false;
                    }
                }
                return true;
            }));
        }
        for (Future<Boolean> f : futures) {
            assertThat(f.get(60, TimeUnit.SECONDS)).isTrue();
        }
        pool.shutdown();
        assertThat(notes).isEmpty();
        assertThat(store(8).get(KEY)).contains(value);
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("test-" + KEY + ".memo");
        }
    }

    @Test
    void aKeyMustBeHex() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> store(8).file("../escape"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
