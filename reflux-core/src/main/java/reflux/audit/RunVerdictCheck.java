package reflux.audit;

import java.util.Locale;
import java.util.Optional;
import reflux.model.finding.FindingCode;
import reflux.model.finding.Severity;
import reflux.model.route.Stage;
import reflux.model.run.StageRun;

/**
 * The engine's verdict per stage as findings, so that {@code reflux check} (run + audit) reports one list:
 * MATCH → INFO RUN_MATCH, CONSTITUTION_ONLY → WARNING RUN_STEREO_MISMATCH, MISMATCH → ERROR RUN_MISMATCH,
 * NO_RULE → WARNING RUN_NO_RULE; an unbalanced equation → INFO RUN_UNBALANCED with the engine's note.
 * Nothing when the route was not executed.
 */
final class RunVerdictCheck implements Checker {

    @Override
    public String name() {
        return "run";
    }

    @Override
    public void check(AuditContext ctx, AuditSink sink) {
        if (ctx.run() == null) {
            return;
        }
        for (Stage stage : ctx.route().stages()) {
            Optional<StageRun> run = ctx.stageRun(stage);
            if (run.isEmpty()) {
                continue;
            }
            StageRun r = run.get();
            String path = "stages[" + stage.id() + "]";
            String evidence = r.evidence().isEmpty() ? "" : " " + String.join(" ", r.evidence());
            String equation = r.equation() == null ? "" : " Equation: " + r.equation() + ".";
            switch (r.verdict()) {
                case MATCH -> sink.add(Severity.INFO, FindingCode.RUN_MATCH, "Stage " + stage.id() + ": the rules "
                        + r.rules() + " derive the declared product." + equation + evidence, path, null);
                case CONSTITUTION_ONLY -> sink.add(Severity.WARNING, FindingCode.RUN_STEREO_MISMATCH, "Stage " + stage.id()
                        + ": derived product has the declared constitution but other stereo." + evidence, path, null);
                case MISMATCH -> sink.add(Severity.ERROR, FindingCode.RUN_MISMATCH, "Stage " + stage.id()
                        + ": derived product differs from the declared product." + evidence, path, null);
                case NO_RULE -> sink.add(Severity.WARNING, FindingCode.RUN_NO_RULE, "Stage " + stage.id()
                        + ": no reaction rule applied to the inputs." + evidence, path, null);
                default -> throw new IllegalStateException(r.verdict().name().toLowerCase(Locale.ROOT));
            }
            if (!r.balanced() && r.verdict() != reflux.model.run.Verdict.NO_RULE) {
                sink.add(Severity.INFO, FindingCode.RUN_UNBALANCED, "Stage " + stage.id() + ": the equation does not balance"
                        + (r.balanceNote() == null ? "." : ": " + r.balanceNote() + "."), path, null);
            }
        }
    }
}
