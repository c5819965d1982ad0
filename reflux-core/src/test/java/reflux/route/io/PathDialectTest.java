package reflux.route.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The printed path dialect: items with an id by id, other items by index; {@link RouteLocations#locate} finds the
 * line and column of any such path, and reader problems are named in it. Line numbers are those of the route text
 * written in each test.
 */
class PathDialectTest {

    private static final String ROUTE = """
            schema: reflux.route/1
            id: dialect
            kind: example
            substances:
              - id: a
                name: ethanol
              - id: "1"
                name: acetic acid
            stages:
              - id: "2"
                steps:
                  - id: A
                    operations:
                      - action: charge
                        charges:
                          - {substance: a, role: reactant, amounts: ["1 g"]}
                          - {substance: "1", role: reactant, amounts: ["1 g"]}
              - id: "1"
                steps:
                  - id: A
                    operations:
                      - action: stir
            """;

    private static RouteLocations locations(Path dir) throws Exception {
        Path file = dir.resolve("r.yaml");
        Files.writeString(file, ROUTE);
        YamlTreeReader.Result tree = new YamlTreeReader(1 << 20).read(file, ROUTE);
        return new RouteLocations(file, tree.root());
    }

    @Test
    void itemsWithAnIdAreFoundByTheIdEvenWhenItLooksLikeAnIndex(@TempDir Path dir) throws Exception {
        RouteLocations l = locations(dir);
        // stage "1" is the second stage (line 18), stage "2" the first (line 10)
        assertThat(l.locate("stages[1]")).hasValueSatisfying(s -> assertThat(s).endsWith("r.yaml:18:5"));
        assertThat(l.locate("stages[2].steps[A].operations[0].charges[1]"))
                .hasValueSatisfying(s -> assertThat(s).endsWith("r.yaml:17:17"));
        assertThat(l.locate("substances[1].name")).hasValueSatisfying(s -> assertThat(s).endsWith("r.yaml:8:11"));
    }

    @Test
    void aPathNamingNothingHasNoLocationAndAMissingLeafFallsBackToItsParent(@TempDir Path dir) throws Exception {
        RouteLocations l = locations(dir);
        assertThat(l.locate("nothing[3]")).isEmpty();
        assertThat(l.locate("stages[2].steps[A].operations[0].conditions"))
                .hasValueSatisfying(s -> assertThat(s).endsWith("r.yaml:14:13"));
    }

    @Test
    void internalIndexPathsArePrintedWithIds(@TempDir Path dir) throws Exception {
        YamlTreeReader.Result tree = new YamlTreeReader(1 << 20).read(dir.resolve("r.yaml"), ROUTE);
        assertThat(YamlPaths.toIds(tree.root(), "stages[1].steps[0].operations[0].action"))
                .isEqualTo("stages[1].steps[A].operations[0].action");
        assertThat(YamlPaths.toIds(tree.root(), "stages[0].steps[0].operations[0].charges[1].substance"))
                .isEqualTo("stages[2].steps[A].operations[0].charges[1].substance");
        assertThat(YamlPaths.toIds(tree.root(), "substances[0]")).isEqualTo("substances[a]");
    }

    @Test
    void everySeedFindingPathResolvesToALineInItsFile() throws Exception {
        for (String name : List.of("cefepime-001-example1.yaml", "cefepime-001-example2.yaml")) {
            Path file = reflux.testkit.SharedFiles.repoRoot().resolve("routes").resolve(name);
            RouteLoad load = new RouteReader().read(file);
            var report = reflux.audit.Auditor.standard().audit(load.route(), null);
            assertThat(report.findings()).filteredOn(f -> f.path() != null).isNotEmpty()
                    .allSatisfy(f -> assertThat(load.locations().locate(f.path())).as(f.path()).isPresent());
        }
    }
}
