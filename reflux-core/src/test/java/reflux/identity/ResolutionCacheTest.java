package reflux.identity;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reflux.model.identity.Resolution;
import reflux.model.identity.ResolutionStatus;

/** The persistent resolution cache: hits equal fresh results, stale or corrupt files are ignored, writers race safely. */
class ResolutionCacheTest {

    @TempDir
    Path dir;

    private final List<String> notes = new CopyOnWriteArrayList<>();

    private ResolutionCache cache(String key) {
        return new ResolutionCache(dir.resolve(ResolutionCache.FILE_NAME), key, notes::add);
    }

    @Test
    void aHitInALaterProcessEqualsTheFreshResolution() {
        // dictionary, OPSIN, salt form, unresolved with suggestions, and characters the file format must escape
        List<String> names = List.of("cefepime", "5-chloro-2-methylhexan-3-one", "Cefepime dihydrochloride monohydrate",
                "cefepim", "a|b\tc\\N", "");
        ResolutionCache first = cache("k1");
        NameResolver writer = new NameResolver(Normaliser.standard(), Dictionary.standard(), first);
        List<Resolution> computed = names.stream().map(writer::resolve).toList();
        first.flush();

        ResolutionCache second = cache("k1");
        for (int i = 0; i < names.size(); i++) {
            assertThat(second.get(names.get(i))).as(names.get(i)).isEqualTo(computed.get(i));
        }
        NameResolver reader = new NameResolver(Normaliser.standard(), Dictionary.standard(), second);
        assertThat(names.stream().map(reader::resolve).toList()).isEqualTo(computed);
        assertThat(computed.get(0).status()).isEqualTo(ResolutionStatus.RESOLVED);
        assertThat(notes).isEmpty();
    }

    @Test
    void theCodeKeyIsKnownWhenRunningFromClassesOrAJar() {
        assertThat(ResolutionCache.codeKey()).matches("[0-9a-f]{16}");
    }

    @Test
    void eachCodeVersionHasItsOwnFileAndLongUnusedOnesAreRemoved() throws Exception {
        Path old = Files.writeString(dir.resolve("resolutions-0000000000000000.tsv"), "x");
        Files.setLastModifiedTime(old, java.nio.file.attribute.FileTime.fromMillis(
                System.currentTimeMillis() - 40L * 86_400_000L));
        Path recent = Files.writeString(dir.resolve("resolutions-1111111111111111.tsv"), "x");
        Path mine = ResolutionCache.fileFor(dir);
        assertThat(mine.getFileName().toString()).isEqualTo("resolutions-" + ResolutionCache.codeKey() + ".tsv");

        ResolutionCache c = new ResolutionCache(mine, null, notes::add);
        c.put("thiourea", NameResolver.fresh().resolve("thiourea"));
        c.flush();
        assertThat(old).doesNotExist();
        assertThat(recent).exists();
        assertThat(new ResolutionCache(mine, null, notes::add).get("thiourea")).isNotNull();
    }

    @Test
    void aFileWrittenForOtherCodeOrDataIsAMiss() {
        ResolutionCache old = cache("old-data");
        old.put("thiourea", NameResolver.fresh().resolve("thiourea"));
        old.flush();

        ResolutionCache now = cache("new-data");
        assertThat(now.get("thiourea")).isNull();
        assertThat(notes).isEmpty();
    }

    @Test
    void aCorruptFileIsIgnoredWithANoteAndReplacedOnTheNextWrite() throws Exception {
        ResolutionCache good = cache("k");
        Resolution thiourea = NameResolver.fresh().resolve("thiourea");
        good.put("thiourea", thiourea);
        good.flush();
        Path file = dir.resolve(ResolutionCache.FILE_NAME);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Files.writeString(file, text.substring(0, text.length() - 20), StandardCharsets.UTF_8); // cut mid-line

        ResolutionCache damaged = cache("k");
        assertThat(damaged.get("thiourea")).isNull();
        assertThat(notes).singleElement().asString().contains("corrupt");

        damaged.put("thiourea", thiourea);
        damaged.flush();
        assertThat(cache("k").get("thiourea")).isEqualTo(thiourea);
    }

    @Test
    void aFileThatIsNotACacheIsIgnored() throws Exception {
        Files.writeString(dir.resolve(ResolutionCache.FILE_NAME), "{\"not\": \"ours\"}\n");
        assertThat(cache("k").get("thiourea")).isNull();
        assertThat(notes).singleElement().asString().contains("not a cache file");
    }

    @Test
    void concurrentWritersNeverLeaveACorruptFile() throws Exception {
        NameResolver resolver = NameResolver.fresh();
        List<String> names = List.of("thiourea", "acetone", "water", "triethylamine", "dichloromethane", "ethanol",
                "methanol", "cefepime");
        List<Resolution> expected = names.stream().map(resolver::resolve).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int w = 0; w < 8; w++) {
                int writer = w;
                futures.add(pool.submit(() -> {
                    for (int round = 0; round < 5; round++) {
                        ResolutionCache c = cache("k"); // one instance per "process"
                        int i = (writer + round) % names.size();
                        c.put(names.get(i), expected.get(i));
                        c.flush();
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        ResolutionCache after = cache("k");
        int found = 0;
        for (int i = 0; i < names.size(); i++) {
            Resolution r = after.get(names.get(i));
            if (r != null) {
                assertThat(r).isEqualTo(expected.get(i));
                found++;
            }
        }
        assertThat(found).as("every writer's entries kept").isEqualTo(names.size());
        assertThat(notes).isEmpty();
        try (var files = Files.list(dir)) { // no temporary file left; the writers' lock file stays
            assertThat(files.map(p -> p.getFileName().toString()).toList())
                    .containsExactlyInAnyOrder(ResolutionCache.FILE_NAME, ResolutionCache.FILE_NAME + ".lock");
        }
    }
}
