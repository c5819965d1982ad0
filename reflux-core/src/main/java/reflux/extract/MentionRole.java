package reflux.extract;

/** What a chemical mention is in its reaction (ChEMU 2020 roles; ORD reaction roles via {@link #ordRole()}). */
public enum MentionRole {
    STARTING_MATERIAL, REAGENT_CATALYST, SOLVENT, OTHER_COMPOUND, REACTION_PRODUCT;

    /** The ORD {@code ReactionRole} name. */
    public String ordRole() {
        return switch (this) {
            case STARTING_MATERIAL -> "REACTANT";
            case REAGENT_CATALYST -> "REAGENT";
            case SOLVENT -> "SOLVENT";
            case OTHER_COMPOUND -> "WORKUP";
            case REACTION_PRODUCT -> "PRODUCT";
        };
    }
}
