package reflux.model.run;

/** How a stage's derived product compares with the product the route declares. */
public enum Verdict {
    /** Same full InChIKey (component-wise for salts and hydrates). */
    MATCH,
    /** Same constitution (first InChIKey block) but different stereo. */
    CONSTITUTION_ONLY,
    /** Different structure. */
    MISMATCH,
    /** No rule applied to the inputs. */
    NO_RULE
}
