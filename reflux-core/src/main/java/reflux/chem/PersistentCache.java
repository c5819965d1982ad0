package reflux.chem;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A persistent map from strings to values in one tab-separated file, valid for one key: the resolution cache
 * ({@code reflux.identity.ResolutionCache}) and the structure-facts cache ({@link FactsStore}) are instances.
 *
 * <pre>{@code
 * PersistentCache<V> c = new PersistentCache<>(file, "reflux-x v1", PersistentCache.codeKey(), codec, "x cache",
 *         "x", log::warn);
 * V v = c.get("input");   // null on a miss
 * c.put("input", value);  // kept in memory, written by flush() (or at JVM exit)
 * }</pre>
 *
 * <p>The file starts with its magic and key (see {@link #codeKey()}). A file with another key is stale and ignored;
 * an unreadable or corrupt file is ignored with one note (and replaced by the next write). Lines are kept least
 * recently used first; a write keeps at most {@code maxEntries} (default {@value #MAX_ENTRIES}), dropping the least
 * recently used. Writes hold a lock on the sibling file {@code FILE.lock} ({@link FileChannel#lock}), re-read the
 * file, merge this process's new entries and uses into it, write a temporary file in the same folder and move it
 * over the old file atomically: concurrent writers lose no entries and a killed writer leaves the old file intact
 * (its temporary file is deleted by the next write). A hit only causes a write when the entry was near eviction
 * (in the older part of a file more than half full), so read-only runs of a warm cache stay read-only. Files
 * {@code PREFIX-*.tsv} of other keys unused for {@value #STALE_DAYS} days are deleted when this one is written.
 *
 * <p>Thread-safe.
 *
 * @param <V> the stored values
 */
public final class PersistentCache<V> {

    /** Environment variable that disables the persistent caches when set to anything but empty or 0. */
    public static final String NO_CACHE_ENV = "REFLUX_NO_CACHE";
    /** System property naming the cache folder, or {@code auto} for $XDG_CACHE_HOME/reflux (~/.cache/reflux). */
    public static final String DIR_PROPERTY = "reflux.cache";

    /** The default cap on a file's entries; beyond it the least recently used are dropped. */
    public static final int MAX_ENTRIES = 20_000;
    private static final long LOCK_TIMEOUT_MS = 10_000;
    private static final int STALE_DAYS = 30;
    /** How a null field is written. */
    public static final String NULL = "\\N";

    /** Turns a value into tab-separated escaped fields and back; {@code decode} throws on a malformed line. */
    public interface Codec<V> {
        /** The value's fields, joined by tabs, each escaped with {@link #esc} or {@link #list}. */
        String encode(V value);

        /** The value from the fields {@code encode} wrote. */
        V decode(String[] fields);
    }

    private final Path file;
    private final String magic;
    private final String key;
    private final Codec<V> codec;
    private final String what;
    private final String prefix;
    private final Consumer<String> notes;
    private final Map<String, V> entries = new ConcurrentHashMap<>();
    private final Map<String, V> fresh = new ConcurrentHashMap<>();
    /** Entry → this process's sequence number of its last use (hit or put): the LRU order written by flush. */
    private final Map<String, Long> used = new ConcurrentHashMap<>();
    private final AtomicLong clock = new AtomicLong();
    private final int maxEntries;
    private volatile Map<String, Integer> position = Map.of();
    private volatile int atRiskBelow;
    /** A hit on an entry near eviction: write the new order even without new entries. */
    private volatile boolean reorder;
    private volatile boolean loaded;
    /** {@link #stamp()} of the file when this process last read or wrote it. */
    private volatile List<Object> seen;
    /** Volatile: {@link #put} checks it without the lock, so that threads putting in parallel do not queue on it. */
    private volatile boolean hookAdded;

    /**
     * A cache in {@code file} starting with {@code magic}, whose entries are valid for {@code key} (null: {@link
     * #codeKey()}); {@code what} names it in notes, {@code prefix} is its file-name prefix (for pruning).
     */
    public PersistentCache(Path file, String magic, String key, Codec<V> codec, String what, String prefix,
                           Consumer<String> notes) {
        this(file, magic, key, codec, what, prefix, notes, MAX_ENTRIES);
    }

    /** As above, keeping at most {@code maxEntries} entries (the most recently used) in the file. */
    public PersistentCache(Path file, String magic, String key, Codec<V> codec, String what, String prefix,
                           Consumer<String> notes, int maxEntries) {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries must be positive: " + maxEntries);
        }
        this.maxEntries = maxEntries;
        this.file = file;
        this.magic = magic;
        this.key = key;
        this.codec = codec;
        this.what = what;
        this.prefix = prefix;
        this.notes = notes;
    }

    /**
     * The cache folder the command line asked for: none when {@value #NO_CACHE_ENV} is set or the system property
     * {@value #DIR_PROPERTY} is absent or {@code off} (library use and tests stay in memory).
     */
    public static Optional<Path> folderFromEnvironment() {
        String off = System.getenv(NO_CACHE_ENV);
        String dir = System.getProperty(DIR_PROPERTY);
        if (off != null && !off.isEmpty() && !off.equals("0") || dir == null || dir.isBlank() || dir.equals("off")) {
            return Optional.empty();
        }
        if (dir.equals("auto")) {
            String xdg = System.getenv("XDG_CACHE_HOME");
            return Optional.of(xdg != null && !xdg.isBlank() ? Path.of(xdg, "reflux")
                    : Path.of(System.getProperty("user.home"), ".cache", "reflux"));
        }
        return Optional.of(Path.of(dir));
    }

    /** The file {@code PREFIX-KEY.tsv} in a folder: one file per key, so versions and worktrees do not collide. */
    public static Path fileFor(Path folder, String prefix) {
        return folder.resolve(prefix + "-" + codeKey() + ".tsv");
    }

    /** The stored value of exactly this input, or null. */
    public V get(String input) {
        load();
        V v = fresh.get(input);
        if (v == null) {
            v = entries.get(input);
        }
        if (v != null) {
            used.put(input, clock.incrementAndGet());
            Integer at = position.get(input);
            if (at != null && at < atRiskBelow && !reorder) {
                reorder = true;
                addHook();
            }
        }
        return v;
    }

    /** Remembers a value; written by {@link #flush()}, which also runs when the JVM exits. */
    public void put(String input, V value) {
        load();
        used.put(input, clock.incrementAndGet());
        V known = entries.get(input);
        if (known != null && known.equals(value)) {
            return;
        }
        fresh.put(input, value);
        addHook();
    }

    /**
     * Writes the new entries and this process's uses atomically, merged with what the file holds now, keeping the
     * {@code maxEntries} most recently used; a failure is a note, not an error. Holds the sibling {@code .lock} file
     * while it re-reads, merges and moves the new file in, so concurrent writers (threads or processes) lose nothing.
     */
    public synchronized void flush() {
        if (fresh.isEmpty() && !reorder) {
            return;
        }
        Path tmp = null;
        Path dir = file.toAbsolutePath().getParent();
        try {
            Files.createDirectories(dir);
            try (FileChannel lockChannel = FileChannel.open(lockFile(), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE); FileLock lock = lock(lockChannel)) {
                if (lock == null) {
                    notes.accept(what + " not written (" + file + "): another process held " + lockFile() + " for "
                            + LOCK_TIMEOUT_MS / 1000 + " s");
                    return;
                }
                removeOrphans(dir);
                // snapshots: other threads may put and get while this writes; what they add stays for the next flush
                Map<String, V> freshNow = new HashMap<>(fresh);
                Map<String, Long> usedNow = new HashMap<>(used);
                for (String k : freshNow.keySet()) { // its use may have been taken by an earlier flush
                    usedNow.putIfAbsent(k, Long.MAX_VALUE);
                }
                List<Object> now = stamp();
                Map<String, V> merged = mergedInUseOrder(now != null && now.equals(seen) ? asWritten() : read(false),
                        freshNow, usedNow);
                tmp = dir.resolve("." + file.getFileName() + "." + ProcessHandle.current().pid() + "."
                        + System.nanoTime() + ".tmp");
                StringBuilder sb = new StringBuilder(magic).append('\t').append(key()).append('\n');
                for (Map.Entry<String, V> e : merged.entrySet()) {
                    sb.append(esc(e.getKey())).append('\t').append(codec.encode(e.getValue())).append('\n');
                }
                try { // private to the user, as Files.createTempFile made it
                    Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(
                            "rw-------")));
                } catch (UnsupportedOperationException e) {
                    Files.createFile(tmp);
                }
                Files.writeString(tmp, sb, StandardCharsets.UTF_8);
                try {
                    Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
                }
                tmp = null;
                entries.putAll(merged);
                freshNow.forEach(fresh::remove);
                usedNow.forEach(used::remove);
                reorder = false;
                remember(merged.keySet());
                seen = stamp();
            }
            pruneStale(dir);
        } catch (IOException | RuntimeException e) {
            notes.accept(what + " not written (" + file + "): " + e.getMessage());
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // nothing more to do
                }
            }
        }
    }

    /**
     * The file's entries (least recently used first) followed by the entries this process used or added, in the
     * order of their last use, cut to the {@code maxEntries} most recent.
     */
    private Map<String, V> mergedInUseOrder(Map<String, V> onDisk, Map<String, V> fresh, Map<String, Long> used) {
        LinkedHashMap<String, V> merged = new LinkedHashMap<>(onDisk);
        List<Map.Entry<String, Long>> uses = new ArrayList<>(used.entrySet());
        uses.sort(Map.Entry.comparingByValue());
        for (Map.Entry<String, Long> u : uses) {
            String k = u.getKey();
            V v = fresh.get(k);
            if (v == null) {
                v = onDisk.get(k);
            }
            if (v == null) {
                v = entries.get(k);
            }
            if (v != null) {
                merged.remove(k);
                merged.put(k, v);
            }
        }
        Iterator<String> oldest = merged.keySet().iterator();
        for (int n = merged.size(); n > maxEntries; n--) {
            oldest.next();
            oldest.remove();
        }
        return merged;
    }

    /** Waits up to {@value #LOCK_TIMEOUT_MS} ms for the lock (other processes, or other instances in this JVM). */
    private static FileLock lock(FileChannel channel) throws IOException {
        long until = System.nanoTime() + LOCK_TIMEOUT_MS * 1_000_000L;
        while (true) {
            try {
                FileLock lock = channel.tryLock();
                if (lock != null) {
                    return lock;
                }
            } catch (OverlappingFileLockException e) {
                // another instance in this JVM holds it: wait like for another process
            }
            if (System.nanoTime() > until) {
                return null;
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
    }

    private Path lockFile() {
        return file.resolveSibling(file.getFileName() + ".lock");
    }

    /**
     * Deletes temporary files a killed writer left: this file's (all of them: we hold its lock, so nobody is writing
     * one) and, older than an hour, any other file's of the same prefix (other keys, and the older naming).
     */
    private void removeOrphans(Path dir) {
        String own = "." + file.getFileName() + ".";
        long hourAgo = System.currentTimeMillis() - 3_600_000L;
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.toList()) {
                String n = p.getFileName().toString();
                if (!n.endsWith(".tmp") || !n.startsWith("." + prefix)) {
                    continue;
                }
                if (n.startsWith(own) || Files.getLastModifiedTime(p).toMillis() < hourAgo) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException | RuntimeException e) {
            // housekeeping only
        }
    }

    private void pruneStale(Path dir) {
        long limit = System.currentTimeMillis() - STALE_DAYS * 86_400_000L;
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.toList()) {
                String n = p.getFileName().toString();
                if (n.startsWith(prefix + "-") && n.endsWith(".tsv") && !p.equals(file)
                        && Files.getLastModifiedTime(p).toMillis() < limit) {
                    Files.deleteIfExists(p);
                    Files.deleteIfExists(p.resolveSibling(n + ".lock"));
                }
            }
        } catch (IOException | RuntimeException e) {
            // pruning is housekeeping only
        }
    }

    /** Notes each entry's place in the file, so that a hit on one near eviction gets its use written. */
    private void remember(Collection<String> fileOrder) {
        Map<String, Integer> pos = new HashMap<>(fileOrder.size() * 2);
        int i = 0;
        for (String k : fileOrder) {
            pos.put(k, i++);
        }
        position = pos;
        atRiskBelow = fileOrder.size() - maxEntries / 2;
    }

    private void addHook() {
        if (hookAdded) {
            return;
        }
        synchronized (this) {
            if (!hookAdded) {
                hookAdded = true;
                Runtime.getRuntime().addShutdownHook(new Thread(this::flush, "reflux-cache-flush"));
            }
        }
    }

    /**
     * The file's identity, time and size, or null: writers replace the file (a new inode), so an equal stamp means
     * nobody wrote it since this process read or wrote it and flush need not read it again.
     */
    private List<Object> stamp() {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return a.fileKey() == null ? null : List.of(a.fileKey(), a.lastModifiedTime(), a.size());
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The entries as this process last read or wrote the file, in its order. */
    private Map<String, V> asWritten() {
        Map<String, Integer> pos = position;
        List<String> order = new ArrayList<>(pos.keySet());
        order.sort(Comparator.comparing(pos::get));
        LinkedHashMap<String, V> m = new LinkedHashMap<>();
        for (String k : order) {
            V v = entries.get(k);
            if (v != null) {
                m.put(k, v);
            }
        }
        return m;
    }

    private void load() {
        if (!loaded) {
            synchronized (this) {
                if (!loaded) {
                    seen = stamp(); // before reading: a file replaced meanwhile is re-read by flush
                    Map<String, V> m = read(true);
                    entries.putAll(m);
                    remember(m.keySet());
                    loaded = true;
                }
            }
        }
    }

    /** The file's entries when its key matches; empty when missing, stale or corrupt (noted when {@code tell}). */
    private Map<String, V> read(boolean tell) {
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            if (tell) {
                notes.accept(what + " ignored (unreadable: " + file + ": " + e.getMessage() + ")");
            }
            return Map.of();
        }
        if (lines.isEmpty() || !lines.get(0).startsWith(magic + "\t")) {
            if (tell) {
                notes.accept(what + " ignored (not a cache file: " + file + ")");
            }
            return Map.of();
        }
        if (!lines.get(0).substring(magic.length() + 1).equals(key())) {
            return Map.of(); // stale: written by another version of the resolver or its data
        }
        Map<String, V> m = new LinkedHashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            try {
                Map.Entry<String, V> e = decode(lines.get(i));
                m.put(e.getKey(), e.getValue());
            } catch (RuntimeException e) {
                if (tell) {
                    notes.accept(what + " ignored (corrupt at line " + (i + 1) + " of " + file + ")");
                }
                return Map.of();
            }
        }
        return m;
    }

    private Map.Entry<String, V> decode(String line) {
        int tab = line.indexOf('\t');
        if (tab < 0) {
            throw new IllegalArgumentException("no fields");
        }
        String input = unesc(line.substring(0, tab));
        if (input == null) {
            throw new IllegalArgumentException("no input");
        }
        V v = codec.decode(line.substring(tab + 1).split("\t", -1));
        if (v == null) {
            throw new IllegalArgumentException("no value");
        }
        return Map.entry(input, v);
    }

    private String key() {
        return key != null ? key : CodeKey.VALUE;
    }

    /**
     * The key of the code and data this process computes with (computed once): the reflux-core jar's CRC-32 and size
     * of each {@code reflux/identity} and {@code reflux/chem} class and data file (those files' bytes when run from a
     * classes folder) and the OPSIN/CDK/InChI jar names.
     */
    public static String codeKey() {
        return CodeKey.VALUE;
    }

    private static final class CodeKey {
        static final String VALUE = CodeDigest.of("reflux-cache v1", List.of("reflux/chem/PersistentCache.class"),
                List.of("reflux/identity/", "reflux/chem/"), List.of("uk/ac/cam/ch/wwmm/opsin/NameToStructure.class",
                        "org/openscience/cdk/silent/SilentChemObjectBuilder.class",
                        "org/openscience/cdk/inchi/InChIGenerator.class", "io/github/dan2097/jnainchi/JnaInchi.class"));
    }

    // ---- field escaping for codecs: \\ \t \n \r \p (|), \N null, \e empty list item ----

    public static String list(List<String> items) {
        if (items.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (String s : items) {
            sb.append(s.isEmpty() ? "\\e" : esc(s)).append('|');
        }
        return sb.toString();
    }

    public static List<String> unlist(String field) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '|') {
                out.add(unesc(field.substring(start, i)));
                start = i + 1;
            }
        }
        if (start != field.length()) {
            throw new IllegalArgumentException("unterminated list");
        }
        return out;
    }

    public static String esc(String s) {
        if (s == null) {
            return NULL;
        }
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '|' -> sb.append("\\p");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    public static String unesc(String s) {
        if (s.equals(NULL)) {
            return null;
        }
        if (s.equals("\\e")) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            if (++i >= s.length()) {
                throw new IllegalArgumentException("dangling escape");
            }
            switch (s.charAt(i)) {
                case '\\' -> sb.append('\\');
                case 't' -> sb.append('\t');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 'p' -> sb.append('|');
                default -> throw new IllegalArgumentException("bad escape");
            }
        }
        return sb.toString();
    }
}
