package reflux.chem;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openscience.cdk.CDKConstants;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.isomorphism.DfPattern;
import org.openscience.cdk.isomorphism.Mappings;
import org.openscience.cdk.isomorphism.matchers.QueryAtomContainer;
import org.openscience.cdk.silent.SilentChemObjectBuilder;
import org.openscience.cdk.smarts.Smarts;
import reflux.data.TsvTable;

/**
 * CIP labels the way a chemist reads them: a stereocentre of a ring system with a fixed numbering (cephem, penam;
 * {@code numbered-scaffolds.tsv}) by its locant, {@code (6R,7R)}, instead of the atom index {@code C16:R}; an oxime
 * or other C=N/C=C double bond by what it is. Labels are those {@link Structures} writes
 * ({@code ELEMENT+1-based-atom-index:LABEL}, indices into the SMILES they come with). Immutable and thread-safe.
 *
 * <pre>{@code
 * Locants.standard().describe(cefepimeSmiles, List.of("C16:R", "C17:R", "C23=N24:Z"));
 * // "(6R,7R) (cephem); oxime C23=N24 Z"
 * }</pre>
 */
public final class Locants {

    private static final Pattern LABEL = Pattern.compile("([A-Z][a-z]?)(\\d+)(?:=([A-Z][a-z]?)(\\d+))?:(\\w+)");
    private static final Locants STANDARD = load("/reflux/chem/numbered-scaffolds.tsv");

    /** One numbered ring system: its query and the locant of each query atom. */
    private record Scaffold(String name, QueryAtomContainer query, int[] locants) {
    }

    private final List<Scaffold> scaffolds;

    private Locants(List<Scaffold> scaffolds) {
        this.scaffolds = List.copyOf(scaffolds);
    }

    /** The bundled scaffold table. */
    public static Locants standard() {
        return STANDARD;
    }

    static Locants load(String resource) {
        List<Scaffold> out = new ArrayList<>();
        for (TsvTable.Row r : TsvTable.load(resource, "name", "smarts", "source")) {
            QueryAtomContainer q = new QueryAtomContainer(SilentChemObjectBuilder.getInstance());
            if (!Smarts.parse(q, r.get("smarts"))) {
                throw new IllegalStateException(resource + ":" + r.line() + ": bad SMARTS: " + Smarts.getLastErrorMesg());
            }
            int[] locants = new int[q.getAtomCount()];
            for (int i = 0; i < q.getAtomCount(); i++) {
                Integer map = q.getAtom(i).getProperty(CDKConstants.ATOM_ATOM_MAPPING);
                locants[i] = map == null ? 0 : map;
            }
            out.add(new Scaffold(r.get("name").replaceAll(" \\(.*", ""), q, locants));
        }
        return new Locants(out);
    }

    /**
     * The labels of {@code smiles} in words: locants for atoms of a numbered ring system ({@code (6R,7R)
     * (cephem)}), double bonds by kind ({@code oxime C23=N24 Z}), any other label as given. The labels joined by
     * spaces when the SMILES does not parse.
     */
    public String describe(String smiles, List<String> cip) {
        if (cip == null || cip.isEmpty()) {
            return "";
        }
        IAtomContainer mol;
        try {
            mol = Structures.parseSmiles(smiles);
        } catch (CDKException | RuntimeException e) {
            return String.join(" ", cip);
        }
        Map<Integer, Integer> locantOf = new HashMap<>();
        String scaffold = null;
        for (Scaffold s : scaffolds) {
            Mappings m = DfPattern.findSubstructure(s.query()).matchAll(mol);
            int[] first = m.first();
            if (first.length > 0) {
                for (int i = 0; i < first.length; i++) {
                    if (s.locants()[i] > 0) {
                        locantOf.put(first[i], s.locants()[i]);
                    }
                }
                scaffold = s.name();
                break;
            }
        }
        java.util.TreeMap<Integer, String> numbered = new java.util.TreeMap<>();
        List<String> others = new ArrayList<>();
        for (String label : cip) {
            Matcher lm = LABEL.matcher(label);
            if (!lm.matches()) {
                others.add(label);
                continue;
            }
            int a = Integer.parseInt(lm.group(2)) - 1;
            if (lm.group(3) == null) {
                Integer loc = locantOf.get(a);
                if (loc != null) {
                    numbered.put(loc, loc + lm.group(5));
                } else {
                    others.add(label);
                }
                continue;
            }
            int b = Integer.parseInt(lm.group(4)) - 1;
            Integer la = locantOf.get(a);
            Integer lb = locantOf.get(b);
            if (la != null && lb != null) {
                numbered.put(Math.min(la, lb), Math.min(la, lb) + lm.group(5));
            } else {
                others.add(doubleBondKind(mol, a, b) + lm.group(1) + (a + 1) + "=" + lm.group(3) + (b + 1) + " "
                        + lm.group(5));
            }
        }
        StringBuilder sb = new StringBuilder();
        if (!numbered.isEmpty()) {
            sb.append('(').append(String.join(",", numbered.values())).append(") (").append(scaffold).append(')');
        }
        for (String o : others) {
            sb.append(sb.length() > 0 ? "; " : "").append(o);
        }
        return sb.toString();
    }

    /** "oxime " for C=N–O, "imine " for another C=N, "" for C=C and the rest. */
    private static String doubleBondKind(IAtomContainer mol, int a, int b) {
        IAtom x = mol.getAtom(a);
        IAtom y = mol.getAtom(b);
        IAtom n = "N".equals(x.getSymbol()) ? x : "N".equals(y.getSymbol()) ? y : null;
        IAtom c = n == x ? y : x;
        if (n == null || !"C".equals(c.getSymbol())) {
            return "";
        }
        boolean onO = mol.getConnectedAtomsList(n).stream().anyMatch(o -> "O".equals(o.getSymbol()));
        return onO ? "oxime " : "imine ";
    }
}
