package reflux.route.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random edits of a valid route (deleted, inserted or replaced characters) never make the reader throw: each
 * gives a route or located problems, and never an "internal error".
 */
class RouteReaderFuzzTest {

    private static final String BASE;

    static {
        try {
            BASE = Files.readString(Path.of(RouteReaderFuzzTest.class.getResource("/reflux/route/valid/minimal.yaml")
                    .toURI()), StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Property(tries = 400)
    void randomEditsGiveARouteOrLocatedProblems(@ForAll("edits") String text) {
        RouteLoad load = new RouteReader().parse(Path.of("fuzz.yaml"), text);
        if (!load.isOk()) {
            assertThat(load.problems()).isNotEmpty();
            assertThat(load.problems()).allSatisfy(p -> {
                assertThat(p.message()).doesNotContain("internal error");
                assertThat(p.line()).isBetween(0, (int) text.lines().count() + 1);
            });
        }
    }

    @Provide
    Arbitrary<String> edits() {
        Arbitrary<Integer> at = Arbitraries.integers().between(0, BASE.length() - 1);
        Arbitrary<Character> ch = Arbitraries.of(':', '-', ' ', '\n', '[', ']', '{', '}', '"', '\'', '&', '*', '!',
                '#', '%', '@', '`', '|', '>', '\t', 'x', '9', '.', ',', '°', '\u0000', '\uFEFF');
        return net.jqwik.api.Combinators.combine(at, ch, Arbitraries.integers().between(0, 2)).as((i, c, op) ->
                switch (op) {
                    case 0 -> BASE.substring(0, i) + BASE.substring(i + 1);
                    case 1 -> BASE.substring(0, i) + c + BASE.substring(i);
                    default -> BASE.substring(0, i) + c + BASE.substring(i + 1);
                });
    }
}
