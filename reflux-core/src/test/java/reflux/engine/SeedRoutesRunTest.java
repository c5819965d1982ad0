package reflux.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import reflux.model.route.Route;
import reflux.model.route.Variant;
import reflux.model.run.RunResult;
import reflux.model.run.StageRun;
import reflux.model.run.Verdict;
import reflux.route.io.RouteLoad;
import reflux.route.io.RouteReader;
import reflux.testkit.SharedFiles;

/**
 * Every seed route file runs end to end with every stage MATCH and balanced equations, and reaches the API the
 * issue names (keys from shared/reference/seed-compounds.tsv).
 */
class SeedRoutesRunTest {

    private static final Executor EXECUTOR = Executor.standard();

    static Route route(String file) {
        RouteLoad load = new RouteReader().read(SharedFiles.repoRoot().resolve("routes").resolve(file));
        assertThat(load.problems()).as(file).isEmpty();
        return load.route();
    }

    static Stream<Arguments> runs() throws Exception {
        List<Arguments> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(SharedFiles.repoRoot().resolve("routes"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                Route r = route(p.getFileName().toString());
                if (r.variants().isEmpty()) {
                    out.add(Arguments.of(p.getFileName().toString(), null));
                } else {
                    for (Variant v : r.variants()) {
                        out.add(Arguments.of(p.getFileName().toString(), v.id()));
                    }
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("runs")
    void everyStageMatchesWithABalancedEquation(String file, String variantId) {
        Route r = route(file);
        Variant v = variantId == null ? null : r.variants().stream().filter(x -> x.id().equals(variantId))
                .findFirst().orElseThrow();
        RunResult run = EXECUTOR.run(r, v);
        for (StageRun s : run.stages()) {
            assertThat(s.verdict()).as(file + " " + variantId + " stage " + s.stageId() + ": " + s.evidence())
                    .isEqualTo(Verdict.MATCH);
            assertThat(s.balanced() || s.balanceNote() != null).as(s.equation()).isTrue();
            assertThat(s.balanced()).as(s.stageId() + " " + s.equation() + " " + s.balanceNote()).isTrue();
        }
        assertThat(run.allMatch()).isTrue();
    }

    private static String finalKey(String file, String variant) {
        Route r = route(file);
        Variant v = variant == null ? null : r.variants().stream().filter(x -> x.id().equals(variant)).findFirst()
                .orElseThrow();
        RunResult run = EXECUTOR.run(r, v);
        assertThat(run.allMatch()).as(run.stages().toString()).isTrue();
        return run.stages().get(run.stages().size() - 1).products().get(0).inchiKey();
    }

    @Test
    void example1AndExample2ReachCefepimeDihydrochlorideMonohydrate() {
        String key = Fixtures.compound("001-I.2HCl.H2O").get("inchikey");
        assertThat(key).isEqualTo("LRAJHPGSGBRUJN-OMIVUECESA-N");
        assertThat(finalKey("cefepime-001-example1.yaml", null)).isEqualTo(key);
        assertThat(finalKey("cefepime-001-example2.yaml", null)).isEqualTo(key);
    }

    @Test
    void theClaimsRouteOf000ReachesCefepime() {
        String key = Fixtures.compound("000-I").get("inchikey");
        assertThat(key).isEqualTo("HVFLCNVBZFFHBT-ZKDACBOMSA-N");
        for (Variant v : route("cefepime-000-claims.yaml").variants()) {
            assertThat(finalKey("cefepime-000-claims.yaml", v.id())).as(v.id()).isEqualTo(key);
        }
    }

    @Test
    void theClaimsRouteOf002ReachesCeftobiprole() {
        String key = Fixtures.compound("002-A.1").get("inchikey");
        assertThat(key).isEqualTo("VOAZJEPQLGBXGO-SDAWRPRTSA-N");
        assertThat(finalKey("ceftobiprole-002-claims.yaml", "boc-mesylate")).isEqualTo(key);
        assertThat(finalKey("ceftobiprole-002-claims.yaml", "boc-tosylate")).isEqualTo(key);
    }
}
