package reflux.audit;

/** Placeholder while being written. */
final class MsCheck implements Checker {
    @Override
    public String name() {
        return "MsCheck";
    }

    @Override
    public void check(AuditContext ctx, AuditSink sink) {
    }
}
