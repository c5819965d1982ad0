package reflux.model.identity;

/** Outcome of resolving one name. */
public enum ResolutionStatus {
    /** One structure, with any assumptions listed as warnings. */
    RESOLVED,
    /** The name denotes several structures (a genus, a Markush name, an unspecified isomer set). */
    AMBIGUOUS,
    /** No structure; the message says why and suggestions may help. */
    UNRESOLVED
}
