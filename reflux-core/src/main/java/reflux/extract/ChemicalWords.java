package reflux.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Tells whether a printed word is (part of) a chemical name: the vocabulary of {@code reflux/extract/chemicals.tsv}
 * (abbreviations and formulas case-sensitively), systematic-name morphology (locants with hyphens or brackets,
 * chemical endings such as -ane, -ol, -ide, -ate) and formulas ("Na2SO4", "CH2Cl2"). Immutable and thread-safe.
 */
public final class ChemicalWords {
    private static final Pattern SYSTEMATIC = Pattern.compile("(?=.*\\p{L}{3})(?=.*[\\d])(?=.*(?:[-\\[\\]()']|\\d,\\d)).{4,}");
    private static final Pattern PREFIXED = Pattern.compile("(?:[A-Z]|[a-z]{1,4}|\\d+)(?:,(?:[A-Z]|\\d+))*-\\p{L}{3,}.*");
    private static final Pattern SUFFIX = Pattern.compile("(?i).{2,}(?:ane|ene|yne|anol|ol|one|ide|ate|ite|ine|yl|ium|ile|"
            + "azole|ole|oxy|amide|imide|ether|ester|ic|ine|ose|al|ane|ase|ones|ides|ates|ines|yls)");
    private static final Pattern FORMULA = Pattern.compile("(?:(?:[A-Z][a-z]?|\\((?=[A-Z]))\\d*\\)?\\d*){2,}");
    private static final Set<String> ELEMENTS = Set.of(("H He Li Be B C N O F Ne Na Mg Al Si P S Cl Ar K Ca Sc Ti V Cr "
            + "Mn Fe Co Ni Cu Zn Ga Ge As Se Br Kr Rb Sr Y Zr Nb Mo Tc Ru Rh Pd Ag Cd In Sn Sb Te I Xe Cs Ba La Ce Pt Au "
            + "Hg Tl Pb Bi Os Ir W Re").split(" "));

    private final Set<String> exact = new HashSet<>();
    private final Set<String> lower = new HashSet<>();
    private final Set<String> reagents = new HashSet<>();
    private final Set<String> solvents = new HashSet<>();
    private final Set<String> workup = new HashSet<>();
    private final Set<String> not = new HashSet<>();

    private ChemicalWords() {
    }

    /** The shipped vocabulary. */
    public static ChemicalWords standard() {
        ChemicalWords w = new ChemicalWords();
        for (String[] row : Lexicon.rows("chemicals.tsv", 3)) {
            String word = row[0];
            switch (row[1]) {
                case "CHEMICAL_WORD" -> {
                    if (word.chars().anyMatch(c -> Character.isUpperCase(c) || Character.isDigit(c))) {
                        w.exact.add(word);
                    } else {
                        w.lower.add(word);
                    }
                }
                case "REAGENT" -> w.reagents.add(vocabularyKey(word));
                case "SOLVENT" -> w.solvents.add(vocabularyKey(word));
                case "WORKUP_MATERIAL" -> w.workup.add(word.toLowerCase(Locale.ROOT));
                case "NOT_CHEMICAL" -> w.not.add(word.toLowerCase(Locale.ROOT));
                default -> throw new IllegalStateException("chemicals.tsv: unknown class " + row[1]);
            }
        }
        return w;
    }

    /** Whether {@code word} (without surrounding punctuation) is or belongs to a chemical name. */
    public boolean isChemical(String word) {
        if (word.isEmpty() || not.contains(word.toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (exact.contains(word) || lower.contains(word.toLowerCase(Locale.ROOT)) && !isAllCapsShort(word)) {
            return true;
        }
        if (word.chars().allMatch(Character::isDigit)) {
            return false;
        }
        if (SYSTEMATIC.matcher(word).matches() || PREFIXED.matcher(word).matches()) {
            return true;
        }
        if (FORMULA.matcher(word).matches() && isFormula(word)) {
            return true;
        }
        return word.length() >= 5 && word.chars().allMatch(c -> Character.isLetter(c) || c == '-')
                && Character.isLowerCase(word.charAt(word.length() - 1)) && SUFFIX.matcher(word).matches();
    }

    /**
     * {@link #isChemical} that answers each word once (for one text: the map grows with its distinct words; not
     * thread-safe).
     */
    Predicate<String> onceEach() {
        Map<String, Boolean> seen = new HashMap<>();
        return w -> seen.computeIfAbsent(w, this::isChemical);
    }

    private static boolean isAllCapsShort(String w) {
        return w.length() <= 3 && w.chars().allMatch(Character::isUpperCase);
    }

    private static boolean isFormula(String w) {
        int elements = 0;
        int i = 0;
        while (i < w.length()) {
            char c = w.charAt(i);
            if (Character.isUpperCase(c)) {
                String two = i + 1 < w.length() && Character.isLowerCase(w.charAt(i + 1)) ? w.substring(i, i + 2) : null;
                if (two != null && ELEMENTS.contains(two)) {
                    elements++;
                    i += 2;
                } else if (ELEMENTS.contains(String.valueOf(c))) {
                    elements++;
                    i++;
                } else {
                    return false;
                }
            } else if (Character.isDigit(c) || c == '(' || c == ')') {
                i++;
            } else {
                return false;
            }
        }
        return elements >= 2;
    }

    /**
     * Whether the name is a common reagent or catalyst, as the vocabulary writes it up to case, spaces and hyphens
     * ("N-bromo succinimide", "palladium (II) acetate") and the dot of an adduct ("EDC·HCl" = "EDC.HCl").
     */
    public boolean isReagent(String name) {
        return reagents.contains(vocabularyKey(name));
    }

    /** Whether the name is a common reaction solvent, up to case, spaces, hyphens and adduct dots. */
    public boolean isSolvent(String name) {
        return solvents.contains(vocabularyKey(name));
    }

    private static String vocabularyKey(String name) {
        StringBuilder b = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '\u00b7' || c == '\u2022') {
                b.append('.');
            } else if (c != '-' && c != '\u2010' && c != '\u2011' && !Character.isWhitespace(c)) {
                b.append(Character.toLowerCase(c));
            }
        }
        return b.toString();
    }

    /** Whether the name is a work-up material (drying agent, silica, brine, inert gas). */
    public boolean isWorkupMaterial(String name) {
        return workup.contains(name.toLowerCase(Locale.ROOT));
    }
}
