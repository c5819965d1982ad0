package reflux.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reflux.claims.ClaimChart.Verdict;
import reflux.engine.Executor;
import reflux.model.route.Route;
import reflux.model.route.Variant;
import reflux.route.io.RouteReader;
import reflux.testkit.SharedFiles;

/**
 * The acceptance cases of issue 11, each expected verdict from the claim's words (quoted beside it), against the
 * four seed routes as the engine executes them.
 */
class ClaimChartAcceptanceTest {

    private static final Path ROOT = SharedFiles.repoRoot();
    private static final ClaimCharts CHARTS = ClaimCharts.standard();
    private static final Map<String, ClaimSet> SETS = new LinkedHashMap<>();
    /** route id (/ variant id) and document -> chart */
    private static final Map<String, ClaimChart> CHART = new LinkedHashMap<>();

    @BeforeAll
    static void chartEverything() {
        for (String doc : List.of("000", "001", "002")) {
            SETS.put(doc, new ClaimsReader().read(ROOT.resolve("claims/" + doc + ".yaml")).claims());
        }
        for (String id : List.of("cefepime-001-example1", "cefepime-001-example2", "cefepime-000-claims",
                "ceftobiprole-002-claims")) {
            Path file = ROOT.resolve("routes/" + id + ".yaml");
            Route route = new RouteReader().read(file).route();
            List<Variant> vs = route.variants().isEmpty() ? Collections.singletonList(null) : route.variants();
            for (Variant v : vs) {
                var run = Executor.standard().run(route, v);
                for (var e : SETS.entrySet()) {
                    CHART.put(id + (v == null ? "" : "/" + v.id()) + " " + e.getKey(),
                            CHARTS.chart(e.getValue(), file, route, v, run));
                }
            }
        }
    }

    private static Verdict verdict(String route, String doc, int claim) {
        return CHART.get(route + " " + doc).claim(claim).verdict();
    }

    @Test
    void bothExamplesReadOnClaim1Of001AndOf000() {
        // 001 claim 1: "N-acylation of 7-amino-3-[(1-methyl-1-pyrrolidinium)methyl]-3-cephem-4-carboxylate or its
        // salt ... with halogenated carboxylic acid derivative of Formula IV ... at a temperature ranging from -30°C to
        // -10°C followed by addition of water ... isolation of Formula II by filtration ... reacting the said Formula II
        // with thiourea ... at a temperature ranging from 20°C to 40°C": Ex. 1 acylates at -25 to -20 °C and cyclises at
        // 20-25 °C; Ex. 2 does its acylation "as per the procedure given in Example - 1" and cyclises at 23-30 °C.
        assertThat(verdict("cefepime-001-example1", "001", 1)).isEqualTo(Verdict.READS);
        assertThat(verdict("cefepime-001-example2", "001", 1)).isEqualTo(Verdict.READS);
        // 000 claim 1: "a compound of formula II ... is reacted with a reactive derivative of formula III ... to form a
        // compound of formula IV ... the compound of formula IV as the acid addition salt of formula V is isolated ...
        // cyclised with thiourea, and subsequently the compound of formula I is isolated".
        assertThat(verdict("cefepime-001-example1", "000", 1)).isEqualTo(Verdict.READS);
        assertThat(verdict("cefepime-001-example2", "000", 1)).isEqualTo(Verdict.READS);
    }

    @Test
    void claim8Of000ReadsOnTheChloroExampleOnly() {
        // 000 claim 8: "4-chloro-2-methoxyimino-3-oxo-buteryl chloride is used as the reactive derivative of formula
        // III": Ex. 2 uses the 4-chloro acid chloride, Ex. 1 the 4-bromo one.
        assertThat(verdict("cefepime-001-example2", "000", 8)).isEqualTo(Verdict.READS);
        assertThat(verdict("cefepime-001-example1", "000", 8)).isEqualTo(Verdict.DOES_NOT_READ);
        assertThat(CHART.get("cefepime-001-example1 000").claim(8).firstFailing()).contains("Y = Br");
    }

    @Test
    void claim6Of000IsExample2sIsolatedChloroIntermediateHydrochloride() {
        // 000 claim 6: "A compound of formula V, wherein Y and X are Cl." = the chloro intermediate as its
        // hydrochloride salt, seed-compounds.tsv row 000-V, InChIKey VPPQXLFGNPBDIR-XDHVDAHLSA-N
        ClaimChart.Result r = CHART.get("cefepime-001-example2 000").claim(6);
        assertThat(r.verdict()).isEqualTo(Verdict.READS);
        String ref = SharedFiles.referenceCompounds().get("000-V").get("inchikey");
        assertThat(ref).isEqualTo("VPPQXLFGNPBDIR-XDHVDAHLSA-N");
        assertThat(r.readings().get(0).limitations().get(0).evidence()).anySatisfy(e -> assertThat(e.value())
                .contains("chloro-int-hcl").contains(ref));
        // Ex. 1 makes the bromo salt (Y = Br): not the compound of claim 6
        assertThat(verdict("cefepime-001-example1", "000", 6)).isEqualTo(Verdict.DOES_NOT_READ);
    }

    @Test
    void everyClaimOfEveryDocumentHasAVerdictWithEvidenceAgainstEveryRoute() {
        List<String> problems = new ArrayList<>();
        CHART.forEach((key, chart) -> {
            String doc = key.substring(key.length() - 3);
            assertThat(chart.claims()).as(key).hasSize(SETS.get(doc).claims().size());
            for (ClaimChart.Result r : chart.claims()) {
                if (r.text().start() == null) {
                    problems.add(key + " claim " + r.claim() + ": no claim quote");
                }
                for (var rd : r.readings()) {
                    for (var l : rd.limitations()) {
                        if (l.finding() == null || l.finding().isBlank() || l.claimQuote().start() == null) {
                            problems.add(key + " claim " + r.claim() + ": a limitation without finding or quote");
                        }
                        if (l.verdict() == Verdict.READS && l.kind() != Limitation.Kind.NON_LIMITING
                                && l.evidence().isEmpty()) {
                            problems.add(key + " claim " + r.claim() + ": READS without route evidence: "
                                    + l.claimQuote().text());
                        }
                    }
                }
                if (r.verdict() == Verdict.DOES_NOT_READ && r.firstFailing() == null) {
                    problems.add(key + " claim " + r.claim() + ": does not read but names no failing limitation");
                }
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void eachVariantOf000GetsItsOwnVerdictsForClaims1To9() {
        List<String> variants = CHART.keySet().stream().filter(k -> k.startsWith("cefepime-000-claims/")
                && k.endsWith(" 000")).toList();
        assertThat(variants).hasSize(7);
        for (String k : variants) {
            assertThat(CHART.get(k).claims()).extracting(ClaimChart.Result::claim)
                    .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
        }
        // claim 9: "any bromide or iodide ions that may be present are removed by ion exchanger": only the variants
        // that run the ion exchange (stage X) read
        assertThat(verdict("cefepime-000-claims/y-br-silylated-salt-v", "000", 9)).isEqualTo(Verdict.READS);
        assertThat(verdict("cefepime-000-claims/x-cl-silylated-salt-v", "000", 9)).isEqualTo(Verdict.DOES_NOT_READ);
        // claim 3 (iodide monohydrate "is used", as intended): only the variant that starts from it
        assertThat(verdict("cefepime-000-claims/x-i-silylated-salt-v", "000", 3)).isEqualTo(Verdict.READS);
        assertThat(verdict("cefepime-000-claims/x-cl-silylated-salt-v", "000", 3)).isEqualTo(Verdict.DOES_NOT_READ);
        // claim 2 "produced from its mono- or di-hydrogen halide adducts": the unsilylated variant starts from the
        // inner salt (n = 0), not from an adduct
        assertThat(verdict("cefepime-000-claims/unsilylated", "000", 2)).isEqualTo(Verdict.DOES_NOT_READ);
        assertThat(verdict("cefepime-000-claims/x-cl-silylated-salt-v", "000", 2)).isEqualTo(Verdict.READS);
        // claim 6 (Y = X = Cl): not the bromo variant
        assertThat(verdict("cefepime-000-claims/y-br-silylated-salt-v", "000", 6)).isEqualTo(Verdict.DOES_NOT_READ);
    }

    @Test
    void claim3Of000IsReadBothWaysAndTheDefectIsNamed() {
        ClaimChart.Result r = CHART.get("cefepime-000-claims/x-i-silylated-salt-v 000").claim(3);
        assertThat(r.readings()).extracting(ClaimChart.ReadingResult::reading)
                .containsExactly("as evidently intended", "literal");
        assertThat(r.readings().get(0).defect()).contains("1-methyl");
        // as printed the name has no N-methyl: the route's 7-ACP hydroiodide (C13) is not that compound (C12)
        assertThat(r.readings().get(1).verdict()).isEqualTo(Verdict.DOES_NOT_READ);
    }

    @Test
    void theSeedDocumentsDoNotReadOnEachOthersProducts() {
        // 002 claim 1 makes "a vinylpyrrolidinone-cephalosporin derivative of formula A": no cefepime route does
        assertThat(verdict("cefepime-001-example1", "002", 1)).isEqualTo(Verdict.DOES_NOT_READ);
        assertThat(verdict("ceftobiprole-002-claims/boc-mesylate", "002", 1)).isEqualTo(Verdict.READS);
        // the cbz variant stops at the secondary amine: no "further processing ... to ... formula A"
        assertThat(verdict("ceftobiprole-002-claims/cbz-mesylate", "002", 1)).isEqualTo(Verdict.DOES_NOT_READ);
        assertThat(verdict("ceftobiprole-002-claims/boc-mesylate", "001", 1)).isEqualTo(Verdict.DOES_NOT_READ);
    }

    @Test
    void substantiallyFreeIsUndeterminedWithoutData() {
        // 001 claim 2: "substantially free from Δ^2 -isomer": no route records the Δ2 content
        assertThat(verdict("cefepime-001-example1", "001", 2)).isEqualTo(Verdict.UNDETERMINED);
        assertThat(verdict("cefepime-001-example1", "001", 12)).isEqualTo(Verdict.UNDETERMINED);
    }

    @Test
    void example1AcylatedAt0DegreesNoLongerReadsOnClaim1Of001(@TempDir Path dir) throws Exception {
        // the acylation step (solution B added to solution A) at 0 °C instead of -25 to -20 °C
        String text = Files.readString(ROOT.resolve("routes/cefepime-001-example1.yaml"));
        String hot = text.replace("conditions: {temperature: \"-25 to -20 °C\", duration: \"~10 min\"}",
                "conditions: {temperature: \"0 °C\", duration: \"~10 min\"}");
        assertThat(hot).isNotEqualTo(text);
        Path file = dir.resolve("cefepime-001-example1-warm.yaml");
        Files.writeString(file, hot);
        Route route = new RouteReader().read(file).route();
        ClaimChart chart = CHARTS.chart(SETS.get("001"), file, route, null, Executor.standard().run(route, null));
        // "at a temperature ranging from -30°C to -10°C": 0 °C is above -10 °C
        assertThat(chart.claim(1).verdict()).isEqualTo(Verdict.DOES_NOT_READ);
        assertThat(chart.claim(1).firstFailing()).contains("at a temperature ranging from -30°C to -10°C")
                .contains("outside");
        // and the unmodified example's chart gives the design-around at the bound
        assertThat(CHART.get("cefepime-001-example1 001").claim(1).designAround())
                .anySatisfy(h -> assertThat(h).contains("−25 to −20 °C").contains("above −10 °C"));
    }

    @Test
    void aStageThatDidNotExecuteNeverReads() {
        Route route = new RouteReader().read(ROOT.resolve("routes/cefepime-001-example1.yaml")).route();
        // no execution at all: nothing the route makes is known
        ClaimChart chart = CHARTS.chart(SETS.get("001"), null, route, null, null);
        assertThat(chart.claims()).allSatisfy(r -> assertThat(r.verdict()).isNotEqualTo(Verdict.READS));
    }
}
