package reflux.audit;

/** Placeholder while being written. */
final class NmrCheck implements Checker {
    @Override
    public String name() {
        return "NmrCheck";
    }

    @Override
    public void check(AuditContext ctx, AuditSink sink) {
    }
}
