package reflux.chem;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.openscience.cdk.exception.InvalidSmilesException;

import static reflux.chem.PersistentCache.NULL;
import static reflux.chem.PersistentCache.esc;
import static reflux.chem.PersistentCache.list;
import static reflux.chem.PersistentCache.unesc;
import static reflux.chem.PersistentCache.unlist;

/**
 * {@link Structures#facts(String)} by input SMILES, remembered across processes in {@code structures-KEY.tsv} when
 * the launcher turned the persistent caches on (see {@link PersistentCache}); otherwise simply computed. A hit is
 * the facts the same code computed earlier for exactly this SMILES, so it needs neither CDK's canonicaliser nor the
 * InChI library. Computations that throw are never stored.
 *
 * <pre>{@code
 * StructureFacts f = FactsStore.standard().facts("CC(=O)O");
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class FactsStore {

    /** File-name prefix of the command line's file ({@code structures-KEY.tsv}). */
    public static final String PREFIX = "structures";
    private static final String MAGIC = "reflux-structure-facts v1";

    private static final class Holder {
        static final FactsStore STANDARD = new FactsStore(PersistentCache.folderFromEnvironment()
                .map(folder -> cache(PersistentCache.fileFor(folder, PREFIX), null,
                        org.slf4j.LoggerFactory.getLogger("reflux")::warn))
                .orElse(null));
    }

    private final PersistentCache<StructureFacts> persistent;

    /** A store backed by {@code persistentOrNull} (null: compute every time). */
    public FactsStore(PersistentCache<StructureFacts> persistentOrNull) {
        this.persistent = persistentOrNull;
    }

    /** The store the command line asked for (persistent only when the launcher turned the caches on). */
    public static FactsStore standard() {
        return Holder.STANDARD;
    }

    /** A structure-facts file cache in {@code file}, valid for {@code key} (null: the code key). */
    public static PersistentCache<StructureFacts> cache(Path file, String key, Consumer<String> notes) {
        return new PersistentCache<>(file, MAGIC, key, CODEC, "structure-facts cache", PREFIX, notes);
    }

    /** The facts of a SMILES: stored ones, or computed (and stored) now. */
    public StructureFacts facts(String smiles) throws InvalidSmilesException {
        StructureFacts f = stored(smiles);
        if (f == null) {
            f = Structures.facts(smiles);
            if (persistent != null) {
                persistent.put(smiles, f);
            }
        }
        return f;
    }

    /** The stored facts of exactly this SMILES, or null (nothing is computed). */
    public StructureFacts stored(String smiles) {
        return persistent == null ? null : persistent.get(smiles);
    }

    /** Writes new facts now (they are also written when the JVM exits). */
    public void flush() {
        if (persistent != null) {
            persistent.flush();
        }
    }

    private static final PersistentCache.Codec<StructureFacts> CODEC = new PersistentCache.Codec<>() {
        @Override
        public String encode(StructureFacts f) {
            return String.join("\t", esc(f.smiles()), esc(f.formula()), Double.toString(f.molarMass()),
                    Double.toString(f.monoisotopicMass()), Integer.toString(f.charge()), esc(f.inchi()),
                    esc(f.inchiKey()), list(f.cip()));
        }

        @Override
        public StructureFacts decode(String[] f) {
            if (f.length != 8 || f[0].equals(NULL)) {
                throw new IllegalArgumentException("expected 8 fields after the SMILES, found " + f.length);
            }
            return new StructureFacts(unesc(f[0]), unesc(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3]),
                    Integer.parseInt(f[4]), unesc(f[5]), unesc(f[6]), unlist(f[7]));
        }
    };
}
