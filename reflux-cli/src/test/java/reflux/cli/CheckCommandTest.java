package reflux.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reflux.model.finding.FindingCode;
import reflux.model.route.Variant;
import reflux.route.io.RouteReader;
import reflux.testkit.SharedFiles;

/**
 * {@code reflux check / audit}: one JSON document for several files, readable text, exit codes; {@code check}
 * validates like {@code reflux validate} (ROUTE_INVALID) and runs every variant of a route.
 */
class CheckCommandTest {

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(exit, out.toString(), err.toString());
    }

    private static String route(String name) {
        return SharedFiles.repoRoot().resolve("routes").resolve(name).toString();
    }

    @Test
    void checkOverSeveralFilesEmitsOneJsonDocument() throws Exception {
        Run r = run("check", "--json", "--fail-on", "never", route("cefepime-001-example1.yaml"),
                route("cefepime-001-example2.yaml"));
        assertThat(r.exit()).isEqualTo(ExitCode.OK);
        JsonNode doc = new ObjectMapper().readTree(r.out());
        assertThat(doc.path("routes")).hasSize(2);
        assertThat(doc.path("routes").get(0).path("audit").path("findings").size()).isPositive();
        assertThat(doc.path("summary").path("files").asInt()).isEqualTo(2);
        // a route without variants keeps its run and audit beside the file's fields, as before variants were run
        assertThat(doc.path("routes").get(0).has("run")).isTrue();
        assertThat(doc.path("routes").get(0).has("variants")).isFalse();
    }

    @Test
    void checkWithoutJsonPrintsAReadableReport() {
        Run r = run("check", "--fail-on", "never", route("cefepime-001-example1.yaml"));
        assertThat(r.out()).contains("Audit of cefepime-001-example1").contains("Yields").contains("81.6 %")
                .contains("Green metrics");
    }

    @Test
    void severalFilesEndWithOneSummaryLine() {
        Run r = run("check", "--fail-on", "never", route("cefepime-001-example1.yaml"),
                route("cefepime-001-example2.yaml"));
        String[] lines = r.out().strip().split("\n");
        assertThat(lines[lines.length - 1]).matches("== 2 file\\(s\\): 0 error\\(s\\), \\d+ warning\\(s\\), \\d+ info");
    }

    @Test
    void auditOfTheDeliberateErrorRouteExitsOneOnErrors() throws Exception {
        String file = SharedFiles.repoRoot().resolve(Path.of("reflux-core", "src", "test", "resources", "reflux",
                "audit", "example1-with-errors.yaml")).toString();
        Run r = run("audit", "--json", file);
        assertThat(r.exit()).isEqualTo(ExitCode.FINDINGS);
        JsonNode findings = new ObjectMapper().readTree(r.out()).path("routes").get(0).path("audit").path("findings");
        assertThat(codes(findings)).contains(FindingCode.MOLES_MISMATCH.name(), FindingCode.YIELD_OVER_100.name(),
                FindingCode.MS_PEAK_UNEXPLAINED.name(), FindingCode.MISSING_AMOUNT.name());
    }

    /** A route that reads but names a substance nothing resolves: {@code validate} fails it, so must {@code check}. */
    private static final String UNRESOLVED_SOLVENT = """
            schema: reflux.route/1
            id: unresolved-solvent
            title: Acetylation of methylamine in a solvent nobody can name
            kind: example
            substances:
              - {id: amine, name: methylamine, smiles: CN}
              - {id: acyl, name: acetyl chloride, smiles: CC(Cl)=O}
              - {id: amide, name: N-methylacetamide, smiles: CNC(C)=O}
              - id: solvent
                name: zorbulated frimpanate
            stages:
              - id: I
                rules: [acylation-amine]
                reactants: [amine, acyl]
                product: amide
                steps:
                  - id: A
                    operations:
                      - type: charge
                        charges:
                          - {substance: amine, role: reactant}
                          - {substance: acyl, role: reactant}
                          - {substance: solvent, role: solvent}
            """;

    @Test
    void checkReportsWhatValidateFindsAsRouteInvalidAndExitsOne(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("unresolved-solvent.yaml");
        Files.writeString(file, UNRESOLVED_SOLVENT);
        Run validate = run("validate", file.toString());
        assertThat(validate.exit()).isEqualTo(ExitCode.FINDINGS);
        String located = validate.err().strip();
        assertThat(located).startsWith(file + ":10:11: substances[solvent].name: substance 'solvent' does not resolve");

        Run check = run("check", "--json", file.toString());
        assertThat(check.exit()).isEqualTo(ExitCode.FINDINGS);
        JsonNode route = new ObjectMapper().readTree(check.out()).path("routes").get(0);
        assertThat(route.path("status").asText()).isEqualTo("invalid");
        assertThat(route.path("findings")).singleElement().satisfies(f -> {
            assertThat(f.path("code").asText()).isEqualTo(FindingCode.ROUTE_INVALID.name());
            assertThat(f.path("severity").asText()).isEqualTo("ERROR");
            assertThat(f.path("path").asText()).isEqualTo("substances[solvent].name");
            assertThat(f.path("message").asText()).isEqualTo(located);
        });
        // the route still reads, so it is run and audited as well (the validation findings stay the file's own)
        assertThat(route.path("run").path("stages")).hasSize(1);
        assertThat(codes(route.path("audit").path("findings"))).isNotEmpty()
                .doesNotContain(FindingCode.ROUTE_INVALID.name());

        Run text = run("check", file.toString());
        assertThat(text.exit()).isEqualTo(ExitCode.FINDINGS);
        assertThat(text.out()).contains("ERROR   " + FindingCode.ROUTE_INVALID + "  substances[solvent].name")
                .contains(located);
    }

    @Test
    void aRouteThatDoesNotReadIsRouteInvalidWithTheValidatorsMessage() throws Exception {
        String file = SharedFiles.repoRoot().resolve("reflux-core/src/test/resources/reflux/route/malformed")
                .resolve("unknown-key-temperature-misspelt.yaml").toString();
        String located = run("validate", file).err().strip();
        Run check = run("check", "--json", file);
        assertThat(check.exit()).isEqualTo(ExitCode.FINDINGS);
        JsonNode route = new ObjectMapper().readTree(check.out()).path("routes").get(0);
        assertThat(route.path("findings")).singleElement().satisfies(f -> {
            assertThat(f.path("code").asText()).isEqualTo(FindingCode.ROUTE_INVALID.name());
            assertThat(f.path("message").asText()).isEqualTo(located);
        });
        assertThat(route.has("audit")).isFalse();
    }

    @Test
    void checkRunsAndAuditsEveryVariantOfAClaimsRoute() throws Exception {
        String file = route("cefepime-000-claims.yaml");
        List<String> ids = new RouteReader().read(Path.of(file)).route().variants().stream().map(Variant::id)
                .toList();
        assertThat(ids).hasSize(7);  // the seed 000 claim readings recorded in the route file

        Run json = run("check", "--json", "--fail-on", "never", file);
        assertThat(json.exit()).isEqualTo(ExitCode.OK);
        JsonNode variants = new ObjectMapper().readTree(json.out()).path("routes").get(0).path("variants");
        List<String> reported = new ArrayList<>();
        for (JsonNode v : variants) {
            reported.add(v.path("variant").asText());
            assertThat(v.path("run").path("variantId").asText()).isEqualTo(v.path("variant").asText());
            assertThat(v.path("audit").path("findings").size()).isPositive();
        }
        assertThat(reported).containsExactlyElementsOf(ids);

        Run text = run("check", "--fail-on", "never", file);
        for (String id : ids) {
            assertThat(text.out()).contains("-- variant " + id + ": ");
        }
        assertThat(text.out().split("Audit of cefepime-000-claims", -1)).hasSize(ids.size() + 1);
    }

    /** Two readings of one stage: the first declares what the rule gives, the second a product it does not give. */
    private static final String TWO_VARIANTS = """
            schema: reflux.route/1
            id: two-variants
            title: Acetylation of methylamine, read two ways
            kind: claims
            substances:
              - {id: amine, name: methylamine, smiles: CN}
              - {id: acyl, name: acetyl chloride, smiles: CC(Cl)=O}
              - {id: amide, name: N-methylacetamide, smiles: CNC(C)=O}
              - {id: ester, name: methyl acetate, smiles: COC(C)=O}
            stages:
              - id: I
                rules: [acylation-amine]
                reactants: [amine, acyl]
                product: amide
                steps:
                  - id: A
                    operations:
                      - type: charge
                        charges:
                          - {substance: amine, role: reactant}
                          - {substance: acyl, role: reactant}
            variants:
              - {id: amide, description: the amide the acylation gives}
              - {id: ester, description: "the ester, which the acylation does not give", substances: {amide: ester}}
            """;

    @Test
    void theExitCodeIsTheWorstFindingOverAllVariants(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("two-variants.yaml");
        Files.writeString(file, TWO_VARIANTS);
        Run r = run("check", "--json", file.toString());
        assertThat(r.exit()).isEqualTo(ExitCode.FINDINGS);
        JsonNode variants = new ObjectMapper().readTree(r.out()).path("routes").get(0).path("variants");
        assertThat(variants).hasSize(2);
        // the engine derives the amide in both readings: a match in the first, a wrong product in the second
        assertThat(variants.get(0).path("audit").path("findings")).noneMatch(CheckCommandTest::isError)
                .anyMatch(f -> f.path("code").asText().equals(FindingCode.RUN_MATCH.name()));
        assertThat(variants.get(1).path("audit").path("findings"))
                .anyMatch(f -> isError(f) && f.path("code").asText().startsWith("RUN_"));
        assertThat(run("check", "--fail-on", "never", file.toString()).exit()).isEqualTo(ExitCode.OK);
    }

    private static boolean isError(JsonNode finding) {
        return finding.path("severity").asText().equals("ERROR");
    }

    private static List<String> codes(JsonNode findings) {
        List<String> codes = new ArrayList<>();
        findings.forEach(f -> codes.add(f.path("code").asText()));
        return codes;
    }

    @Test
    void unreadableFileExitsThreeAndBadFailOnExitsTwo() {
        assertThat(run("check", "no/such/route.yaml").exit()).isEqualTo(ExitCode.INPUT);
        assertThat(run("check", "--fail-on", "sometimes", route("cefepime-001-example1.yaml")).exit())
                .isEqualTo(ExitCode.USAGE);
    }
}
