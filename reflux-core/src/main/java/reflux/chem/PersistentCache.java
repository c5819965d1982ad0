package reflux.chem;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A persistent map from strings to values in one tab-separated file, valid for one key: the resolution cache
 * ({@code reflux.identity.ResolutionCache}) and the structure-facts cache ({@link FactsStore}) are instances.
 *
 * <pre>{@code
 * PersistentCache<V> c = new PersistentCache<>(file, "reflux-x v1", PersistentCache.codeKey(), codec, "x cache",
 *         "x", System.err::println);
 * V v = c.get("input");   // null on a miss
 * c.put("input", value);  // kept in memory, written by flush() (or at JVM exit)
 * }</pre>
 *
 * <p>The file starts with its magic and key (see {@link #codeKey()}). A file with another key is stale and ignored;
 * an unreadable or corrupt file is ignored with one note. Writes go to a temporary file in the same folder and are
 * moved over the old file atomically, after merging the entries another process may have written meanwhile, so
 * concurrent writers never leave a half-written file. Files {@code PREFIX-*.tsv} of other keys unused for
 * {@value #STALE_DAYS} days are deleted when this one is written.
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

    private static final int MAX_ENTRIES = 20_000;
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
    private volatile boolean loaded;
    private boolean hookAdded;

    /**
     * A cache in {@code file} starting with {@code magic}, whose entries are valid for {@code key} (null: {@link
     * #codeKey()}); {@code what} names it in notes, {@code prefix} is its file-name prefix (for pruning).
     */
    public PersistentCache(Path file, String magic, String key, Codec<V> codec, String what, String prefix,
                           Consumer<String> notes) {
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
        return v != null ? v : entries.get(input);
    }

    /** Remembers a value; written by {@link #flush()}, which also runs when the JVM exits. */
    public void put(String input, V value) {
        load();
        V known = entries.get(input);
        if (known != null && known.equals(value)) {
            return;
        }
        fresh.put(input, value);
        synchronized (this) {
            if (!hookAdded) {
                hookAdded = true;
                Runtime.getRuntime().addShutdownHook(new Thread(this::flush, "reflux-cache-flush"));
            }
        }
    }

    /** Writes the new entries (merged with what the file holds now) atomically; a failure is a note, not an error. */
    public synchronized void flush() {
        if (fresh.isEmpty()) {
            return;
        }
        Map<String, V> merged = new LinkedHashMap<>(read(false));
        merged.putAll(fresh);
        if (merged.size() > MAX_ENTRIES) {
            merged = new LinkedHashMap<>(fresh);
        }
        Path tmp = null;
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, "." + prefix, ".tmp");
            StringBuilder sb = new StringBuilder(magic).append('\t').append(key()).append('\n');
            for (Map.Entry<String, V> e : merged.entrySet()) {
                sb.append(esc(e.getKey())).append('\t').append(codec.encode(e.getValue())).append('\n');
            }
            Files.writeString(tmp, sb, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            entries.putAll(fresh);
            fresh.clear();
            pruneStale(dir);
        } catch (IOException | RuntimeException e) {
            notes.accept(what + " not written (" + file + "): " + e.getMessage());
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // nothing more to do
                }
            }
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
                }
            }
        } catch (IOException | RuntimeException e) {
            // pruning is housekeeping only
        }
    }

    private void load() {
        if (!loaded) {
            synchronized (this) {
                if (!loaded) {
                    entries.putAll(read(true));
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
        static final String VALUE = compute();

        /** Code, data and library versions in one 64-bit checksum (CRC-32 and CRC-32C: cheap, no JCA start-up). */
        private static String compute() {
            CRC32 a = new CRC32();
            CRC32C b = new CRC32C();
            Consumer<String> add = text -> {
                byte[] bytes = (text + '\n').getBytes(StandardCharsets.UTF_8);
                a.update(bytes);
                b.update(bytes);
            };
            try {
                add.accept("reflux-cache v1");
                Path own = container("reflux/chem/PersistentCache.class");
                if (own == null) {
                    return "unknown-" + System.nanoTime(); // never matches: no caching without a known code base
                }
                if (Files.isDirectory(own)) {
                    for (String sub : List.of("reflux/identity", "reflux/chem")) {
                        Path d = own.resolve(sub);
                        if (Files.isDirectory(d)) {
                            try (Stream<Path> s = Files.walk(d)) {
                                for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                                    byte[] bytes = Files.readAllBytes(p);
                                    add.accept(own.relativize(p).toString());
                                    a.update(bytes);
                                    b.update(bytes);
                                }
                            }
                        }
                    }
                } else {
                    // the jar's own CRC-32 and size of each identity/chem class and data file: no need to read them
                    try (ZipFile zip = new ZipFile(own.toFile())) {
                        List<? extends ZipEntry> list = zip.stream()
                                .filter(e -> e.getName().startsWith("reflux/identity/")
                                        || e.getName().startsWith("reflux/chem/"))
                                .sorted(Comparator.comparing(ZipEntry::getName)).toList();
                        for (ZipEntry e : list) {
                            add.accept(e.getName() + '\t' + e.getCrc() + '\t' + e.getSize());
                        }
                    }
                }
                // library versions: the names of the jars OPSIN, CDK and the InChI binding come from
                for (String cls : List.of("uk/ac/cam/ch/wwmm/opsin/NameToStructure.class",
                        "org/openscience/cdk/silent/SilentChemObjectBuilder.class",
                        "org/openscience/cdk/inchi/InChIGenerator.class", "io/github/dan2097/jnainchi/JnaInchi.class")) {
                    Path p = container(cls);
                    add.accept(p == null ? cls : String.valueOf(p.getFileName()));
                }
                return String.format("%08x%08x", a.getValue(), b.getValue());
            } catch (IOException | RuntimeException e) {
                return "unknown-" + System.nanoTime();
            }
        }

        /** The jar or classes folder a class file is loaded from (found without loading the class), or null. */
        private static Path container(String resource) {
            URL url = PersistentCache.class.getClassLoader().getResource(resource);
            if (url == null) {
                return null;
            }
            try {
                if (url.getProtocol().equals("jar")) {
                    String spec = url.getPath(); // file:/.../x.jar!/a/b/C.class
                    return Path.of(new URI(spec.substring(0, spec.indexOf("!/"))));
                }
                if (url.getProtocol().equals("file")) {
                    Path p = Path.of(url.toURI());
                    for (int i = 0; i < resource.split("/").length; i++) {
                        p = p.getParent();
                    }
                    return p;
                }
                return null;
            } catch (URISyntaxException | RuntimeException e) {
                return null;
            }
        }
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
