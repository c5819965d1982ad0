package reflux.claims;

import java.util.Map;
import java.util.TreeMap;
import org.openscience.cdk.exception.InvalidSmilesException;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import reflux.chem.Structures;

/**
 * A structure asked about: its element counts (charge under {@code "+"}), its InChIKey, and the same for its parent
 * (the component with most heavy atoms: the organic ion or zwitterion without counter-ions, acids or water).
 */
record Query(Map<String, Integer> formula, String key, Map<String, Integer> parentFormula, String parentKey) {

    static Query of(String smiles) throws InvalidSmilesException {
        IAtomContainer mol = Structures.parseSmiles(smiles);
        String parent = parentSmiles(smiles);
        IAtomContainer p = Structures.parseSmiles(parent);
        return new Query(formulaOf(mol), Structures.inchiKey(mol), formulaOf(p), Structures.inchiKey(p));
    }

    /** The component with most heavy atoms (first of equals). */
    static String parentSmiles(String smiles) {
        String best = smiles;
        int most = -1;
        for (String part : smiles.split("\\.")) {
            int heavy = 0;
            try {
                for (IAtom a : Structures.parseSmiles(part).atoms()) {
                    if (!"H".equals(a.getSymbol())) {
                        heavy++;
                    }
                }
            } catch (InvalidSmilesException e) {
                continue;
            }
            if (heavy > most) {
                most = heavy;
                best = part;
            }
        }
        return best;
    }

    static String keyOf(String smiles) {
        try {
            return Structures.inchiKey(Structures.parseSmiles(smiles));
        } catch (InvalidSmilesException e) {
            return null;
        }
    }

    static String parentKeyOf(String smiles) {
        return keyOf(parentSmiles(smiles));
    }

    static Map<String, Integer> formulaOf(String smiles) {
        try {
            return formulaOf(Structures.parseSmiles(smiles));
        } catch (InvalidSmilesException e) {
            throw new IllegalArgumentException("genus SMILES does not parse: " + smiles, e);
        }
    }

    static Map<String, Integer> formulaOf(IAtomContainer mol) {
        Map<String, Integer> f = new TreeMap<>();
        for (IAtom a : mol.atoms()) {
            ElementCounts.count(f, a);
        }
        f.values().removeIf(v -> v == 0);
        return f;
    }

    /** Hill-like text of element counts, charge appended ("C13H20ClN3O3S"). */
    static String hill(Map<String, Integer> f) {
        StringBuilder sb = new StringBuilder();
        for (String e : new String[] {"C", "H"}) {
            if (f.containsKey(e)) {
                sb.append(e).append(f.get(e) == 1 ? "" : f.get(e));
            }
        }
        f.forEach((k, v) -> {
            if (!k.equals("C") && !k.equals("H") && !k.equals("+")) {
                sb.append(k).append(v == 1 ? "" : v);
            }
        });
        int q = f.getOrDefault("+", 0);
        if (q != 0) {
            sb.append(q > 0 ? "(+" + q + ")" : "(" + q + ")");
        }
        return sb.toString();
    }
}
