package reflux.chem;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * A persistent memo of derived results: one file per entry, {@code FOLDER/NAMESPACE-KEY.memo}, where the key is a
 * digest of everything the value was computed from (the code, see {@link CodeDigest}, and the exact input bytes), so
 * an entry is either valid for this run or not looked at.
 *
 * <pre>{@code
 * MemoStore memo = new MemoStore(folder, "check", 64, log::warn);
 * Optional<String> v = memo.get(key);   // empty on a miss, or when the entry is damaged (noted once)
 * memo.put(key, value);                 // written atomically; a failure is a note
 * }</pre>
 *
 * <p>An entry's first line holds a magic, its key, the value's length in bytes and its CRC-32; a file whose line
 * does not match (foreign, truncated, damaged, or another key) is ignored with a note and replaced by the next
 * {@link #put}. Writes go to a temporary file in the same folder that is moved over the entry atomically: readers
 * never see half an entry, and concurrent writers of one key (which write the same value) leave one whole entry. A
 * hit refreshes the entry's modification time; a write keeps at most {@code maxEntries} entries of the namespace,
 * dropping the least recently used, and deletes temporary files older than an hour (left by killed writers).
 * Thread-safe.
 */
public final class MemoStore {

    private static final String MAGIC = "reflux-memo v1";
    /** Entries larger than this are not read (nor written): a memo never costs more than it saves. */
    static final int MAX_BYTES = 64 * 1024 * 1024;
    private static final Pattern KEY = Pattern.compile("[0-9a-f]{16,128}");

    private final Path folder;
    private final String namespace;
    private final int maxEntries;
    private final Consumer<String> notes;

    /** A memo in {@code folder} whose files start with {@code namespace}; problems are told to {@code notes}. */
    public MemoStore(Path folder, String namespace, int maxEntries, Consumer<String> notes) {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries must be positive: " + maxEntries);
        }
        if (!namespace.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("namespace must be lower-case letters, digits and '-': " + namespace);
        }
        this.folder = folder;
        this.namespace = namespace;
        this.maxEntries = maxEntries;
        this.notes = notes;
    }

    /**
     * The memo the command line asked for: none when {@value PersistentCache#NO_CACHE_ENV} is set or no cache folder
     * is named (library use and tests), otherwise {@code memo/} in the cache folder of the resolution cache.
     */
    public static Optional<MemoStore> fromEnvironment(String namespace, int maxEntries) {
        return PersistentCache.folderFromEnvironment().map(f -> new MemoStore(f.resolve("memo"), namespace,
                maxEntries, org.slf4j.LoggerFactory.getLogger("reflux")::warn));
    }

    /** The file of one key. */
    public Path file(String key) {
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("a memo key is 16 to 128 lower-case hex digits: " + key);
        }
        return folder.resolve(namespace + "-" + key + ".memo");
    }

    /** The value stored for exactly this key, or empty (missing, or damaged: noted). */
    public Optional<String> get(String key) {
        Path f = file(key);
        byte[] bytes;
        try (InputStream in = Files.newInputStream(f)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            notes.accept("memo entry ignored (unreadable: " + f + ": " + e.getMessage() + ")");
            return Optional.empty();
        }
        Optional<String> v = decode(key, bytes);
        if (v.isEmpty()) {
            notes.accept("memo entry ignored (damaged or not a memo file: " + f + "); it is recomputed and rewritten");
            return v;
        }
        try {
            Files.setLastModifiedTime(f, FileTime.fromMillis(System.currentTimeMillis()));
        } catch (IOException | RuntimeException e) {
            // the use order is housekeeping only
        }
        return v;
    }

    /** Stores a value for a key (atomically replacing what was there); a failure is a note, not an error. */
    public void put(String key, String value) {
        Path f = file(key);
        byte[] body = value.getBytes(StandardCharsets.UTF_8);
        if (body.length > MAX_BYTES) {
            return;
        }
        Path tmp = null;
        try {
            Files.createDirectories(folder);
            tmp = folder.resolve("." + f.getFileName() + "." + ProcessHandle.current().pid() + "."
                    + System.nanoTime() + ".tmp");
            try { // private to the user, like the resolution cache
                Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(
                        "rw-------")));
            } catch (UnsupportedOperationException e) {
                Files.createFile(tmp);
            }
            CRC32 crc = new CRC32();
            crc.update(body);
            byte[] head = (MAGIC + '\t' + key + '\t' + body.length + '\t' + Long.toHexString(crc.getValue()) + '\n')
                    .getBytes(StandardCharsets.UTF_8);
            byte[] all = new byte[head.length + body.length];
            System.arraycopy(head, 0, all, 0, head.length);
            System.arraycopy(body, 0, all, head.length, body.length);
            Files.write(tmp, all);
            try {
                Files.move(tmp, f, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
            housekeeping(f);
        } catch (IOException | RuntimeException e) {
            notes.accept("memo entry not written (" + f + "): " + e.getMessage());
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

    /** The value of an entry's bytes when its first line matches the key, length and checksum; else empty. */
    static Optional<String> decode(String key, byte[] bytes) {
        int nl = -1;
        for (int i = 0; i < Math.min(bytes.length, 512); i++) {
            if (bytes[i] == '\n') {
                nl = i;
                break;
            }
        }
        if (nl < 0) {
            return Optional.empty();
        }
        String[] head = new String(bytes, 0, nl, StandardCharsets.UTF_8).split("\t", -1);
        if (head.length != 4 || !head[0].equals(MAGIC) || !head[1].equals(key)) {
            return Optional.empty();
        }
        int length;
        long sum;
        try {
            length = Integer.parseInt(head[2]);
            sum = Long.parseLong(head[3], 16);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        if (length != bytes.length - nl - 1) {
            return Optional.empty();
        }
        CRC32 crc = new CRC32();
        crc.update(bytes, nl + 1, length);
        if (crc.getValue() != sum) {
            return Optional.empty();
        }
        return Optional.of(new String(bytes, nl + 1, length, StandardCharsets.UTF_8));
    }

    /** Drops the least recently used entries beyond the cap and temporary files older than an hour. */
    private void housekeeping(Path written) {
        long hourAgo = System.currentTimeMillis() - 3_600_000L;
        List<Path> entries = new ArrayList<>();
        try (Stream<Path> s = Files.list(folder)) {
            for (Path p : s.toList()) {
                String n = p.getFileName().toString();
                if (n.startsWith("." + namespace + "-") && n.endsWith(".tmp")) {
                    if (Files.getLastModifiedTime(p).toMillis() < hourAgo) {
                        Files.deleteIfExists(p);
                    }
                } else if (n.startsWith(namespace + "-") && n.endsWith(".memo") && !p.equals(written)) {
                    entries.add(p);
                }
            }
            if (entries.size() + 1 > maxEntries) {
                entries.sort(Comparator.comparing(MemoStore::modified));
                for (Path p : entries.subList(0, entries.size() + 1 - maxEntries)) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException | RuntimeException e) {
            // housekeeping only
        }
    }

    private static long modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }
}
