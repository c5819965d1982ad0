package reflux.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openscience.cdk.exception.InvalidSmilesException;
import org.openscience.cdk.interfaces.IAtomContainer;
import reflux.chem.Structures;
import reflux.testkit.SharedFiles;

/** Test fixtures: reference rows of shared/reference/seed-compounds.tsv and the engine's TSV fixtures. */
final class Fixtures {

    private static Map<String, Map<String, String>> compounds;

    private Fixtures() {
    }

    /** The reference row with this id (seed-compounds.tsv). */
    static synchronized Map<String, String> compound(String id) {
        if (compounds == null) {
            compounds = SharedFiles.referenceCompounds();
        }
        Map<String, String> row = compounds.get(id);
        if (row == null) {
            throw new IllegalArgumentException("no reference row " + id);
        }
        return row;
    }

    /** A SMILES from a spec: SMILES or ref:ID, several joined by " + ". */
    static String smiles(String spec) {
        List<String> parts = new ArrayList<>();
        for (String p : spec.split(" \\+ ")) {
            p = p.trim();
            parts.add(p.startsWith("ref:") ? compound(p.substring(4)).get("smiles") : p);
        }
        return String.join(".", parts);
    }

    static IAtomContainer mol(String spec) {
        try {
            return Structures.parseSmiles(smiles(spec));
        } catch (InvalidSmilesException e) {
            throw new IllegalArgumentException(spec, e);
        }
    }

    static String key(String spec) {
        return Structures.inchiKey(mol(spec));
    }

    /** Rows of a TSV test resource (lines starting with # are comments). */
    static List<Map<String, String>> resourceTsv(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
            return SharedFiles.rows(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.startsWith("#") && !l.isBlank()).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
