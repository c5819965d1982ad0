package reflux.model.run;

/**
 * One molecular species in an executed stage, with its stoichiometric coefficient in the balanced equation.
 *
 * @param substance   id of the route's SubstanceRef it corresponds to, or null for a derived species
 * @param smiles      canonical isomeric SMILES (all components)
 * @param inchiKey    standard InChIKey
 * @param formula     Hill formula
 * @param molarMass   average molar mass g/mol
 * @param coefficient stoichiometric coefficient (moles per mole of the stage's main reaction)
 */
public record Species(String substance, String smiles, String inchiKey, String formula, double molarMass,
                      double coefficient) {
}
