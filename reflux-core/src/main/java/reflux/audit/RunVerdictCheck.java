package reflux.audit;

import java.util.Optional;
import reflux.model.finding.FindingCode;
import reflux.model.route.Stage;
import reflux.model.run.StageFinding;
import reflux.model.run.StageRun;
import reflux.model.run.Verdict;

/**
 * The engine's verdict per stage, and its typed findings, as audit findings, so that {@code reflux check} (run +
 * audit) reports one list. A verdict maps to one code (table below); each engine finding keeps its code and that
 * code's default severity; an unbalanced equation is RUN_UNBALANCED. Nothing when the route was not executed.
 *
 * <pre>
 * MATCH → RUN_MATCH (INFO)                 CONSTITUTION_ONLY → RUN_STEREO_MISMATCH (ERROR)
 * STEREO_UNDETERMINED → RUN_STEREO_UNDETERMINED (WARNING)   MISMATCH → RUN_MISMATCH (ERROR)
 * NO_RULE → RUN_NO_DERIVATION (ERROR)      NOT_COMPARABLE → (the engine's RUN_NOT_COMPARABLE finding)
 * UPSTREAM_FAILED → (the engine's RUN_UPSTREAM_FAILED finding)
 * </pre>
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
            boolean explained = r.findings().stream().anyMatch(f -> f.code() == FindingCode.RUN_MISSING_REAGENT
                    || f.code() == FindingCode.RUN_UNRESOLVED || f.code() == FindingCode.RUN_UNKNOWN_RULE);
            switch (r.verdict()) {
                case MATCH -> sink.add(FindingCode.RUN_MATCH, "Stage " + stage.id() + ": the product derived"
                        + " forward from what is charged (rules " + r.rules() + ") is the declared product."
                        + equation + evidence, path, null);
                case CONSTITUTION_ONLY -> sink.add(FindingCode.RUN_STEREO_MISMATCH, "Stage " + stage.id()
                        + ": the derived product has the declared constitution but other stereo." + evidence, path,
                        null);
                case STEREO_UNDETERMINED -> sink.add(FindingCode.RUN_STEREO_UNDETERMINED, "Stage " + stage.id()
                        + ": the derivation leaves stereo open that the declared product fixes." + evidence, path,
                        null);
                case MISMATCH -> {
                    if (!explained) {
                        sink.add(FindingCode.RUN_MISMATCH, "Stage " + stage.id() + ": the product derived from what"
                                + " is charged differs from the declared product." + evidence, path, null);
                    }
                }
                case NO_RULE -> {
                    if (!explained) {
                        sink.add(FindingCode.RUN_NO_DERIVATION, "Stage " + stage.id() + ": no reaction rule"
                                + " converts what is charged into the declared product." + evidence, path, null);
                    }
                }
                case NOT_COMPARABLE, UPSTREAM_FAILED -> {
                    // reported by the engine's own finding below
                }
                default -> throw new IllegalStateException(r.verdict().name());
            }
            for (StageFinding f : r.findings()) {
                sink.add(f.code(), f.message(), path, null);
            }
            if (!r.balanced() && r.verdict() != Verdict.NO_RULE) {
                sink.add(FindingCode.RUN_UNBALANCED, "Stage " + stage.id() + ": the equation does not balance"
                        + (r.balanceNote() == null ? "." : ": " + r.balanceNote() + "."), path, null);
            }
        }
    }
}
