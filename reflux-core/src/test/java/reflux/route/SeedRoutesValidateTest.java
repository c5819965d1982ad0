package reflux.route;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import reflux.testkit.SharedFiles;

/**
 * Acceptance (issue 3): every route file of the repository validates — schema, units, references — and every
 * substance in it resolves through the standard name resolver (or its SMILES override).
 */
class SeedRoutesValidateTest {

    static Stream<Path> routes() throws IOException {
        return Files.list(SharedFiles.repoRoot().resolve("routes")).filter(p -> p.toString().endsWith(".yaml"))
                .sorted();
    }

    @Test
    void theFourSeedRoutesArePresent() throws IOException {
        assertThat(routes().map(p -> p.getFileName().toString())).contains("cefepime-000-claims.yaml",
                "cefepime-001-example1.yaml", "cefepime-001-example2.yaml", "ceftobiprole-002-claims.yaml");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("routes")
    void everyRouteValidatesAndEverySubstanceResolves(Path file) {
        RouteValidator.Result r = RouteValidator.standard().validate(file);
        assertThat(r.problems()).as(file.toString()).isEmpty();
        assertThat(r.resolutions()).isNotEmpty().allSatisfy((id, res) ->
                assertThat(res.inchiKey()).as(id).matches("[A-Z]{14}-[A-Z]{10}-[A-Z]"));
    }
}
