package reflux.corpus;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;

/**
 * Heavy-atom and hydrogen counts: a cheap necessary condition for a molecule to have a given Hill formula, so that
 * the formula string (CDK's {@code MolecularFormulaManipulator.getString}, a third of template execution in a JFR
 * profile of the dev corpus) is only written for components that can match. Equal formulas imply equal tallies;
 * unequal tallies rule a match out. Immutable and thread-safe.
 *
 * @param heavy atoms other than hydrogen
 * @param hydrogens hydrogen atoms, explicit and implicit
 */
record AtomTally(int heavy, int hydrogens) {
    private static final Pattern ELEMENT = Pattern.compile("([A-Z][a-z]?)(\\d*)");

    /**
     * The tally a Hill formula states ({@code C19H28Cl2N6O6S2}; a charge suffix or brackets are ignored), or null
     * when the text is null or states no element.
     */
    static AtomTally ofFormula(String formula) {
        if (formula == null) {
            return null;
        }
        Matcher m = ELEMENT.matcher(formula);
        int heavy = 0;
        int h = 0;
        boolean any = false;
        while (m.find()) {
            any = true;
            int n = m.group(2).isEmpty() ? 1 : Integer.parseInt(m.group(2));
            if ("H".equals(m.group(1))) {
                h += n;
            } else {
                heavy += n;
            }
        }
        return any ? new AtomTally(heavy, h) : null;
    }

    /**
     * The tally of {@code mol}, or null when an atom has no atomic number (a pseudo atom, whose place in a formula
     * this tally does not model).
     */
    static AtomTally of(IAtomContainer mol) {
        int heavy = 0;
        int h = 0;
        for (IAtom a : mol.atoms()) {
            Integer z = a.getAtomicNumber();
            if (z == null || z == 0) {
                return null;
            }
            if (z == 1) {
                h++;
            } else {
                heavy++;
            }
            Integer implicit = a.getImplicitHydrogenCount();
            h += implicit == null ? 0 : implicit;
        }
        return new AtomTally(heavy, h);
    }

    /** False only when {@code mol} certainly does not have the formula this tally came from. */
    boolean mayBe(IAtomContainer mol) {
        AtomTally t = of(mol);
        return t == null || equals(t);
    }
}
