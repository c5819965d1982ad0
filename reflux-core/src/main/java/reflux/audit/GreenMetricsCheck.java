package reflux.audit;

/** Placeholder while being written. */
final class GreenMetricsCheck implements Checker {
    @Override
    public String name() {
        return "GreenMetricsCheck";
    }

    @Override
    public void check(AuditContext ctx, AuditSink sink) {
    }
}
