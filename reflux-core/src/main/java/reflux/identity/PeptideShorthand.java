package reflux.identity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.interfaces.IAtomContainer;
import reflux.chem.Structures;
import reflux.data.TsvTable;

/**
 * Peptide and protected-amino-acid shorthand ("Z-Pro-OH", "BOC-Met-Leu-Gly-OEt", "H-Thr(tBu)-Ala-OMe",
 * "Ser(tBu)-Thr(tBu)-NH-NH2") assembled from {@code peptide-residues.tsv}: L unless "D-" is written before a code
 * (then every centre of that residue is mirrored). A string is read only when every hyphen-separated part is a
 * known group and it has a residue plus a terminal group or at least two residues. Immutable and thread-safe.
 */
final class PeptideShorthand {

    private record Group(String kind, String smiles) {
    }

    private static final Map<String, Group> GROUPS = load();

    private PeptideShorthand() {
    }

    /** The SMILES of the shorthand, or empty when the text is no peptide shorthand. */
    static Optional<String> read(String text) {
        String t = text.strip().replace("NH-NH2", "NHNH2").replace("-NH-NH2", "-NHNH2");
        if (t.contains(" ") || !t.contains("-")) {
            return Optional.empty();
        }
        String[] parts = t.split("-", -1);
        int from = 0;
        int to = parts.length;
        String nterm = "";
        String cterm = "O";
        boolean terminal = false;
        Group first = group(parts[0]);
        if (first != null && "nterm".equals(first.kind())) {
            nterm = first.smiles();
            from = 1;
            terminal = !parts[0].equals("H") || parts.length > 2;
        }
        Group last = group(parts[parts.length - 1]);
        if (last != null && "cterm".equals(last.kind())) {
            cterm = last.smiles();
            to = parts.length - 1;
            terminal = true;
        }
        StringBuilder sb = new StringBuilder(nterm);
        int residues = 0;
        boolean mirror = false;
        for (int i = from; i < to; i++) {
            if ("D".equals(parts[i]) || "L".equals(parts[i])) {
                mirror = "D".equals(parts[i]);
                continue;
            }
            Group g = group(parts[i]);
            if (g == null || !"residue".equals(g.kind())) {
                return Optional.empty();
            }
            sb.append(mirror ? mirrored(g.smiles()) : g.smiles());
            mirror = false;
            residues++;
        }
        if (residues == 0 || (!terminal && residues < 2) || mirror) {
            return Optional.empty();
        }
        sb.append(cterm);
        try {
            IAtomContainer mol = Structures.parseSmiles(sb.toString());
            return Optional.of(Structures.canonicalSmiles(mol));
        } catch (CDKException | IllegalStateException e) {
            return Optional.empty();
        }
    }

    private static String mirrored(String smiles) {
        return smiles.replace("@@", "\u0000").replace("@", "@@").replace("\u0000", "@");
    }

    private static Group group(String code) {
        return GROUPS.get(code.toLowerCase(Locale.ROOT));
    }

    /** Every row as code → (kind, SMILES, check name): the test gives each check name to OPSIN. */
    static List<String[]> rows() {
        List<String[]> out = new ArrayList<>();
        for (TsvTable.Row r : TsvTable.load("/reflux/identity/peptide-residues.tsv", "code", "kind", "check",
                "source")) {
            out.add(new String[] {r.get("code"), r.get("kind"), r.get("smiles"), r.get("check")});
        }
        return out;
    }

    private static Map<String, Group> load() {
        Map<String, Group> m = new HashMap<>();
        for (String[] r : rows()) {
            m.put(r[0].toLowerCase(Locale.ROOT), new Group(r[1], r[2]));
        }
        return Map.copyOf(m);
    }
}
