package reflux.identity;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import reflux.model.identity.Resolution;

/**
 * A persistent cache of name resolutions in one file, so that a later process answers a name it has seen without
 * starting OPSIN, CDK or the InChI library.
 *
 * <pre>{@code
 * ResolutionCache c = new ResolutionCache(dir.resolve("resolutions.tsv"), ResolutionCache.codeKey(), System.err::println);
 * Resolution r = c.get("cefepime");   // null on a miss
 * c.put("cefepime", computed);        // kept in memory, written by flush() (or at JVM exit)
 * }</pre>
 *
 * <p>The file starts with a key: a hash of the resolver's code and data (the CRC-32 and size the reflux-core jar
 * records for each identity and chem class and data file, or those files' bytes when run from a classes folder) and of the OPSIN/CDK/InChI jar names (their versions).
 * A file with another key is stale and ignored; an unreadable or corrupt file is ignored with one note. Writes go to
 * a temporary file in the same folder and are moved over the old file atomically, after merging the entries another
 * process may have written meanwhile, so concurrent writers never leave a half-written file.
 *
 * <p>Thread-safe.
 */
public final class ResolutionCache {

    /** File name inside the cache folder. */
    public static final String FILE_NAME = "resolutions.tsv";
    /** Environment variable that disables the persistent cache when set to anything but empty or 0. */
    public static final String NO_CACHE_ENV = "REFLUX_NO_CACHE";
    /** System property naming the cache folder, or {@code auto} for $XDG_CACHE_HOME/reflux (~/.cache/reflux). */
    public static final String DIR_PROPERTY = "reflux.cache";

    private static final String MAGIC = "reflux-resolutions v1";
    private static final int MAX_ENTRIES = 20_000;
    private static final String NULL = "\\N";

    private final Path file;
    private final String key;
    private final Consumer<String> notes;
    private final Map<String, Resolution> entries = new ConcurrentHashMap<>();
    private final Map<String, Resolution> fresh = new ConcurrentHashMap<>();
    private volatile boolean loaded;
    private boolean hookAdded;

    /** A cache in {@code file} whose entries are valid for {@code key}; problems are reported to {@code notes}. */
    public ResolutionCache(Path file, String key, Consumer<String> notes) {
        this.file = file;
        this.key = key;
        this.notes = notes;
    }

    /**
     * The cache the command line asked for: none when {@value #NO_CACHE_ENV} is set or the system property
     * {@value #DIR_PROPERTY} is absent (library use and tests stay in memory); otherwise the file in that folder.
     */
    public static Optional<ResolutionCache> fromEnvironment() {
        String off = System.getenv(NO_CACHE_ENV);
        String dir = System.getProperty(DIR_PROPERTY);
        if (off != null && !off.isEmpty() && !off.equals("0") || dir == null || dir.isBlank() || dir.equals("off")) {
            return Optional.empty();
        }
        Path folder;
        if (dir.equals("auto")) {
            String xdg = System.getenv("XDG_CACHE_HOME");
            folder = xdg != null && !xdg.isBlank() ? Path.of(xdg, "reflux")
                    : Path.of(System.getProperty("user.home"), ".cache", "reflux");
        } else {
            folder = Path.of(dir);
        }
        return Optional.of(new ResolutionCache(folder.resolve(FILE_NAME), null,
                m -> System.err.println("reflux: " + m)));
    }

    /** The stored resolution of exactly this name, or null. */
    public Resolution get(String name) {
        load();
        Resolution r = fresh.get(name);
        return r != null ? r : entries.get(name);
    }

    /** Remembers a resolution; written by {@link #flush()}, which also runs when the JVM exits. */
    public void put(String name, Resolution r) {
        load();
        if (r.equals(entries.get(name))) {
            return;
        }
        fresh.put(name, r);
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
        Map<String, Resolution> merged = new LinkedHashMap<>(read(false));
        merged.putAll(fresh);
        if (merged.size() > MAX_ENTRIES) {
            merged = new LinkedHashMap<>(fresh);
        }
        Path tmp = null;
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, ".resolutions", ".tmp");
            StringBuilder sb = new StringBuilder(MAGIC).append('\t').append(key()).append('\n');
            for (Map.Entry<String, Resolution> e : merged.entrySet()) {
                sb.append(encode(e.getKey(), e.getValue())).append('\n');
            }
            Files.writeString(tmp, sb, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            entries.putAll(fresh);
            fresh.clear();
        } catch (IOException | RuntimeException e) {
            notes.accept("resolution cache not written (" + file + "): " + e.getMessage());
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // nothing more to do
                }
            }
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
    private Map<String, Resolution> read(boolean tell) {
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            if (tell) {
                notes.accept("resolution cache ignored (unreadable: " + file + ": " + e.getMessage() + ")");
            }
            return Map.of();
        }
        if (lines.isEmpty() || !lines.get(0).startsWith(MAGIC + "\t")) {
            if (tell) {
                notes.accept("resolution cache ignored (not a cache file: " + file + ")");
            }
            return Map.of();
        }
        if (!lines.get(0).substring(MAGIC.length() + 1).equals(key())) {
            return Map.of(); // stale: written by another version of the resolver or its data
        }
        Map<String, Resolution> m = new LinkedHashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            try {
                Map.Entry<String, Resolution> e = decode(lines.get(i));
                m.put(e.getKey(), e.getValue());
            } catch (RuntimeException e) {
                if (tell) {
                    notes.accept("resolution cache ignored (corrupt at line " + (i + 1) + " of " + file + ")");
                }
                return Map.of();
            }
        }
        return m;
    }

    private String key() {
        return key != null ? key : CodeKey.VALUE;
    }

    /** The key of the code and data this process resolves with (computed once). */
    public static String codeKey() {
        return CodeKey.VALUE;
    }

    private static final class CodeKey {
        static final String VALUE = compute();

        private static String compute() {
            try {
                MessageDigest md = MessageDigest.getInstance("SHA-256");
                md.update(MAGIC.getBytes(StandardCharsets.UTF_8));
                Path own = location(ResolutionCache.class);
                if (own == null) {
                    return "unknown-" + System.nanoTime(); // never matches: no caching without a known code base
                }
                if (Files.isDirectory(own)) {
                    for (String sub : List.of("reflux/identity", "reflux/chem")) {
                        Path d = own.resolve(sub);
                        if (Files.isDirectory(d)) {
                            try (Stream<Path> s = Files.walk(d)) {
                                for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                                    md.update(own.relativize(p).toString().getBytes(StandardCharsets.UTF_8));
                                    md.update(Files.readAllBytes(p));
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
                            md.update((e.getName() + '\t' + e.getCrc() + '\t' + e.getSize() + '\n')
                                    .getBytes(StandardCharsets.UTF_8));
                        }
                    }
                }
                md.update(Arrays.toString(Resolution.class.getRecordComponents()).getBytes(StandardCharsets.UTF_8));
                for (String cls : List.of("uk.ac.cam.ch.wwmm.opsin.NameToStructure",
                        "org.openscience.cdk.silent.SilentChemObjectBuilder", "org.openscience.cdk.inchi.InChIGenerator",
                        "io.github.dan2097.jnainchi.JnaInchi")) {
                    Path p = location(Class.forName(cls, false, ResolutionCache.class.getClassLoader()));
                    md.update(String.valueOf(p == null ? cls : p.getFileName()).getBytes(StandardCharsets.UTF_8));
                }
                return HexFormat.of().formatHex(md.digest(), 0, 16);
            } catch (IOException | NoSuchAlgorithmException | ClassNotFoundException | RuntimeException e) {
                return "unknown-" + System.nanoTime();
            }
        }

        private static Path location(Class<?> c) {
            CodeSource cs = c.getProtectionDomain().getCodeSource();
            if (cs == null || cs.getLocation() == null) {
                return null;
            }
            try {
                return Path.of(cs.getLocation().toURI());
            } catch (URISyntaxException | RuntimeException e) {
                return null;
            }
        }
    }

    // ---- one line per entry: name, then the 14 components of Resolution, tab-separated, escaped ----

    static String encode(String name, Resolution r) {
        List<String> f = new ArrayList<>();
        f.add(esc(name));
        f.add(esc(r.name()));
        f.add(r.status().name());
        f.add(esc(r.smiles()));
        f.add(esc(r.formula()));
        f.add(r.molarMass() == null ? NULL : r.molarMass().toString());
        f.add(r.monoisotopicMass() == null ? NULL : r.monoisotopicMass().toString());
        f.add(r.charge() == null ? NULL : r.charge().toString());
        f.add(esc(r.inchi()));
        f.add(esc(r.inchiKey()));
        f.add(list(r.cip()));
        f.add(esc(r.source()));
        f.add(list(r.warnings()));
        f.add(esc(r.message()));
        f.add(list(r.suggestions()));
        return String.join("\t", f);
    }

    static Map.Entry<String, Resolution> decode(String line) {
        String[] f = line.split("\t", -1);
        if (f.length != 15) {
            throw new IllegalArgumentException("expected 15 fields, found " + f.length);
        }
        Resolution r = new Resolution(unesc(f[1]), reflux.model.identity.ResolutionStatus.valueOf(f[2]),
                unesc(f[3]), unesc(f[4]), f[5].equals(NULL) ? null : Double.valueOf(f[5]),
                f[6].equals(NULL) ? null : Double.valueOf(f[6]), f[7].equals(NULL) ? null : Integer.valueOf(f[7]),
                unesc(f[8]), unesc(f[9]), unlist(f[10]), unesc(f[11]), unlist(f[12]), unesc(f[13]), unlist(f[14]));
        String name = unesc(f[0]);
        if (name == null) {
            throw new IllegalArgumentException("no name");
        }
        return Map.entry(name, r);
    }

    private static String list(List<String> items) {
        if (items.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (String s : items) {
            sb.append(s.isEmpty() ? "\\e" : esc(s)).append('|');
        }
        return sb.toString();
    }

    private static List<String> unlist(String field) {
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

    private static String esc(String s) {
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

    private static String unesc(String s) {
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
