package reflux.chem;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reflux.testkit.SharedFiles;

/** The persistent structure-facts cache: hits equal fresh facts, stale or corrupt files are ignored. */
class FactsStoreTest {

    @TempDir
    Path dir;

    private final List<String> notes = new CopyOnWriteArrayList<>();

    private FactsStore store(String key) {
        return new FactsStore(FactsStore.cache(dir.resolve("structures.tsv"), key, notes::add));
    }

    @Test
    void aHitInALaterProcessEqualsTheFreshFactsOfEveryReferenceCompound() throws Exception {
        Map<String, Map<String, String>> ref = SharedFiles.referenceCompounds();
        FactsStore first = store("k1");
        for (Map<String, String> row : ref.values()) {
            first.facts(row.get("smiles"));
        }
        FactsStore.cache(dir.resolve("unused.tsv"), "k1", notes::add).flush(); // nothing fresh: writes nothing
        assertThat(dir.resolve("unused.tsv")).doesNotExist();
        flush(first);

        FactsStore later = store("k1");
        for (Map<String, String> row : ref.values()) {
            String smiles = row.get("smiles");
            StructureFacts hit = later.stored(smiles);
            assertThat(hit).as(row.get("id")).isEqualTo(Structures.facts(smiles));
            // and the values the reference table states (full InChIKey, formula, CIP), read back from the file
            assertThat(hit.inchiKey()).as(row.get("id")).isEqualTo(row.get("inchikey"));
            assertThat(hit.formula()).as(row.get("id")).isEqualTo(row.get("formula"));
            // CIP descriptors (the reference numbers atoms in its SMILES, the facts in the canonical SMILES)
            assertThat(hit.cip().stream().map(FactsStoreTest::descriptor).sorted().toList()).as(row.get("id"))
                    .isEqualTo(java.util.Arrays.stream(row.get("cip").split(" ")).filter(c -> !c.isBlank())
                            .map(FactsStoreTest::descriptor).sorted().toList());
        }
        assertThat(notes).isEmpty();
    }

    @Test
    void aStaleKeyMisses() throws Exception {
        FactsStore old = store("old-code");
        old.facts("CC(=O)O");
        flush(old);
        assertThat(store("new-code").stored("CC(=O)O")).isNull();
        assertThat(store("old-code").stored("CC(=O)O")).isEqualTo(Structures.facts("CC(=O)O"));
        assertThat(notes).isEmpty();
    }

    @Test
    void aCorruptFileIsIgnoredWithANoteAndTheFactsAreComputed() throws Exception {
        FactsStore good = store("k");
        good.facts("N[C@@H](C)C(=O)O");
        flush(good);
        Path file = dir.resolve("structures.tsv");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Files.writeString(file, text.substring(0, text.length() - 12), StandardCharsets.UTF_8); // cut mid-line

        FactsStore damaged = store("k");
        assertThat(damaged.stored("N[C@@H](C)C(=O)O")).isNull();
        assertThat(notes).singleElement().asString().contains("corrupt");
        // L-alanine: C3H7NO2, (S)
        StructureFacts f = damaged.facts("N[C@@H](C)C(=O)O");
        assertThat(f.formula()).isEqualTo("C3H7NO2");
        assertThat(f.cip()).singleElement().asString().endsWith(":S");
    }

    @Test
    void withoutAFileTheStoreOnlyComputes() throws Exception {
        FactsStore none = new FactsStore(null);
        assertThat(none.facts("O").formula()).isEqualTo("H2O");
        assertThat(none.stored("O")).isNull();
    }

    /** {@code C11:R} → {@code C:R}; {@code C18=N19:Z} and {@code N19=C18:Z} → {@code C=N:Z}. */
    private static String descriptor(String label) {
        String[] at = label.split(":");
        String[] atoms = at[0].replaceAll("\\d+", "").split("=");
        java.util.Arrays.sort(atoms);
        return String.join("=", atoms) + ":" + at[1];
    }

    private static void flush(FactsStore s) {
        s.flush();
    }
}
