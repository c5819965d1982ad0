package reflux.route.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** One shared reader used from many threads gives the same results as sequential reads (OPSIN CliThreadingTest). */
class RouteReaderConcurrencyTest {

    @Test
    void parallelReadsEqualSequentialReads() throws Exception {
        List<Path> files = RouteRoundTripTest.routeFiles().collect(Collectors.toList());
        try (var malformed = java.nio.file.Files.list(MalformedRoutesTest.dir())) {
            malformed.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(files::add);
        }
        RouteReader reader = new RouteReader();
        List<String> sequential = files.stream().map(f -> render(reader.read(f))).toList();
        for (int round = 0; round < 3; round++) {
            List<String> parallel = files.parallelStream().map(f -> render(reader.read(f))).toList();
            assertThat(parallel).isEqualTo(sequential);
        }
    }

    private static String render(RouteLoad load) {
        return load.isOk() ? load.route().toString() : load.problems().toString();
    }
}
