package reflux.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Function;

/**
 * A bounded LRU cache of work on route files, keyed by file, modification time and size: an edited file is a new
 * key, so nothing stale is served, and at most {@code capacity} entries are held, so memory stays bounded however many
 * files or edits there are. Concurrent requests for the same key wait for one computation instead of each doing it.
 * Thread-safe: the map is guarded by its own lock, held only to look up and insert; the work runs outside it.
 *
 * @param <V> what is cached (a check result, a rendered report)
 */
final class RouteCache<V> {

    /** A file as of one version of it. */
    record Key(Path file, long modified, long size) {

        static Key of(Path file) throws IOException {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return new Key(file, a.lastModifiedTime().toMillis(), a.size());
        }
    }

    private final Map<Key, FutureTask<V>> map;

    RouteCache(int capacity) {
        this.map = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, FutureTask<V>> e) {
                return size() > capacity;
            }
        };
    }

    /** The value for the file's current version, computed by {@code work} when not cached. */
    V get(Path file, Function<Path, V> work) throws IOException {
        Key key = Key.of(file);
        FutureTask<V> task;
        boolean mine = false;
        synchronized (map) {
            task = map.get(key);
            if (task == null) {
                task = new FutureTask<>(() -> work.apply(file));
                map.put(key, task);
                mine = true;
            }
        }
        if (mine) {
            task.run();
        }
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for " + file, e);
        } catch (ExecutionException e) {
            synchronized (map) {
                map.remove(key, task);
            }
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IOException(e.getCause());
        }
    }

    /** Entries held (tests, bench). */
    int size() {
        synchronized (map) {
            return map.size();
        }
    }
}
