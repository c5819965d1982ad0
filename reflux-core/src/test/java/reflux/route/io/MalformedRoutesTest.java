package reflux.route.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The negative corpus: every file under {@code malformed/} gives exactly one located problem whose line and message
 * fragment are those of {@code malformed/manifest.tsv} (written by hand against each file), no exception, and no
 * file written.
 */
class MalformedRoutesTest {

    static Path dir() throws URISyntaxException {
        return Path.of(MalformedRoutesTest.class.getResource("/reflux/route/malformed/manifest.tsv").toURI())
                .getParent();
    }

    static Stream<Arguments> cases() throws IOException, URISyntaxException {
        return Files.readAllLines(dir().resolve("manifest.tsv"), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.startsWith("#") && !l.isBlank())
                .map(l -> l.split("\t"))
                .map(c -> Arguments.of(c[0], Integer.parseInt(c[1]), c[2]));
    }

    @Test
    void theCorpusHasAtLeastThirtyFilesAndEveryFileIsInTheManifest() throws Exception {
        List<String> listed = cases().map(a -> (String) a.get()[0]).toList();
        try (Stream<Path> files = Files.list(dir())) {
            List<String> present = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
                    .sorted().toList();
            assertThat(present).containsExactlyInAnyOrderElementsOf(listed);
        }
        assertThat(listed).hasSizeGreaterThanOrEqualTo(30);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachMalformedFileGivesOneLocatedProblem(String name, int line, String fragment, @TempDir Path tmp)
            throws Exception {
        Path file = tmp.resolve(name);
        Files.copy(dir().resolve(name), file);

        RouteLoad load = new RouteReader().read(file);

        assertThat(load.isOk()).isFalse();
        assertThat(load.problems()).as(load.problems().toString()).hasSize(1);
        RouteProblem p = load.problems().get(0);
        assertThat(p.message()).contains(fragment);
        assertThat(p.line()).as(p.format()).isEqualTo(line);
        assertThat(p.file()).isEqualTo(file);
        // a problem of the whole file (line 0: encoding, size) is reported without a line
        assertThat(p.format()).startsWith(line > 0 ? file + ":" + line + ":" : file + ": ")
                .doesNotContain("Exception");
        try (Stream<Path> files = Files.list(tmp)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly(name);
        }
    }

    @Test
    void aFileAboveTheSizeCapIsRefusedBeforeParsing(@TempDir Path tmp) throws IOException {
        Path huge = tmp.resolve("huge.yaml");
        byte[] line = "notes: [\"padding padding padding padding padding padding padding padding\"]\n"
                .getBytes(StandardCharsets.UTF_8);
        try (var out = Files.newOutputStream(huge)) {
            for (long written = 0; written <= RouteReader.DEFAULT_MAX_BYTES; written += line.length) {
                out.write(line);
            }
        }
        RouteLoad load = new RouteReader().read(huge);
        assertThat(load.readable()).isFalse();
        assertThat(load.problems()).singleElement().satisfies(p ->
                assertThat(p.message()).contains("route files are limited to 5242880 bytes"));
    }

    @Test
    void aDeviceIsRefusedWithoutReadingIt() {
        Path zero = Path.of("/dev/zero");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(zero));
        RouteLoad load = new RouteReader().read(zero);
        assertThat(load.readable()).isFalse();
        assertThat(load.problems()).singleElement().satisfies(p -> assertThat(p.message()).startsWith(
                "not a regular file"));
    }

    @Test
    void aMissingFileIsUnreadableNotAnException(@TempDir Path tmp) {
        RouteLoad load = new RouteReader().read(tmp.resolve("nope.yaml"));
        assertThat(load.readable()).isFalse();
        assertThat(load.problems()).singleElement().satisfies(p -> assertThat(p.message()).isEqualTo("no such file"));
    }

    @Test
    void aUtf8ByteOrderMarkIsSkipped(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("bom.yaml");
        byte[] body = Files.readAllBytes(Path.of(getClass().getResource("/reflux/route/valid/minimal.yaml")
                .toURI()));
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Files.write(file, withBom);
        RouteLoad load = new RouteReader().read(file);
        assertThat(load.problems()).isEmpty();
        assertThat(load.route().id()).isEqualTo("malformed-base");
    }
}
