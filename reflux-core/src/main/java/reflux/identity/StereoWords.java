package reflux.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;
import org.openscience.cdk.interfaces.IDoubleBondStereochemistry;
import org.openscience.cdk.interfaces.IStereoElement;
import org.openscience.cdk.stereo.DoubleBondStereochemistry;
import reflux.chem.Structures;

/**
 * Stereo words OPSIN 2.9.0 does not read. <b>syn/anti on an α-oxyimino carbonyl</b> ("syn-2-(2-aminothiazol-4-yl)-
 * 2-methoxyiminoacetic acid", "2-(syn)-methoxyimino"): syn = the oxime O on the same side as the carbonyl carbon,
 * the convention of the aminothiazolyl/furyl cephalosporin literature (R. Bucourt et al., Tetrahedron 1978, 34,
 * 2233; cefotaxime, cefuroxime "syn isomer" = (Z), Merck Index), which for these side chains is CIP (Z); anti the
 * opposite. The word is removed, the rest resolved, and the one oxime C=N next to a carbonyl set; a name with none
 * or several such oximes is not read. <b>Racemate words</b> ("rac-", "racemic", "(±)-", "dl-") are removed; the
 * structure keeps any relative descriptors and the warning says the enantiomer shown stands for the racemate.
 * Stateless and thread-safe.
 */
final class StereoWords {

    /** The name without its stereo word and what the word asks for. */
    record Found(String rest, Kind kind, String word) {
    }

    /** What a stereo word means. */
    enum Kind { SYN, ANTI, RACEMIC }

    private static final Pattern SYN_ANTI = Pattern.compile(
            "(?i)(?:^|(?<=[-\\s(\\[]))\\(?(syn|anti)\\)?(?:-isomer)?-(?=[\\w(\\[])|\\s*\\(?(syn|anti)[- ]isomer\\)?$");
    private static final Pattern RACEMIC = Pattern.compile(
            "(?i)^(?:racemic\\s+|rac\\.?-\\s*|rac\\.\\s*|rac\\s+|\\(±\\)-?|\\(\\+/-\\)-?|\\(\\+-\\)-?|dl-)");

    private static final LiteralGate SYN_ANTI_GATE = LiteralGate.of(SYN_ANTI);

    private StereoWords() {
    }

    /** The patterns behind {@link LiteralGate}s here (the gate test checks that a closed gate hides no match). */
    static List<Pattern> gatedPatterns() {
        return List.of(SYN_ANTI);
    }

    /** The first stereo word of the name, or empty. */
    static Optional<Found> find(String name) {
        Matcher m = SYN_ANTI.matcher(name);
        if (SYN_ANTI_GATE.mayFind(NameText.of(name)) && m.find()) {
            String word = m.group(1) != null ? m.group(1) : m.group(2);
            String rest = (name.substring(0, m.start()) + name.substring(m.end())).replace("--", "-").strip();
            return Optional.of(new Found(rest, word.equalsIgnoreCase("syn") ? Kind.SYN : Kind.ANTI, m.group()));
        }
        Matcher r = RACEMIC.matcher(name);
        if (r.find() && r.end() < name.length()) {
            return Optional.of(new Found(name.substring(r.end()).strip(), Kind.RACEMIC, r.group().strip()));
        }
        return Optional.empty();
    }

    /**
     * The structure with the oxime geometry the syn/anti word fixes, or empty when the structure has not exactly one
     * C=N–O whose carbon carries a carbonyl carbon.
     */
    static Optional<String> applyOxime(String smiles, Kind kind) {
        IAtomContainer mol;
        try {
            mol = Structures.parseSmiles(smiles);
        } catch (CDKException e) {
            return Optional.empty();
        }
        List<IAtom[]> oximes = new ArrayList<>();
        for (IBond b : mol.bonds()) {
            if (b.getOrder() != IBond.Order.DOUBLE) {
                continue;
            }
            IAtom c = "C".equals(b.getBegin().getSymbol()) ? b.getBegin() : b.getEnd();
            IAtom n = b.getOther(c);
            if (!"C".equals(c.getSymbol()) || !"N".equals(n.getSymbol())) {
                continue;
            }
            IAtom o = neighbour(mol, n, c, "O", false);
            IAtom carbonyl = neighbour(mol, c, n, "C", true);
            if (o != null && carbonyl != null) {
                oximes.add(new IAtom[] {c, n, o, carbonyl});
            }
        }
        if (oximes.size() != 1) {
            return Optional.empty();
        }
        IAtom[] x = oximes.get(0);
        IBond bond = mol.getBond(x[0], x[1]);
        List<IStereoElement> keep = new ArrayList<>();
        for (IStereoElement se : mol.stereoElements()) {
            if (!(se instanceof IDoubleBondStereochemistry dbs && dbs.getStereoBond().equals(bond))) {
                keep.add(se);
            }
        }
        mol.setStereoElements(keep);
        IBond onC = mol.getBond(x[0], x[3]);
        IBond onN = mol.getBond(x[1], x[2]);
        IBond first = bond.getBegin().equals(x[0]) ? onC : onN;
        IBond second = bond.getBegin().equals(x[0]) ? onN : onC;
        mol.addStereoElement(new DoubleBondStereochemistry(bond, new IBond[] {first, second},
                kind == Kind.SYN ? IDoubleBondStereochemistry.Conformation.TOGETHER
                        : IDoubleBondStereochemistry.Conformation.OPPOSITE));
        try {
            return Optional.of(Structures.canonicalSmiles(mol));
        } catch (IllegalStateException e) {
            return Optional.empty();
        }
    }

    /** A neighbour of {@code a} other than {@code not} with the symbol; {@code carbonyl}: one that has a C=O. */
    private static IAtom neighbour(IAtomContainer mol, IAtom a, IAtom not, String symbol, boolean carbonyl) {
        for (IAtom nb : mol.getConnectedAtomsList(a)) {
            if (nb.equals(not) || !symbol.equals(nb.getSymbol())) {
                continue;
            }
            if (!carbonyl || mol.getConnectedBondsList(nb).stream().anyMatch(b -> b.getOrder() == IBond.Order.DOUBLE
                    && "O".equals(b.getOther(nb).getSymbol()))) {
                return nb;
            }
        }
        return null;
    }
}
