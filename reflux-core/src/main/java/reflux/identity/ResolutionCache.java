package reflux.identity;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import reflux.chem.PersistentCache;
import reflux.model.identity.Resolution;

import static reflux.chem.PersistentCache.NULL;
import static reflux.chem.PersistentCache.esc;
import static reflux.chem.PersistentCache.list;
import static reflux.chem.PersistentCache.unesc;
import static reflux.chem.PersistentCache.unlist;

/**
 * A persistent cache of name resolutions in one file, so that a later process answers a name it has seen without
 * starting OPSIN, CDK or the InChI library. File format, key, staleness and atomic writes: {@link PersistentCache}.
 *
 * <pre>{@code
 * ResolutionCache c = new ResolutionCache(dir.resolve("resolutions.tsv"), ResolutionCache.codeKey(), log::warn);
 * Resolution r = c.get("cefepime");   // null on a miss
 * c.put("cefepime", computed);        // kept in memory, written by flush() (or at JVM exit)
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class ResolutionCache {

    /** File name used by the tests' caches; the command line's is {@code resolutions-KEY.tsv} (see {@link #fileFor}). */
    public static final String FILE_NAME = "resolutions.tsv";
    /** Environment variable that disables the persistent cache when set to anything but empty or 0. */
    public static final String NO_CACHE_ENV = PersistentCache.NO_CACHE_ENV;
    /** System property naming the cache folder, or {@code auto} for $XDG_CACHE_HOME/reflux (~/.cache/reflux). */
    public static final String DIR_PROPERTY = PersistentCache.DIR_PROPERTY;

    private static final String MAGIC = "reflux-resolutions v1";
    private static final String PREFIX = "resolutions";
    /**
     * File-name prefix of the corpus resolver's cache ({@link NameResolver#bulk()}), whose entries state fewer facts:
     * it does not begin with {@code resolutions-}, so neither cache takes the other's file for a stale one of its own.
     */
    public static final String BULK_PREFIX = "bulk-resolutions";

    private final PersistentCache<Resolution> store;

    /** A cache in {@code file} whose entries are valid for {@code key}; problems are reported to {@code notes}. */
    public ResolutionCache(Path file, String key, Consumer<String> notes) {
        this(file, key, notes, PREFIX);
    }

    private ResolutionCache(Path file, String key, Consumer<String> notes, String prefix) {
        this.store = new PersistentCache<>(file, MAGIC, key, CODEC, "resolution cache", prefix, notes);
    }

    /**
     * The cache the command line asked for: none when {@value #NO_CACHE_ENV} is set or the system property
     * {@value #DIR_PROPERTY} is absent (library use and tests stay in memory); otherwise the file in that folder.
     */
    public static Optional<ResolutionCache> fromEnvironment() {
        return fromEnvironment(PREFIX);
    }

    /** {@link #fromEnvironment()} for the cache file {@code PREFIX-KEY.tsv} of another file-name prefix. */
    public static Optional<ResolutionCache> fromEnvironment(String prefix) {
        return PersistentCache.folderFromEnvironment()
                .map(folder -> new ResolutionCache(PersistentCache.fileFor(folder, prefix), null,
                        org.slf4j.LoggerFactory.getLogger("reflux")::warn, prefix));
    }

    /** The cache file for this code and data in a folder: {@code resolutions-KEY.tsv}. */
    public static Path fileFor(Path folder) {
        return PersistentCache.fileFor(folder, PREFIX);
    }

    /** The stored resolution of exactly this name, or null. */
    public Resolution get(String name) {
        return store.get(name);
    }

    /** Remembers a resolution; written by {@link #flush()}, which also runs when the JVM exits. */
    public void put(String name, Resolution r) {
        store.put(name, r);
    }

    /** Writes the new entries (merged with what the file holds now) atomically; a failure is a note, not an error. */
    public void flush() {
        store.flush();
    }

    /** The key of the code and data this process resolves with (computed once). */
    public static String codeKey() {
        return PersistentCache.codeKey();
    }

    // ---- one line per entry: name, then the 14 components of Resolution, tab-separated, escaped ----

    private static final PersistentCache.Codec<Resolution> CODEC = new PersistentCache.Codec<>() {
        @Override
        public String encode(Resolution r) {
            return String.join("\t", esc(r.name()), r.status().name(), esc(r.smiles()), esc(r.formula()),
                    r.molarMass() == null ? NULL : r.molarMass().toString(),
                    r.monoisotopicMass() == null ? NULL : r.monoisotopicMass().toString(),
                    r.charge() == null ? NULL : r.charge().toString(), esc(r.inchi()), esc(r.inchiKey()),
                    list(r.cip()), esc(r.source()), list(r.warnings()), esc(r.message()), list(r.suggestions()));
        }

        @Override
        public Resolution decode(String[] f) {
            if (f.length != 14) {
                throw new IllegalArgumentException("expected 14 fields after the name, found " + f.length);
            }
            return new Resolution(unesc(f[0]), reflux.model.identity.ResolutionStatus.valueOf(f[1]),
                    unesc(f[2]), unesc(f[3]), f[4].equals(NULL) ? null : Double.valueOf(f[4]),
                    f[5].equals(NULL) ? null : Double.valueOf(f[5]), f[6].equals(NULL) ? null : Integer.valueOf(f[6]),
                    unesc(f[7]), unesc(f[8]), unlist(f[9]), unesc(f[10]), unlist(f[11]), unesc(f[12]),
                    unlist(f[13]));
        }
    };
}
