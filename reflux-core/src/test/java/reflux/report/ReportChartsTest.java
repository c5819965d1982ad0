package reflux.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import reflux.audit.AuditReport.MetricsRow;

class ReportChartsTest {

    @Test
    void pmiBarIsSplitInProportionToItsClasses() {
        // PMI 10 = 1 reactants + 2 reagents + 5 solvents + 2 water; the bar is 520 px for the largest PMI
        String svg = ReportCharts.pmi(List.of(new MetricsRow("I", 10.0, false, 1.0, 2.0, 5.0, 2.0, 9.0, 50.0, 40.0, null)));
        assertThat(svg).startsWith("<svg").endsWith("</svg>")
                .contains("width=\"52.0\"", "width=\"104.0\"", "width=\"260.0\"", "10.0 kg/kg");
    }

    @Test
    void noFiguresNoChart() {
        assertThat(ReportCharts.pmi(List.of(new MetricsRow("I", null, false, null, null, null, null, null, null, null, "x"))))
                .isEmpty();
        assertThat(ReportCharts.massBalance(List.of())).isEmpty();
    }
}
