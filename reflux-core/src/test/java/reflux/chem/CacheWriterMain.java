package reflux.chem;

import java.nio.file.Path;

/**
 * A separate process for {@link PersistentCacheTest}: {@code CacheWriterMain FILE NAME COUNT [ROUNDS]} puts
 * {@code NAME-0 .. NAME-(COUNT-1)} (value {@code v-KEY}) into the cache in FILE and flushes, ROUNDS times (each
 * round re-putting the entries with the round in the value, so that every round writes).
 */
final class CacheWriterMain {

    private CacheWriterMain() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        String name = args[1];
        int count = Integer.parseInt(args[2]);
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 1;
        for (int r = 0; r < rounds; r++) {
            PersistentCache<String> cache = PersistentCacheTest.cache(file, System.err::println, 1_000_000);
            for (int i = 0; i < count; i++) {
                cache.put(name + "-" + i, rounds == 1 ? "v-" + name + "-" + i : "v-" + name + "-" + i + "-" + r);
            }
            cache.flush();
        }
        System.out.println("done");
    }
}
