package reflux.audit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("debug")
class PrintReportTest {
    @Test
    void print() {
        System.out.println(AuditText.render(Auditor.standard().audit(SeedRoutes.example1(), null), true));
        System.out.println(AuditText.render(Auditor.standard().audit(SeedRoutes.example2(), null), true));
    }
}
