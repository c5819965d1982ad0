package reflux.model.run;

import java.util.List;
import java.util.Objects;

/**
 * A derived impurity with what MS tracking needs: its monoisotopic mass and the m/z of the ion it is seen as.
 *
 * @param id               impurity id, the same as its {@link Species#substance()} in {@link RunResult#impurities()}
 *                         ({@code anti-isomer}, {@code delta2-isomer})
 * @param description      what it is and where it comes from
 * @param smiles           canonical isomeric SMILES of the free form (inner salt / free acid)
 * @param inchiKey         standard InChIKey
 * @param formula          Hill formula
 * @param monoisotopicMass monoisotopic mass, Da
 * @param ion              {@code [M+H]+} for neutral species, {@code [M]+} for permanent cations
 * @param mz               m/z of that ion (electron mass 0.000548579909 Da accounted for)
 * @param evidence         how it was derived (which input was altered, which stages were re-run)
 */
public record ImpurityMass(String id, String description, String smiles, String inchiKey, String formula,
                           double monoisotopicMass, String ion, double mz, List<String> evidence) {
    public ImpurityMass {
        Objects.requireNonNull(id, "id");
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
