package reflux.audit;

/**
 * One focused check of the audit (stoichiometry, yields, mass balance, MS, NMR, green metrics). Checkers read the
 * shared {@link AuditContext} and write findings and table rows to the {@link AuditSink}; they keep no state.
 */
interface Checker {

    /** Short name for the report ("stoichiometry"). */
    String name();

    void check(AuditContext ctx, AuditSink sink);
}
