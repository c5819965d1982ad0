package reflux.model.identity;

import java.util.List;
import java.util.Objects;

/**
 * The identity of one name: structure, formula, masses, InChI and CIP labels, with where it came from and every
 * assumption made. Field names are the JSON names of {@code reflux resolve --json}.
 *
 * @param name             the input as given
 * @param status           RESOLVED / AMBIGUOUS / UNRESOLVED
 * @param smiles           canonical isomeric SMILES (components dot-separated), or null when unresolved
 * @param formula          Hill formula of the whole record (e.g. {@code C19H28Cl2N6O6S2}), or null
 * @param molarMass        average molar mass g/mol, or null
 * @param monoisotopicMass monoisotopic mass Da, or null
 * @param charge           net formal charge, or null
 * @param inchi            standard InChI, or null
 * @param inchiKey         standard InChIKey, or null
 * @param cip              CIP labels, e.g. {@code C11:R}, {@code C18=N19:Z} (CDK atom indices of {@code smiles})
 * @param source           how it was resolved: dictionary, beta-lactam, opsin, smiles, ...
 * @param warnings         repairs and assumptions, each a sentence
 * @param message          why unresolved/ambiguous, or null
 * @param suggestions      close names for an unresolved input (may be empty)
 */
public record Resolution(String name, ResolutionStatus status, String smiles, String formula, Double molarMass,
                         Double monoisotopicMass, Integer charge, String inchi, String inchiKey, List<String> cip,
                         String source, List<String> warnings, String message, List<String> suggestions) {
    public Resolution {
        Objects.requireNonNull(status, "status");
        cip = cip == null ? List.of() : List.copyOf(cip);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        suggestions = suggestions == null ? List.of() : List.copyOf(suggestions);
    }

    /** True when one structure was found. */
    public boolean isResolved() {
        return status == ResolutionStatus.RESOLVED;
    }
}
