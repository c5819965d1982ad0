package reflux.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import reflux.chem.CodeDigest;
import reflux.chem.MemoStore;
import reflux.chem.PersistentCache;
import reflux.model.finding.Severity;
import reflux.route.io.RouteReader;

import static reflux.chem.PersistentCache.esc;
import static reflux.chem.PersistentCache.list;
import static reflux.chem.PersistentCache.unesc;
import static reflux.chem.PersistentCache.unlist;

/**
 * The persistent memo of {@code reflux check} and {@code reflux audit}: one file's report ({@link
 * AuditOutput.FileReport}: its validation problems, finding counts and printed section) stored under a digest of
 * everything it was computed from, so that a later run with the same inputs and code prints it without reading,
 * resolving, executing, auditing or charting again.
 *
 * <p>The key: {@link #CODE} (every class and data file of the reflux jars and the library versions), the Java
 * version, the command and {@link AuditOutput.Mode}, the file name as given and as an absolute path, the working
 * directory, the route file's bytes, and the names and bytes of the claim files where {@code check} looks for the
 * route's document ({@code claims/} beside the route's folder and in the working directory). Any change to one
 * of them gives another key (the old entry ages out). Validation problems are part of the memoized report, keyed by
 * the route's bytes like the rest. A file that is not a regular file, or larger than route files may be, is never
 * memoized; nor is a report whose route file changed while it was computed. Entries live in {@code memo/} of the
 * resolution cache's folder ({@link MemoStore}); {@code REFLUX_NO_CACHE=1} (or no cache folder) turns the memo off.
 * A damaged entry is ignored with a WARN and rewritten. Thread-safe.
 */
final class CheckMemo {

    /** The digest of the code a report depends on: all of reflux (model, core, cli) and the libraries' versions. */
    static final String CODE = CodeDigest.of("reflux-check-memo v1",
            List.of("reflux/cli/Main.class", "reflux/chem/PersistentCache.class", "reflux/model/finding/Finding.class"),
            List.of("reflux/"),
            List.of("uk/ac/cam/ch/wwmm/opsin/NameToStructure.class",
                    "org/openscience/cdk/config/AtomTypeFactory.class",
                    "org/openscience/cdk/silent/SilentChemObjectBuilder.class",
                    "org/openscience/cdk/smiles/SmilesParser.class",
                    "org/openscience/cdk/smarts/SmartsPattern.class",
                    "org/openscience/cdk/inchi/InChIGenerator.class",
                    "org/openscience/cdk/aromaticity/Aromaticity.class",
                    "org/openscience/cdk/isomorphism/Pattern.class",
                    "org/openscience/cdk/geometry/cip/CIPTool.class",
                    "org/openscience/cdk/tools/manipulator/MolecularFormulaManipulator.class",
                    "uk/ac/ebi/beam/Graph.class", "io/github/dan2097/jnainchi/JnaInchi.class",
                    "com/fasterxml/jackson/databind/ObjectMapper.class",
                    "com/fasterxml/jackson/dataformat/yaml/YAMLFactory.class", "org/yaml/snakeyaml/Yaml.class",
                    "com/networknt/schema/JsonSchema.class", "tech/units/indriya/AbstractUnit.class",
                    "picocli/CommandLine.class"));
    private static final String FORMAT = "reflux-check-memo v1";
    /** At most this many memoized reports are kept (least recently used dropped). */
    static final int MAX_ENTRIES = 256;

    private final MemoStore store;
    private final String code;

    /** A memo in {@code store} for reports computed by code with digest {@code code}. */
    CheckMemo(MemoStore store, String code) {
        this.store = store;
        this.code = code;
    }

    /** The memo the command line asked for (see {@link MemoStore#fromEnvironment}), or empty. */
    static Optional<CheckMemo> fromEnvironment() {
        return MemoStore.fromEnvironment("check", MAX_ENTRIES).map(s -> new CheckMemo(s, CODE));
    }

    /**
     * The report of {@code file} in {@code mode} for {@code command}: the memoized one when its inputs and code are
     * the same, otherwise {@code compute}'s, stored for the next run.
     */
    AuditOutput.FileReport report(String command, AuditOutput.Mode mode, Path file,
                                  Callable<AuditOutput.FileReport> compute) throws Exception {
        byte[] bytes = routeBytes(file);
        if (bytes == null) {
            return compute.call();
        }
        String key = key(command, mode, file, bytes);
        Optional<AuditOutput.FileReport> hit = store.get(key).flatMap(CheckMemo::decode);
        if (hit.isPresent()) {
            return hit.get();
        }
        AuditOutput.FileReport r = compute.call();
        if (!r.unreadable() && Arrays.equals(bytes, routeBytes(file))) {
            store.put(key, encode(r));
        }
        return r;
    }

    /** The digest of everything the report depends on but the code (which is in it too). */
    String key(String command, AuditOutput.Mode mode, Path file, byte[] bytes) throws IOException {
        MessageDigest d;
        try {
            d = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
        Path cwd = Path.of("").toAbsolutePath();
        Path abs = file.toAbsolutePath().normalize();
        for (String s : List.of(FORMAT, code, System.getProperty("java.version", ""), command, mode.name(),
                file.toString(), abs.toString(), cwd.toString())) {
            field(d, s.getBytes(StandardCharsets.UTF_8));
        }
        field(d, bytes);
        List<Path> dirs = new ArrayList<>();
        Path parent = abs.getParent();
        if (parent != null && parent.getParent() != null) {
            dirs.add(parent.getParent().resolve("claims"));
        }
        dirs.add(cwd.resolve("claims"));
        for (Path dir : dirs) {
            field(d, dir.toString().getBytes(StandardCharsets.UTF_8));
            if (!Files.isDirectory(dir)) {
                continue;
            }
            List<Path> yamls;
            try (Stream<Path> s = Files.list(dir)) {
                yamls = s.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
            }
            for (Path y : yamls) {
                field(d, y.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                byte[] b = Files.isRegularFile(y) ? readCapped(y) : null;
                field(d, b == null ? new byte[] {0} : b);
            }
        }
        return HexFormat.of().formatHex(d.digest());
    }

    private static void field(MessageDigest d, byte[] b) {
        d.update(Long.toString(b.length).getBytes(StandardCharsets.US_ASCII));
        d.update((byte) ':');
        d.update(b);
    }

    /** The bytes of a regular route file within the route size cap, or null (then nothing is memoized). */
    private static byte[] routeBytes(Path file) {
        try {
            return Files.isRegularFile(file) ? readCapped(file) : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static byte[] readCapped(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] b = in.readNBytes((int) RouteReader.DEFAULT_MAX_BYTES + 1);
            return b.length > RouteReader.DEFAULT_MAX_BYTES ? null : b;
        }
    }

    /** The stored form: tab-separated escaped fields. */
    static String encode(AuditOutput.FileReport r) {
        return String.join("\t", FORMAT, Integer.toString(r.errors()), Integer.toString(r.warnings()),
                Integer.toString(r.infos()), r.worst() == null ? PersistentCache.NULL : r.worst().name(),
                list(r.problems()), esc(r.section()));
    }

    /** The report of a stored form, or empty when it is not one (then it is recomputed and rewritten). */
    static Optional<AuditOutput.FileReport> decode(String stored) {
        String[] f = stored.split("\t", -1);
        if (f.length != 7 || !f[0].equals(FORMAT)) {
            return Optional.empty();
        }
        try {
            String worst = unesc(f[4]);
            return Optional.of(new AuditOutput.FileReport(false, unlist(f[5]), Integer.parseInt(f[1]),
                    Integer.parseInt(f[2]), Integer.parseInt(f[3]), worst == null ? null : Severity.valueOf(worst),
                    unesc(f[6])));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
