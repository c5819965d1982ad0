package reflux.route.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import reflux.model.quantity.Dimension;
import reflux.model.route.Charge;
import reflux.model.route.OperationType;
import reflux.model.route.Route;
import reflux.testkit.SharedFiles;

/** Load → save → load gives an equal route, for every route file of the repository and every valid fixture. */
class RouteRoundTripTest {

    static Stream<Path> routeFiles() throws IOException, URISyntaxException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(SharedFiles.repoRoot().resolve("routes"))) {
            s.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(files::add);
        }
        Path valid = Path.of(RouteRoundTripTest.class.getResource("/reflux/route/valid").toURI());
        try (Stream<Path> s = Files.list(valid)) {
            s.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(files::add);
        }
        return files.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("routeFiles")
    void loadSaveLoadGivesAnEqualRoute(Path file, @TempDir Path tmp) throws IOException {
        RouteLoad first = new RouteReader().read(file);
        assertThat(first.problems()).as(file.toString()).isEmpty();

        Path copy = tmp.resolve(file.getFileName());
        new RouteWriter().write(first.route(), copy);
        RouteLoad second = new RouteReader().read(copy);

        assertThat(second.problems()).as(new RouteWriter().toYaml(first.route())).isEmpty();
        assertThat(second.route()).isEqualTo(first.route());
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly(file.getFileName().toString());
        }
    }

    @Test
    void theFormatExampleReadsAsWritten() throws Exception {
        Path file = Path.of(getClass().getResource("/reflux/route/valid/example-format.yaml").toURI());
        Route r = new RouteReader().read(file).route();

        assertThat(r.schema()).isEqualTo("reflux.route/1");
        assertThat(r.kind()).isEqualTo(Route.Kind.EXAMPLE);
        assertThat(r.substances()).hasSize(6);
        var stepA = r.stages().get(0).steps().get(0);
        Charge acp = stepA.operations().get(0).charges().get(0);
        assertThat(acp.amounts()).extracting(q -> q.text()).containsExactly("10 g", "0.03 mol");
        assertThat(acp.amounts().get(1).dimension()).isEqualTo(Dimension.AMOUNT);
        assertThat(acp.source().quote()).isEqualTo("(10 g, 0.03 mol)");
        Charge tmsa = stepA.operations().get(1).charges().get(0).containing().get(0);
        assertThat(tmsa.amounts()).extracting(q -> q.text()).containsExactly("26.72 g", "0.20 mol");
        assertThat(tmsa.amounts().get(1).significantFigures()).isEqualTo(2);
        var cool = stepA.operations().get(3);
        assertThat(cool.type()).isEqualTo(OperationType.COOL);
        assertThat(cool.produces()).isEqualTo("solution-A");
        assertThat(cool.conditions().temperature().low().value()).isEqualByComparingTo("-25");
        assertThat(cool.conditions().temperature().high().value()).isEqualByComparingTo("-20");
        var adjust = r.stages().get(0).steps().get(1).operations().get(1);
        assertThat(adjust.type()).isEqualTo(OperationType.ADJUST_PH);
        assertThat(adjust.conditions().pH().low().value()).isEqualByComparingTo("6.7");
        var outcome = r.stages().get(0).outcomes().get(0);
        assertThat(outcome.statedYield().value()).isEqualByComparingTo("69.4");
        assertThat(outcome.analytics().nmr()).hasSize(2);
        assertThat(outcome.analytics().irBands()).containsExactly(1785.0, 1714.0, 1678.0, 1610.0);
        assertThat(outcome.analytics().ms().get(0).label()).isEqualTo("[M+1]");
        assertThat(outcome.source().start()).isEqualTo(10);
        assertThat(r.variants().get(0).substances()).containsEntry("hcl", "dcm");
    }

    @Test
    void aWrittenFileIsReadableByOthersAndKeepsTheOldFilesPermissions(@TempDir Path tmp) throws Exception {
        Path file = Path.of(getClass().getResource("/reflux/route/valid/minimal.yaml").toURI());
        Route r = new RouteReader().read(file).route();
        Path target = tmp.resolve("out.yaml");
        new RouteWriter().write(r, target);
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(target)))
                .isEqualTo("rw-r--r--");
        Files.setPosixFilePermissions(target, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw----"));
        new RouteWriter().write(r, target);
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(target)))
                .isEqualTo("rw-rw----");
    }

    @Test
    void aWriteIntoAMissingDirectoryFailsAndLeavesNothingBehind(@TempDir Path tmp) throws Exception {
        Path file = Path.of(getClass().getResource("/reflux/route/valid/minimal.yaml").toURI());
        Route r = new RouteReader().read(file).route();
        Path target = tmp.resolve("missing-dir").resolve("out.yaml");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new RouteWriter().write(r, target))
                .isInstanceOf(IOException.class);
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left).isEmpty();
        }
    }
}
