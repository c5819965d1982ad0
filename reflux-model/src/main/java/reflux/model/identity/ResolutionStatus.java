package reflux.model.identity;

/** Outcome of resolving one name. */
public enum ResolutionStatus {
    /** One structure, with any assumptions listed as warnings. */
    RESOLVED,
    /** The name denotes several structures (a genus, a Markush name, an unspecified isomer set). */
    AMBIGUOUS,
    /**
     * Not a name but a reference to a compound defined elsewhere in the text ("compound 3", "title compound",
     * "( 38 )", "Example 12", "II", "the white solid"): no structure of its own; extraction links it to the
     * structure it stands for. The message says which kind of label it is.
     */
    LABEL,
    /** No structure; the message says why and suggestions may help. */
    UNRESOLVED
}
