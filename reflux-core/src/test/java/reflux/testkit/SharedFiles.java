package reflux.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the project's {@code ../shared} folder (system property {@code reflux.shared} wins) and the repository root,
 * and reads the reference TSV files as rows of column → value.
 */
public final class SharedFiles {

    private SharedFiles() {
    }

    /** The repository root: the nearest ancestor of the working directory holding {@code routes/} and a pom. */
    public static Path repoRoot() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null) {
            if (Files.isDirectory(p.resolve("routes")) && Files.exists(p.resolve("pom.xml"))
                    && Files.isDirectory(p.resolve("reflux-core"))) {
                return p;
            }
            p = p.getParent();
        }
        throw new IllegalStateException("repository root not found above " + Path.of("").toAbsolutePath());
    }

    /**
     * The shared folder beside the repository; a missing one is a precondition failure that says where it was looked
     * for and how to point the tests at it.
     */
    public static Path shared() {
        String prop = System.getProperty("reflux.shared");
        Path dir = prop != null && !prop.isBlank() ? Path.of(prop) : repoRoot().resolveSibling("shared");
        if (!Files.isDirectory(dir.resolve("seeds")) || !Files.isDirectory(dir.resolve("reference"))) {
            throw new IllegalStateException("the tests need the project's shared folder (seeds/, reference/, data/) at "
                    + dir.toAbsolutePath() + " (beside the repository, or -Dreflux.shared=DIR); it is not there");
        }
        return dir;
    }

    /** A file under shared/, e.g. {@code shared("reference/seed-names.tsv")}. */
    public static Path shared(String relative) {
        return shared().resolve(relative);
    }

    /** A seed document's text by its number prefix ("000", "001", "002"). */
    public static String seedText(String number) {
        try (var files = Files.list(shared("seeds"))) {
            Path p = files.filter(f -> f.getFileName().toString().startsWith(number + "_")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no seed " + number));
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rows of a TSV file with a header line; each row maps column name → value (empty string when blank). */
    public static List<Map<String, String>> tsv(Path file) {
        try {
            return rows(Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rows of TSV lines: the first line is the header, blank lines are skipped, missing cells are "". */
    public static List<Map<String, String>> rows(List<String> lines) {
        String[] header = lines.get(0).split("\t", -1);
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.length; i++) {
                row.put(header[i], i < cells.length ? cells[i] : "");
            }
            rows.add(row);
        }
        return rows;
    }

    /** The reference compounds keyed by id. */
    public static Map<String, Map<String, String>> referenceCompounds() {
        Map<String, Map<String, String>> byId = new LinkedHashMap<>();
        for (Map<String, String> row : tsv(shared("reference/seed-compounds.tsv"))) {
            byId.put(row.get("id"), row);
        }
        return byId;
    }
}
