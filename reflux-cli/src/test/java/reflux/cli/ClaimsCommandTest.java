package reflux.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reflux.testkit.SharedFiles;

/** {@code reflux claims} and {@code reflux genus}: JSON shape, text, and exit codes for bad input. */
class ClaimsCommandTest {

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(exit, out.toString(), err.toString());
    }

    private static String root(String rel) {
        return SharedFiles.repoRoot().resolve(rel).toString();
    }

    @Test
    void claimsJsonHasAClaimNumberAndVerdictPerClaim() throws Exception {
        Run r = run("claims", "--json", "--patent", "001", "--claims-dir", root("claims"),
                root("routes/cefepime-001-example1.yaml"));
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode claims = new ObjectMapper().readTree(r.out()).path("files").get(0).path("charts").get(0)
                .path("claims");
        assertThat(claims).hasSize(14);
        // 001 claim 1 reads on its own Example 1 (acylation at -25 to -20 °C, cyclisation at 20-25 °C)
        assertThat(claims.get(0).path("claim").asInt()).isEqualTo(1);
        assertThat(claims.get(0).path("verdict").asText()).isEqualTo("READS");
    }

    @Test
    void aBadPatentIsAUsageError() {
        Run r = run("claims", "--patent", "00x", root("routes/cefepime-001-example1.yaml"));
        assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aMissingRouteIsUnreadableAndNothingIsWritten(@TempDir Path dir) {
        Run r = run("claims", "--claims-dir", root("claims"), dir.resolve("none.yaml").toString());
        assertThat(r.exit()).isEqualTo(ExitCode.INPUT);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("no such file").doesNotContain("Exception");
    }

    @Test
    void anInvalidClaimFileIsALocatedFinding(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("000.yaml"), "schema: reflux.claims/1\ndocument: \"000\"\nseed: x\nclaims: []\n");
        Run r = run("claims", "--patent", "000", "--claims-dir", dir.toString(),
                root("routes/cefepime-001-example1.yaml"));
        assertThat(r.exit()).isEqualTo(ExitCode.FINDINGS);
        assertThat(r.err()).contains("000.yaml:4:");
    }

    @Test
    void genusCountsFormulaIiAndAnswersMembership() {
        // 7-ACP hydrochloride: R = H, R1 = negative charge, n = 1, X = Cl
        Run r = run("genus", root("claims/000.yaml") + "#II", "--member",
                "C[N+]1(CCCC1)CC2=C(N3[C@@H]([C@@H](C3=O)N)SC2)C(=O)O.[Cl-]");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("131527 members").contains("member {");
    }

    @Test
    void aNearMissIsNotAMemberWithItsReason() {
        Run r = run("genus", root("claims/000.yaml") + "#II", "--member",
                "C[N+]1(CCCC1)CC2=C(N3[C@@H]([C@@H](C3=O)N)SC2)C(=O)O.[F-]");
        assertThat(r.exit()).isEqualTo(ExitCode.FINDINGS);
        assertThat(r.out()).contains("not a member").contains("wrong halide");
    }

    @Test
    void genusUsageErrors() {
        assertThat(run("genus", root("claims/000.yaml")).exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run("genus", root("claims/000.yaml") + "#XII").exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run("genus", root("claims/none.yaml") + "#II").exit()).isEqualTo(ExitCode.INPUT);
    }
}
