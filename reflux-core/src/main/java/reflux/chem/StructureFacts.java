package reflux.chem;

import java.util.List;

/**
 * Everything Reflux states about one structure: canonical SMILES, Hill formula, masses, charge, standard InChI and
 * InChIKey, and CIP labels (element + 1-based atom index of {@code smiles}, e.g. {@code C11:R}, {@code C18=N19:Z}).
 */
public record StructureFacts(String smiles, String formula, double molarMass, double monoisotopicMass, int charge,
                             String inchi, String inchiKey, List<String> cip) {
    public StructureFacts {
        cip = List.copyOf(cip);
    }
}
