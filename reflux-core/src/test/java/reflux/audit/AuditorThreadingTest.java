package reflux.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import reflux.model.route.Route;

/** The shared auditor gives the same report from parallel audits as from a fresh sequential one. */
class AuditorThreadingTest {

    @Test
    void parallelAuditsEqualSequentialOnes() {
        List<Route> routes = List.of(SeedRoutes.example1(), SeedRoutes.example2(), ErrorRouteTest.withErrors());
        Auditor fresh = new Auditor(SubstanceStructures.overridesOnly(), AuditData.standard());
        List<AuditReport> sequential = routes.stream().map(r -> fresh.audit(r, null)).toList();
        Auditor shared = new Auditor(SubstanceStructures.overridesOnly(), AuditData.standard());
        List<AuditReport> parallel = IntStream.range(0, 24).parallel()
                .mapToObj(i -> shared.audit(routes.get(i % 3), null)).toList();
        for (int i = 0; i < parallel.size(); i++) {
            AuditReport p = parallel.get(i);
            AuditReport q = sequential.get(i % 3);
            assertThat(p.findings()).isEqualTo(q.findings());
            assertThat(p.amounts()).isEqualTo(q.amounts());
            assertThat(p.yields()).isEqualTo(q.yields());
            assertThat(p.massBalance()).isEqualTo(q.massBalance());
            assertThat(p.metrics()).isEqualTo(q.metrics());
            assertThat(p.assumptions()).isEqualTo(q.assumptions());
        }
    }
}
