package reflux.model.run;

import java.util.Objects;
import reflux.model.finding.FindingCode;

/**
 * A typed finding of the engine about one stage (missing reagent, impossible salt form, selectivity, ...); the audit
 * reports it with the code's default severity.
 *
 * @param code    what kind of finding
 * @param message one sentence with the evidence
 */
public record StageFinding(FindingCode code, String message) {
    public StageFinding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
