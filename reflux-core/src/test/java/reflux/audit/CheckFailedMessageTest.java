package reflux.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import reflux.model.finding.Finding;
import reflux.model.finding.FindingCode;

/** A checker that throws gives a CHECK_FAILED finding whose message is a sentence, not the exception's text. */
class CheckFailedMessageTest {

    @Test
    void aThrowingCheckerIsReportedWithoutTheExceptionClassOrText() {
        Checker broken = new Checker() {
            @Override
            public String name() {
                return "broken";
            }

            @Override
            public void check(AuditContext ctx, AuditSink sink) {
                throw new NullPointerException("Cannot invoke \"String.length()\" because \"s\" is null");
            }
        };
        Auditor auditor = new Auditor(SubstanceStructures.overridesOnly(), AuditData.standard(), List.of(broken));
        AuditReport report = auditor.audit(SeedRoutes.example1(), null);
        Finding f = report.findings().stream().filter(x -> x.code() == FindingCode.CHECK_FAILED).findFirst()
                .orElseThrow();
        assertThat(f.message()).startsWith("The broken check stopped on this route")
                .doesNotContain("NullPointerException").doesNotContain("String.length()");
    }
}
