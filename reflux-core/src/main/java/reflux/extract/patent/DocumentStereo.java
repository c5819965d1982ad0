package reflux.extract.patent;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.graph.Cycles;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;
import org.openscience.cdk.interfaces.IDoubleBondStereochemistry;
import org.openscience.cdk.interfaces.IDoubleBondStereochemistry.Conformation;
import org.openscience.cdk.interfaces.IStereoElement;
import org.openscience.cdk.smarts.SmartsPattern;
import org.openscience.cdk.stereo.DoubleBondStereochemistry;
import org.openscience.cdk.stereo.Stereocenters;
import reflux.chem.Structures;
import reflux.model.identity.Resolution;

/**
 * The double-bond geometries a document states, lent as assumptions to substances whose printed names leave the same
 * geometry open. A document that names {@code 7-[(Z)-2-(2-amino-4-thiazolyl)-2-(methoxyimino)acetamido]...} fixes
 * the methoxyimino acyl group's C=N: a substance of the same document with an unspecified C=N whose ends carry one
 * ligand each of the same classes (O-methyl on N, an acyl group on C; {@code ligand-classes.tsv}) gets that
 * arrangement, with a note quoting the name and its offsets. Nothing is lent when the stated compounds disagree,
 * when a ligand class is not unique at its end, or when the substance's own name states a geometry (it then has no
 * open double bond). Immutable and thread-safe; SMARTS patterns are used under their own lock.
 *
 * <pre>{@code
 * DocumentStereo ds = DocumentStereo.of(text, name -> resolver.resolve(name));
 * ds.assume(resolution).ifPresent(a -> ... a.smiles() ... a.note());
 * }</pre>
 */
final class DocumentStereo {

    /** A compound the document names with an explicit geometry. */
    record Stated(String name, int start, int end, IAtomContainer mol) {
    }

    /** A stereo SMILES with the geometry lent, and the note that says where it came from. */
    record Assumption(String smiles, String note) {
    }

    private record Ligand(String name, SmartsPattern pattern) {
    }

    private static final Pattern EXPLICIT = Pattern.compile("\\((?:\\d+[A-Za-z]?)?[EZ]\\)-");
    /** Bound on the stated names resolved per document (each costs a name resolution). */
    static final int MAX_STATED = 32;
    private static final List<Ligand> CLASSES = Tables.read("ligand-classes.tsv", 3).stream()
            .map(r -> new Ligand(r[0], SmartsPattern.create(r[1]))).toList();

    private final List<Stated> stated;

    private DocumentStereo(List<Stated> stated) {
        this.stated = List.copyOf(stated);
    }

    /** No stated geometry. */
    static DocumentStereo none() {
        return new DocumentStereo(List.of());
    }

    /** The compounds {@code text} names with an explicit (E)/(Z), resolved with {@code names}. */
    static DocumentStereo of(String text, Function<String, Resolution> names) {
        Map<String, int[]> found = new LinkedHashMap<>();
        // the word around each descriptor, trimmed; names are resolved once each
        Matcher m = EXPLICIT.matcher(text);
        while (m.find() && found.size() < MAX_STATED) {
            int a = m.start();
            while (a > 0 && !Character.isWhitespace(text.charAt(a - 1))) {
                a--;
            }
            int b = m.end();
            while (b < text.length() && !Character.isWhitespace(text.charAt(b))) {
                b++;
            }
            int[] span = trim(text, a, b);
            found.putIfAbsent(text.substring(span[0], span[1]), span);
        }
        List<Stated> out = new ArrayList<>();
        for (int[] span : found.values()) {
            for (int[] c : candidates(text, span)) {
                String name = text.substring(c[0], c[1]);
                Resolution r = names.apply(name);
                if (r == null || !r.isResolved() || r.smiles() == null) {
                    continue;
                }
                IAtomContainer mol = parse(r.smiles());
                if (mol != null && !doubleBondStereo(mol).isEmpty()) {
                    out.add(new Stated(name, c[0], c[1], mol));
                }
                break;
            }
        }
        return new DocumentStereo(out);
    }

    List<Stated> stated() {
        return stated;
    }

    /**
     * The structure {@code r} resolves to with every open double bond that a stated compound fixes given that
     * geometry, or empty when none is lent.
     */
    Optional<Assumption> assume(Resolution r) {
        if (stated.isEmpty() || r == null || !r.isResolved() || r.smiles() == null) {
            return Optional.empty();
        }
        IAtomContainer mol = parse(r.smiles());
        if (mol == null) {
            return Optional.empty();
        }
        Cycles.markRingAtomsAndBonds(mol);
        Stereocenters centres = Stereocenters.of(mol);
        Set<IBond> fixed = new java.util.HashSet<>();
        for (IDoubleBondStereochemistry d : doubleBondStereo(mol)) {
            fixed.add(d.getStereoBond());
        }
        List<String> reasons = new ArrayList<>();
        List<IStereoElement<?, ?>> add = new ArrayList<>();
        for (IBond bond : mol.bonds()) {
            if (bond.getOrder() != IBond.Order.DOUBLE || bond.isAromatic() || bond.isInRing() || fixed.contains(bond)
                    || !centres.isStereocenter(mol.indexOf(bond.getBegin()))
                    || !centres.isStereocenter(mol.indexOf(bond.getEnd()))) {
                continue;
            }
            Set<Conformation> votes = new LinkedHashSet<>();
            IBond[] carriers = null;
            Stated from = null;
            String classes = null;
            for (Stated s : stated) {
                for (IDoubleBondStereochemistry d : doubleBondStereo(s.mol())) {
                    for (boolean flip : new boolean[] {false, true}) {
                        IAtom p = flip ? d.getStereoBond().getEnd() : d.getStereoBond().getBegin();
                        IAtom q = flip ? d.getStereoBond().getBegin() : d.getStereoBond().getEnd();
                        IAtom a = bond.getBegin();
                        IAtom b = bond.getEnd();
                        if (!same(a, p) || !same(b, q)) {
                            continue;
                        }
                        // the carrier ligand of each end, or the other ligand there with the geometry inverted
                        for (IAtom lp : ligands(s.mol(), p, q)) {
                            for (IAtom lq : ligands(s.mol(), q, p)) {
                                String cp = uniqueClass(s.mol(), p, lp);
                                String cq = uniqueClass(s.mol(), q, lq);
                                IAtom la = cp == null ? null : onlyOfClass(mol, a, b, cp);
                                IAtom lb = cq == null ? null : onlyOfClass(mol, b, a, cq);
                                if (la == null || lb == null) {
                                    continue;
                                }
                                boolean invert = (lp != ligandAt(d, p)) ^ (lq != ligandAt(d, q));
                                Conformation c = invert ? d.getStereo().invert() : d.getStereo();
                                votes.add(c);
                                carriers = new IBond[] {mol.getBond(a, la), mol.getBond(b, lb)};
                                from = s;
                                classes = describe(cp) + " on " + a.getSymbol() + ", " + describe(cq) + " on "
                                        + b.getSymbol();
                                if (c != votes.iterator().next()) {
                                    break;
                                }
                            }
                        }
                    }
                }
            }
            if (votes.size() != 1) {
                continue; // nothing stated for this bond, or the document states both geometries
            }
            Conformation c = votes.iterator().next();
            add.add(new DoubleBondStereochemistry(bond, carriers, c));
            reasons.add(bond.getBegin().getSymbol() + "=" + bond.getEnd().getSymbol() + " geometry assumed ("
                    + classes + " " + (c == Conformation.TOGETHER ? "cis" : "trans") + "), as in '" + from.name()
                    + "' printed at offsets " + from.start() + "-" + from.end() + " of the document");
        }
        if (add.isEmpty()) {
            return Optional.empty();
        }
        add.forEach(mol::addStereoElement);
        try {
            String smiles = Structures.canonicalSmiles(mol);
            return Optional.of(new Assumption(smiles, "Assumed, not printed: the printed name states no double-bond "
                    + "geometry; " + String.join("; ", reasons) + ", which names the same stereo double bond with "
                    + "the same ligand groups. The audit reports this as STEREO_ASSUMED."));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static List<IDoubleBondStereochemistry> doubleBondStereo(IAtomContainer mol) {
        List<IDoubleBondStereochemistry> out = new ArrayList<>();
        for (IStereoElement<?, ?> e : mol.stereoElements()) {
            if (e instanceof IDoubleBondStereochemistry d) {
                out.add(d);
            }
        }
        return out;
    }

    private static boolean same(IAtom x, IAtom y) {
        return x.getAtomicNumber().equals(y.getAtomicNumber()) && x.isAromatic() == y.isAromatic();
    }

    /** The single-bonded ligands of {@code end} other than {@code partner}. */
    private static List<IAtom> ligands(IAtomContainer mol, IAtom end, IAtom partner) {
        List<IAtom> out = new ArrayList<>();
        for (IAtom l : mol.getConnectedAtomsList(end)) {
            if (l != partner && mol.getBond(end, l).getOrder() == IBond.Order.SINGLE) {
                out.add(l);
            }
        }
        return out;
    }

    private static IAtom ligandAt(IDoubleBondStereochemistry d, IAtom end) {
        for (IBond b : d.getBonds()) {
            if (b.contains(end)) {
                return b.getOther(end);
            }
        }
        return null;
    }

    /** The class of {@code ligand} at {@code end}, when no other ligand of {@code end} has it. */
    private static String uniqueClass(IAtomContainer mol, IAtom end, IAtom ligand) {
        String c = classOf(mol, end, ligand);
        for (IAtom other : mol.getConnectedAtomsList(end)) {
            if (other != ligand && mol.getBond(end, other).getOrder() == IBond.Order.SINGLE
                    && c.equals(classOf(mol, end, other))) {
                return null;
            }
        }
        return c;
    }

    /** The one single-bonded ligand of {@code end} (not {@code partner}) of class {@code c}, or null. */
    private static IAtom onlyOfClass(IAtomContainer mol, IAtom end, IAtom partner, String c) {
        IAtom hit = null;
        for (IAtom l : mol.getConnectedAtomsList(end)) {
            if (l == partner || mol.getBond(end, l).getOrder() != IBond.Order.SINGLE || !c.equals(classOf(mol, end, l))) {
                continue;
            }
            if (hit != null) {
                return null;
            }
            hit = l;
        }
        return hit;
    }

    static String classOf(IAtomContainer mol, IAtom end, IAtom ligand) {
        int li = mol.indexOf(ligand);
        for (Ligand c : CLASSES) {
            synchronized (c.pattern()) {
                for (int[] map : c.pattern().matchAll(mol)) {
                    if (map[0] == li) {
                        return c.name();
                    }
                }
            }
        }
        Set<String> around = new TreeSet<>();
        List<String> all = new ArrayList<>();
        for (IAtom n : mol.getConnectedAtomsList(ligand)) {
            if (n != end) {
                all.add(n.getSymbol());
            }
        }
        all.sort(null);
        around.add(String.join(",", all));
        return (ligand.isAromatic() ? "aromatic " : "") + ligand.getSymbol() + "(" + String.join("", around) + ")";
    }

    private static String describe(String c) {
        return c.contains("(") ? c.replace("()", "") + " group" : c + " group";
    }

    private static IAtomContainer parse(String smiles) {
        try {
            IAtomContainer mol = Structures.parseSmiles(smiles);
            SmartsPattern.prepare(mol);
            return mol;
        } catch (CDKException | RuntimeException e) {
            return null;
        }
    }

    /**
     * The name around a geometry descriptor: the word alone, then with up to two following words ("... acetic
     * acid"), then with the word before ("ethyl ...").
     */
    private static List<int[]> candidates(String t, int[] w) {
        List<int[]> out = new ArrayList<>();
        out.add(w);
        int end = w[1];
        for (int i = 0; i < 2; i++) {
            int[] next = word(t, end);
            if (next == null) {
                break;
            }
            end = next[1];
            out.add(new int[] {w[0], end});
        }
        int a = w[0] - 1;
        while (a > 0 && t.charAt(a - 1) == ' ') {
            a--;
        }
        int s = a;
        while (s > 0 && Character.isLetter(t.charAt(s - 1))) {
            s--;
        }
        if (s < a && t.charAt(a) == ' ') {
            out.add(new int[] {s, w[1]});
        }
        return out;
    }

    /** The lower-case word (letters only) right after {@code from} and one space, or null. */
    private static int[] word(String t, int from) {
        if (from + 1 >= t.length() || t.charAt(from) != ' ') {
            return null;
        }
        int e = from + 1;
        while (e < t.length() && Character.isLowerCase(t.charAt(e))) {
            e++;
        }
        return e > from + 1 && (e == t.length() || !Character.isLetterOrDigit(t.charAt(e))) ? new int[] {from + 1, e}
                : null;
    }

    /** Trailing punctuation and unbalanced brackets off a whitespace-delimited name. */
    private static int[] trim(String t, int a, int b) {
        while (b > a && ",.;:".indexOf(t.charAt(b - 1)) >= 0) {
            b--;
        }
        while (b > a && (t.charAt(b - 1) == ')' || t.charAt(b - 1) == ']') && balance(t, a, b) < 0) {
            b--;
        }
        while (a < b && (t.charAt(a) == '(' || t.charAt(a) == '[' || t.charAt(a) == '"') && balance(t, a, b) > 0) {
            a++;
        }
        return new int[] {a, b};
    }

    private static int balance(String t, int a, int b) {
        int d = 0;
        for (int i = a; i < b; i++) {
            char c = t.charAt(i);
            if (c == '(' || c == '[') {
                d++;
            } else if (c == ')' || c == ']') {
                d--;
            }
        }
        return d;
    }
}
