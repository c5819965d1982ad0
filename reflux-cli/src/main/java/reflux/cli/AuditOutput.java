package reflux.cli;

import java.util.List;
import reflux.model.finding.Severity;
import reflux.report.RouteCheck;

/**
 * The exit code of {@code reflux audit/check} from their results (the text and JSON views are
 * {@link reflux.report.CheckText} and {@link reflux.report.CheckJson}).
 */
final class AuditOutput {

    /** --fail-on levels. */
    enum FailOn { ERROR, WARNING, INFO, NEVER }

    private AuditOutput() {
    }

    /**
     * 3 when a file could not be read at all; 1 when a finding (of any variant, or a ROUTE_INVALID one of the file)
     * is at or above {@code failOn}; else 0.
     */
    static int exitCode(List<RouteCheck.Result> results, FailOn failOn) {
        boolean unreadable = results.stream().anyMatch(RouteCheck.Result::unreadable);
        if (unreadable) {
            return ExitCode.INPUT;
        }
        boolean findings = failOn != FailOn.NEVER && results.stream().anyMatch(r -> r.worst() != null
                && r.worst().ordinal() <= Severity.valueOf(failOn.name()).ordinal());
        return findings ? ExitCode.FINDINGS : ExitCode.OK;
    }
}
