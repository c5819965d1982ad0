package reflux.identity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openscience.cdk.config.Elements;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;
import org.openscience.cdk.silent.SilentChemObjectBuilder;
import reflux.chem.Structures;
import reflux.data.TsvTable;

/**
 * Reads inorganic and simple molecular formulas as printed in patents — salts {@code Na2SO4}, {@code NaBH3CN},
 * {@code Al2(SO4)3}, acids {@code H2SO4}, oxides {@code MnO2}, molecules {@code CS2}, {@code SOCl2}, {@code Br2},
 * hydrates and adducts {@code Na2SO4·10H2O}, {@code BF3·OEt2} — and element names as their molecules
 * ("bromine" = Br2). Knowledge in {@code formula-cations.tsv}, {@code formula-ions.tsv}, {@code formula-valences.tsv},
 * {@code formula-adducts.tsv} and {@code element-molecules.tsv}; molecules are built with CDK. A formula that does
 * not balance or whose central atom has no standard valence is not read (empty), never guessed.
 *
 * <pre>{@code
 * FormulaReader.standard().read("NaBH3CN"); // Optional[[Na+].[BH3-]C#N]
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
final class FormulaReader {

    private record Cation(String symbol, List<Integer> charges, boolean covalent) {
    }

    private record Ion(String formula, String smiles, int charge) {
    }

    /** One parsed anion occurrence: its SMILES, charge, count and, for monatomic O/S/Se, its element. */
    private record Part(String smiles, int charge, int count, String chalcogen) {
    }

    private static final Pattern FORMULA = Pattern.compile("[A-Z(][A-Za-z0-9()]*(?:\\s*[·•.*]\\s*\\d*[A-Z(][A-Za-z0-9()]*)*");
    private static final Pattern ADDUCT_SEPARATOR = Pattern.compile("\\s*[·•.*]\\s*");
    private static final Pattern LEADING_COUNT = Pattern.compile("^(\\d+)(?=[A-Z(])");
    private static final Map<String, Integer> MONATOMIC = Map.of("F", -1, "Cl", -1, "Br", -1, "I", -1, "O", -2,
            "S", -2, "Se", -2, "N", -3, "P", -3, "H", -1);
    private static final List<String> SINGLE_LIGANDS = List.of("H", "F", "Cl", "Br", "I");
    private static final List<String> DOUBLE_LIGANDS = List.of("O", "S", "Se");
    private static final FormulaReader STANDARD = new FormulaReader();

    private final Map<String, Cation> cations = new HashMap<>();
    private final List<Ion> ions = new ArrayList<>();
    private final Map<String, List<Integer>> valences = new HashMap<>();
    private final Map<String, String> adducts = new HashMap<>();
    private final Map<String, Integer> diatomicBonds = new HashMap<>();
    private final Map<String, String> elementNames = new HashMap<>();
    /** The element name as a word ({@code \bbromine\b}), compiled once per table row. */
    private final Map<String, Pattern> elementWords = new HashMap<>();

    private FormulaReader() {
        for (TsvTable.Row r : TsvTable.load("/reflux/identity/formula-cations.tsv", "symbol", "charges", "style",
                "source")) {
            cations.put(r.get("symbol"), new Cation(r.get("symbol"), ints(r.get("charges")),
                    "covalent".equals(r.get("style"))));
        }
        for (TsvTable.Row r : TsvTable.load("/reflux/identity/formula-ions.tsv", "formula", "smiles", "charge",
                "source")) {
            ions.add(new Ion(r.get("formula"), r.get("smiles"), Integer.parseInt(r.get("charge"))));
        }
        ions.sort(Comparator.comparingInt((Ion i) -> i.formula().length()).reversed());
        for (TsvTable.Row r : TsvTable.load("/reflux/identity/formula-valences.tsv", "symbol", "valences",
                "source")) {
            valences.put(r.get("symbol"), ints(r.get("valences")));
        }
        for (TsvTable.Row r : TsvTable.load("/reflux/identity/formula-adducts.tsv", "formula", "smiles", "source")) {
            adducts.put(r.get("formula"), r.get("smiles"));
        }
        for (TsvTable.Row r : TsvTable.load("/reflux/identity/element-molecules.tsv", "name", "symbol", "bond",
                "source")) {
            diatomicBonds.put(r.get("symbol"), Integer.parseInt(r.get("bond")));
            elementNames.put(r.get("name"), r.get("symbol"));
            elementWords.put(r.get("name"), Pattern.compile("\\b" + Pattern.quote(r.get("name")) + "\\b"));
        }
    }

    /** The shared reader with the shipped tables. */
    static FormulaReader standard() {
        return STANDARD;
    }

    /** The molecule an element name stands for ("bromine" → BrBr), or empty for any other name. */
    Optional<String> elementMolecule(String name) {
        String symbol = elementNames.get(name.strip().toLowerCase(Locale.ROOT));
        return symbol == null ? Optional.empty() : Optional.of(diatomic(symbol));
    }

    /**
     * An OPSIN answer whose components include the lone atom of an element named as a word of the name ("bromine
     * triphenylphosphine" → [Br].PPh3) with that atom replaced by the molecule; empty when there is none.
     */
    Optional<String> moleculesForAtoms(String name, String smiles) {
        if (smiles.indexOf('.') < 0) {
            return Optional.empty(); // one component: nothing to replace beside another
        }
        String lower = name.toLowerCase(Locale.ROOT);
        List<String> parts = new ArrayList<>(List.of(smiles.split("\\.")));
        boolean changed = false;
        for (Map.Entry<String, String> e : elementNames.entrySet()) {
            String atom = "[" + e.getValue() + "]";
            if (parts.contains(atom) && elementWords.get(e.getKey()).matcher(lower).find()) {
                parts.replaceAll(x -> x.equals(atom) ? diatomic(e.getValue()) : x);
                changed = true;
            }
        }
        return changed && parts.size() > 1 ? Optional.of(String.join(".", parts)) : Optional.empty();
    }

    /** The SMILES of a formula (components dot-separated), or empty when the text is no formula it can read. */
    Optional<String> read(String text) {
        String t = text.strip();
        if (t.length() > 60 || !FORMULA.matcher(t).matches()) {
            return Optional.empty();
        }
        List<String> components = new ArrayList<>();
        boolean first = true;
        for (String piece : ADDUCT_SEPARATOR.split(t)) {
            int count = 1;
            Matcher m = LEADING_COUNT.matcher(piece);
            if (m.find()) {
                count = Integer.parseInt(m.group(1));
                piece = piece.substring(m.end());
                if (first || count > 24) {
                    return Optional.empty();
                }
            }
            String smiles = !first && adducts.containsKey(piece) ? adducts.get(piece) : unit(piece);
            if (smiles == null) {
                return Optional.empty();
            }
            for (int i = 0; i < count; i++) {
                components.add(smiles);
            }
            first = false;
        }
        return Optional.of(String.join(".", components));
    }

    /** One formula unit without dots: a salt, an acid, an oxide, a molecule, a diatomic or a lone metal. */
    private String unit(String f) {
        String salt = salt(f);
        if (salt != null) {
            return salt;
        }
        return molecule(f);
    }

    private String salt(String f) {
        String symbol;
        int pos;
        int count = 1;
        if (f.startsWith("(NH4)")) {
            symbol = "NH4";
            pos = 5;
        } else if (f.startsWith("NH4")) {
            symbol = "NH4";
            pos = 3;
        } else {
            symbol = f.length() > 1 && Character.isLowerCase(f.charAt(1)) ? f.substring(0, 2) : f.substring(0, 1);
            pos = symbol.length();
        }
        Cation cation = cations.get(symbol);
        if (cation == null) {
            return null;
        }
        int digits = digitsEnd(f, pos);
        if (digits > pos) {
            count = Integer.parseInt(f.substring(pos, digits));
            pos = digits;
        }
        if (pos == f.length()) {
            return count == 1 && !"H".equals(symbol) && !"NH4".equals(symbol) ? "[" + symbol + "]" : null;
        }
        List<Part> anions = anions(f.substring(pos));
        if (anions == null) {
            return null;
        }
        int negative = -anions.stream().mapToInt(p -> p.charge() * p.count()).sum();
        if (negative <= 0 || negative % count != 0 || !cation.charges().contains(negative / count)) {
            return null;
        }
        int charge = negative / count;
        if ("H".equals(symbol)) {
            return acid(anions);
        }
        if (cation.covalent() && count == 1 && anions.size() == 1 && anions.get(0).chalcogen() != null) {
            return oxide(symbol, anions.get(0).chalcogen(), anions.get(0).count(), charge);
        }
        List<String> parts = new ArrayList<>();
        String ion = "NH4".equals(symbol) ? "[NH4+]" : "[" + symbol + "+" + (charge > 1 ? charge : "") + "]";
        for (int i = 0; i < count; i++) {
            parts.add(ion);
        }
        for (Part p : anions) {
            for (int i = 0; i < p.count(); i++) {
                parts.add(p.smiles());
            }
        }
        return String.join(".", parts);
    }

    /** The anions of the rest of a salt formula, longest table entry first; null when something is left over. */
    private List<Part> anions(String s) {
        List<Part> parts = new ArrayList<>();
        int pos = 0;
        while (pos < s.length()) {
            Part part = null;
            int end = pos;
            if (s.charAt(pos) == '(') {
                int close = s.indexOf(')', pos);
                if (close < 0) {
                    return null;
                }
                List<Part> inner = anions(s.substring(pos + 1, close));
                if (inner == null || inner.size() != 1 || inner.get(0).count() != 1) {
                    return null;
                }
                part = inner.get(0);
                end = close + 1;
            } else {
                for (Ion ion : ions) {
                    if (s.startsWith(ion.formula(), pos)) {
                        part = new Part(ion.smiles(), ion.charge(), 1, null);
                        end = pos + ion.formula().length();
                        break;
                    }
                }
                if (part == null) {
                    String sym = pos + 1 < s.length() && Character.isLowerCase(s.charAt(pos + 1))
                            ? s.substring(pos, pos + 2) : s.substring(pos, pos + 1);
                    Integer charge = MONATOMIC.get(sym);
                    if (charge == null) {
                        return null;
                    }
                    String smiles = "[" + sym + (charge == -1 ? "-" : charge.toString()) + "]";
                    part = new Part(smiles, charge, 1, DOUBLE_LIGANDS.contains(sym) ? sym : null);
                    end = pos + sym.length();
                }
            }
            int digits = digitsEnd(s, end);
            int n = digits > end ? Integer.parseInt(s.substring(end, digits)) : 1;
            parts.add(new Part(part.smiles(), part.charge(), n, part.chalcogen()));
            pos = digits;
        }
        return parts;
    }

    /** H_n X: the anions with each negative atom given its proton (HCl, H2SO4, HCN, H2O). */
    private static String acid(List<Part> anions) {
        List<String> parts = new ArrayList<>();
        for (Part p : anions) {
            IAtomContainer mol;
            try {
                mol = Structures.parseSmiles(p.smiles());
            } catch (CDKException e) {
                return null;
            }
            int protons = -p.charge();
            for (IAtom a : mol.atoms()) {
                int q = a.getFormalCharge() == null ? 0 : a.getFormalCharge();
                if (q < 0 && protons + q >= 0) {
                    protons += q;
                    a.setFormalCharge(0);
                    a.setImplicitHydrogenCount(a.getImplicitHydrogenCount() - q);
                }
            }
            String smiles = write(mol);
            for (int i = 0; i < p.count(); i++) {
                parts.add(smiles);
            }
        }
        return String.join(".", parts);
    }

    /** A single metal atom with n oxide/sulfide ligands, drawn M=O as PubChem records MnO2, PtO2, OsO4. */
    private static String oxide(String metal, String chalcogen, int n, int charge) {
        if (charge != 2 * n) {
            return null;
        }
        IAtomContainer mol = SilentChemObjectBuilder.getInstance().newAtomContainer();
        IAtom m = atom(mol, metal);
        for (int i = 0; i < n; i++) {
            mol.addBond(m.getIndex(), atom(mol, chalcogen).getIndex(), IBond.Order.DOUBLE);
        }
        return write(mol);
    }

    /** XY_n molecules with one central atom of standard valence (CS2, SOCl2, POCl3, BF3, CHCl3), or diatomics. */
    private String molecule(String f) {
        List<String> symbols = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        int pos = 0;
        while (pos < f.length()) {
            if (!Character.isUpperCase(f.charAt(pos))) {
                return null;
            }
            String sym = pos + 1 < f.length() && Character.isLowerCase(f.charAt(pos + 1))
                    ? f.substring(pos, pos + 2) : f.substring(pos, pos + 1);
            if (Elements.ofString(sym) == Elements.Unknown) {
                return null;
            }
            int end = digitsEnd(f, pos + sym.length());
            symbols.add(sym);
            counts.add(end > pos + sym.length() ? Integer.parseInt(f.substring(pos + sym.length(), end)) : 1);
            pos = end;
        }
        if (symbols.size() == 1 && counts.get(0) == 2 && diatomicBonds.containsKey(symbols.get(0))) {
            return diatomic(symbols.get(0));
        }
        if (symbols.size() < 2 || counts.get(0) != 1 || !valences.containsKey(symbols.get(0))) {
            return null;
        }
        IAtomContainer mol = SilentChemObjectBuilder.getInstance().newAtomContainer();
        IAtom centre = atom(mol, symbols.get(0));
        int valence = 0;
        for (int i = 1; i < symbols.size(); i++) {
            String ligand = symbols.get(i);
            IBond.Order order = SINGLE_LIGANDS.contains(ligand) ? IBond.Order.SINGLE
                    : DOUBLE_LIGANDS.contains(ligand) ? IBond.Order.DOUBLE : null;
            if (order == null) {
                return null;
            }
            for (int k = 0; k < counts.get(i); k++) {
                mol.addBond(centre.getIndex(), atom(mol, ligand).getIndex(), order);
                valence += order.numeric();
            }
        }
        return valences.get(symbols.get(0)).contains(valence) ? write(mol) : null;
    }

    private String diatomic(String symbol) {
        IAtomContainer mol = SilentChemObjectBuilder.getInstance().newAtomContainer();
        IAtom a = atom(mol, symbol);
        IAtom b = atom(mol, symbol);
        mol.addBond(a.getIndex(), b.getIndex(), IBond.Order.values()[diatomicBonds.get(symbol) - 1]);
        return write(mol);
    }

    private static IAtom atom(IAtomContainer mol, String symbol) {
        IAtom a = SilentChemObjectBuilder.getInstance().newAtom();
        a.setAtomicNumber(Elements.ofString(symbol).number());
        a.setSymbol(symbol);
        a.setImplicitHydrogenCount(0);
        a.setFormalCharge(0);
        mol.addAtom(a);
        return mol.getAtom(mol.getAtomCount() - 1);
    }

    private static String write(IAtomContainer mol) {
        return Structures.canonicalSmiles(mol);
    }

    private static int digitsEnd(String s, int from) {
        int i = from;
        while (i < s.length() && Character.isDigit(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static List<Integer> ints(String csv) {
        List<Integer> out = new ArrayList<>();
        for (String x : csv.split(",")) {
            out.add(Integer.parseInt(x.trim()));
        }
        return List.copyOf(out);
    }
}
