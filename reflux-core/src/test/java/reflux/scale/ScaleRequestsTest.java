package reflux.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** Yields from the command line, ranges, vessels, bad targets and the CSV and Markdown renderings. */
class ScaleRequestsTest {

    private static final String EX1 = "cefepime-001-example1.yaml";
    private static final String API = "50 kg cefepime dihydrochloride monohydrate";

    @Test
    void aYieldRangePropagatesToMinAndMaxQuantities() {
        // printed Stage II yield: 1.47 g / 571.50 g/mol over 2.0 g / 539.85 g/mol = 69.4 %; at 65-75 % Stage II
        // needs printed × 69.4/75 (least) to printed × 69.4/65 (most)
        BatchSheet plain = ScaleFixtures.scale(EX1, API, null).sheet();
        BatchSheet ranged = ScaleFixtures.scale(EX1, API, null, "II=65-75%").sheet();
        double y = plain.stage("II").printedYieldPct();
        assertThat(y).isCloseTo(69.4, withinPercentage(0.2));
        assertThat(ranged.stage("II").factorMin()).isCloseTo(plain.stage("II").factorMax() * y / 75,
                withinPercentage(0.01));
        assertThat(ranged.stage("II").factorMax()).isCloseTo(plain.stage("II").factorMax() * y / 65,
                withinPercentage(0.01));
        // Stage I keeps its own yield, so it follows the bromo intermediate Stage II needs
        assertThat(ranged.stage("I").factorMax() / ranged.stage("I").factorMin()).isCloseTo(75.0 / 65,
                withinPercentage(0.01));
        BatchSheet.Line thiourea = ScaleFixtures.line(ranged, "stages[II].steps[A].operations[1].charges[0]");
        assertThat(thiourea.kgMin()).isLessThan(thiourea.kgMax());
        assertThat(ranged.stage("II").record().get(2).temperature()).isEqualTo("20-25 °C");   // not scaled
    }

    @Test
    void aStageWithoutAComputableYieldIsRefusedNamingTheStage() {
        ScaleResult r = ScaleFixtures.scale("cefepime-001-example2.yaml", API, null);
        assertThat(r.isOk()).isFalse();
        assertThat(r.usage()).isTrue();
        assertThat(r.message()).contains("stage I").contains("--yield I=");
    }

    @Test
    void example2WithAStageOneYieldScalesFromTheTheoreticalProductOfItsLimitingReactant() {
        // Stage II: 50 000 / 3.4 g = 14 705.9; it charges 4.0 g chloro intermediate → 58.82 kg.
        BatchSheet s = ScaleFixtures.scale("cefepime-001-example2.yaml", API, null, "I=80").sheet();
        assertThat(s.stage("II").factorMax()).isCloseTo(50_000 / 3.4, withinPercentage(0.1));
        assertThat(s.stage("I").productKgMax()).isCloseTo(4.0 * 50_000 / 3.4 / 1000, withinPercentage(0.1));
        assertThat(s.stage("I").yieldBasis()).contains("--yield I=80");
    }

    @Test
    void aVesselTooSmallGivesABatchSplitNeverAnOverflow() {
        // Stage II working volume 93.8 mL × 34 013.6 = 3190.5 L; 100 L vessel at 80 % → ceil(3190.5 / 80) = 40
        BatchSheet s = ScaleFixtures.scale(EX1, API, 100.0).sheet();
        assertThat(s.stage("II").batches()).isEqualTo(40);
        assertThat(s.stage("II").vesselNote()).contains("exceeds").contains("split into 40 batches");
        assertThat(s.stage("II").record()).allSatisfy(e -> {
            if (e.fillPct() != null) {
                assertThat(e.fillPct()).isLessThanOrEqualTo(80.0 + 1e-9);
            }
        });
    }

    @Test
    void badTargetsAreRefusedWithAMessage() {
        assertThat(Target.parse("-5 kg cefepime dihydrochloride monohydrate").isOk()).isFalse();
        assertThat(Target.parse("0 kg cefepime dihydrochloride monohydrate").error()).contains("more than zero");
        assertThat(Target.parse("50 L cefepime dihydrochloride monohydrate").error()).contains("not a mass");
        assertThat(Target.parse("fifty kg cefepime").isOk()).isFalse();
        ScaleResult notProduced = ScaleFixtures.scale(EX1, "50 kg thiourea", null);
        assertThat(notProduced.usage()).isTrue();
        assertThat(notProduced.message()).contains("does not isolate thiourea");
        ScaleResult unknown = ScaleFixtures.scale(EX1, "50 kg unobtainium tetrafluoroborate", null);
        assertThat(unknown.usage()).isTrue();
        assertThat(unknown.message()).containsAnyOf("unknown substance", "does not produce");
    }

    @Test
    void theTargetMatchesByInChIKeyAndTheFreeBaseIsNotTheSalt() {
        var load = ScaleFixtures.route(EX1);
        String key = reflux.route.RouteStructures.standard().resolve(load.route(),
                load.route().substance("cefepime-2hcl-h2o").orElseThrow(), null).inchiKey();
        BatchSheet byKey = ScaleFixtures.scale(EX1, "50 kg " + key, null).sheet();
        assertThat(byKey.matchedBy()).isEqualTo("InChIKey " + key);
        assertThat(byKey.stage("II").factorMax()).isCloseTo(50_000 / 1.47, withinPercentage(0.1));
        // cefepime (the inner salt) is another compound than its dihydrochloride monohydrate: not produced
        ScaleResult base = ScaleFixtures.scale(EX1, "50 kg cefepime", null);
        assertThat(base.usage()).isTrue();
        assertThat(base.message()).contains("does not produce 'cefepime'");
    }

    @Test
    void aClaimsRouteWithoutAmountsIsRefused() {
        ScaleResult r = ScaleFixtures.scale("cefepime-000-claims.yaml", "50 kg compound of formula I", null);
        assertThat(r.usage()).isTrue();
        assertThat(r.message()).contains("prints no amount");
    }

    @Test
    void theTargetMayBeTheRouteIdOrAnIntermediateItIsolates() {
        BatchSheet byId = ScaleFixtures.scale(EX1, "50 kg cefepime-2hcl-h2o", null).sheet();
        assertThat(byId.stage("II").factorMax()).isCloseTo(50_000 / 1.47, withinPercentage(0.1));
        BatchSheet intermediate = ScaleFixtures.scale(EX1, "13.2 kg bromo-int-hcl", null).sheet();
        assertThat(intermediate.stages()).extracting(BatchSheet.StageSheet::stage).containsExactly("I");
        assertThat(intermediate.stage("I").factorMax()).isCloseTo(1000, withinPercentage(0.01));
    }

    @Test
    void csvReadsBackWithAHeaderRowUnitsInTheHeaderAndOneRowPerLineItem() throws Exception {
        BatchSheet s = ScaleFixtures.scale(EX1, API, 2000.0).sheet();
        String csv = SheetCsv.render(s);
        try (CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(csv))) {
            assertThat(p.getHeaderNames()).containsExactlyElementsOf(SheetCsv.HEADER).contains("mass_max [kg]",
                    "volume_max [L]");
            List<CSVRecord> rows = p.getRecords();
            int lines = s.stages().stream().mapToInt(x -> x.lines().size()).sum();
            assertThat(rows).hasSize(lines);
            assertThat(rows).allSatisfy(r -> assertThat(r.size()).isEqualTo(SheetCsv.HEADER.size()));
            CSVRecord acp = rows.stream().filter(r -> r.get("substance").equals("acp-hcl")).findFirst().orElseThrow();
            assertThat(Double.parseDouble(acp.get("mass_max [kg]"))).isCloseTo(10 * 50_000 / 1.47 * 2.0 / 13.2
                    / 1000, withinPercentage(0.1));
            assertThat(acp.get("quote")).contains("(10 g, 0.03 mol)");
            CSVRecord hcl = rows.stream().filter(r -> r.get("substance").equals("hcl")).findFirst().orElseThrow();
            assertThat(hcl.get("batches")).isEqualTo("2");
        }
    }

    @Test
    void markdownTablesHaveAHeaderASeparatorAndTheSameCellsInEveryRow() {
        String md = SheetMarkdown.render(ScaleFixtures.scale(EX1, API, 2000.0).sheet());
        String[] lines = md.split("\n");
        int tables = 0;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith("|") && (i == 0 || !lines[i - 1].startsWith("|"))) {
                tables++;
                int cells = cells(lines[i]);
                assertThat(lines[i + 1]).matches("\\|(---\\|)+");
                assertThat(cells(lines[i + 1])).isEqualTo(cells);
                for (int k = i + 2; k < lines.length && lines[k].startsWith("|"); k++) {
                    assertThat(cells(lines[k])).as(lines[k]).isEqualTo(cells);
                    assertThat(lines[k]).endsWith("|");
                }
            }
        }
        assertThat(tables).isEqualTo(6);   // per stage: bill of materials, batch record, line items
    }

    /** Cells of a table row: unescaped pipes minus one. */
    private static int cells(String row) {
        int n = 0;
        for (int i = 0; i < row.length(); i++) {
            if (row.charAt(i) == '\\') {
                i++;
            } else if (row.charAt(i) == '|') {
                n++;
            }
        }
        return n - 1;
    }
}
