package reflux.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Guards the audit's data tables: every row sourced and plausible; values the team brief states are kept. */
class AuditDataTest {

    private final AuditData data = AuditData.load();

    @Test
    void everyDensityRowHasASourceAndAPlausibleValue() {
        assertThat(data.densities()).isNotEmpty().allSatisfy(d -> {
            assertThat(d.source()).isNotBlank();
            assertThat(d.densityGPerMl()).isBetween(0.5, 2.5);
            assertThat(d.names()).isNotEmpty();
        });
    }

    @Test
    void concentratedHydrochloricAcidIs37PercentAt119AndTriethylamineIs0726() {
        // team brief / issue 5: conc. HCl 37 % w/w 1.19 g/mL; triethylamine 0.726 g/mL
        var hcl = data.density("concentrated hydrochloric acid").orElseThrow();
        assertThat(hcl.densityGPerMl()).isEqualTo(1.19);
        assertThat(hcl.soluteMassPercent()).isEqualTo(37.0);
        assertThat(data.density("Triethylamine").orElseThrow().densityGPerMl()).isEqualTo(0.726);
        assertThat(data.density("methylene chloride")).isEqualTo(data.density("dichloromethane"));
        assertThat(data.density("water").orElseThrow().water()).isTrue();
    }

    @Test
    void saltFormsIonsAndShiftRangesAreSourcedAndParse() {
        assertThat(data.saltForms()).isNotEmpty().allSatisfy(f -> {
            assertThat(f.source()).isNotBlank();
            if (f.acidSmiles() != null) {
                assertThat(Material.of(f.acidSmiles())).isPresent();
            }
        });
        assertThat(data.ionTypes()).extracting(AuditData.IonType::label)
                .contains("[M]+ (permanent cation)", "[M+H]+", "[M+Na]+", "[M+K]+", "[M-H]-");
        assertThat(data.shiftRanges()).allSatisfy(s -> {
            assertThat(s.source()).isNotBlank();
            assertThat(s.low()).isLessThan(s.high());
            org.openscience.cdk.smarts.SmartsPattern.create(s.smarts());
        });
    }
}
