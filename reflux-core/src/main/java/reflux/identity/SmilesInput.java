package reflux.identity;

import java.util.regex.Pattern;

/** Whether a string given as a name is unambiguously a SMILES (issue 10, item 5). Stateless and thread-safe. */
final class SmilesInput {

    private SmilesInput() {
    }

    /**
     * Only strings that cannot be anything else are read as SMILES: no spaces, SMILES characters only, at least
     * two atoms and at least one bond, branch, bracket or stereo symbol that no name, formula or abbreviation uses
     * this way. Letters alone ("NBS", "CDI", "II", "CsF", "Ni") and letters with digits (formulas: "CS2") never are.
     */
    static boolean looksLikeSmiles(String text) {
        if (text.contains(" ") || text.length() > 500 || text.length() < 3
                || !SMILES_CHARS.matcher(text).matches() || !SMILES_SYNTAX.matcher(text).find()) {
            return false;
        }
        String outside = text.replaceAll("\\[[^\\]]*\\]", "").replace("Cl", "").replace("Br", "");
        // a formula with brackets ("(CH3O)3Si(CH2)3NH2", "Ca(OH)2": a bracket or hydrogen followed by a count) or
        // a word (lower-case letters that are no aromatic atom) is not a SMILES
        return !FORMULA_GROUP.matcher(outside).find() && !text.startsWith("(")
                && outside.chars().noneMatch(c -> Character.isLowerCase(c) && "bcnops".indexOf(c) < 0);
    }

    private static final Pattern SMILES_CHARS = Pattern.compile("[A-Za-z0-9@+\\-\\[\\]()=#$/\\\\%.:]+");
    private static final Pattern SMILES_SYNTAX = Pattern.compile("[=#@\\[(/\\\\]|(?<![A-Z])[cnosp][1-9]");
    private static final Pattern FORMULA_GROUP = Pattern.compile("\\)\\d|H\\d");
}
