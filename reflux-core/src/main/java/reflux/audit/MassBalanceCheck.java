package reflux.audit;

/** Placeholder while being written. */
final class MassBalanceCheck implements Checker {
    @Override
    public String name() {
        return "MassBalanceCheck";
    }

    @Override
    public void check(AuditContext ctx, AuditSink sink) {
    }
}
