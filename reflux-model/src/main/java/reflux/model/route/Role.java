package reflux.model.route;

/** The role a charged or obtained material plays in a stage (ORD ReactionRole, plus our process roles). */
public enum Role {
    REACTANT, REAGENT, SOLVENT, CATALYST, WORKUP, INTERNAL_STANDARD, PRODUCT, BYPRODUCT, CUSTOM
}
