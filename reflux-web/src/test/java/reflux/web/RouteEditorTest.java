package reflux.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reflux.route.RouteValidator;
import reflux.testkit.SharedFiles;

class RouteEditorTest {

    private static final Path SEED = SharedFiles.repoRoot().resolve("routes/cefepime-001-example1.yaml");
    private final RouteEditor editor = new RouteEditor(RouteValidator.standard());

    @Test
    void aCrashBetweenStagingAndCommitLeavesTheRouteAsItWas(@TempDir Path root) throws Exception {
        Path route = root.resolve("r.yaml");
        Files.copy(SEED, route);
        String before = Files.readString(route);
        // the edit is staged, then the process "dies" before the move: no commit, no discard
        Path staged = editor.stage(route, before.replace("title: ", "title: edited "));
        assertThat(Files.readString(route)).isEqualTo(before);
        assertThat(staged.getParent()).isEqualTo(route.getParent());
        assertThat(staged.getFileName().toString()).startsWith(".r.yaml.").endsWith(".tmp");
        // the leftover is not a route: not listed and not servable
        Site site = new Site(new PathGuard(root), "t");
        assertThat(site.routes()).extracting(PathGuard.Result::relative).containsExactly("r.yaml");
        assertThat(new PathGuard(root).resolve(staged.getFileName().toString(), true).ok()).isFalse();
        try (Stream<Path> s = Files.list(root)) {
            assertThat(s.count()).isEqualTo(2);
        }
    }

    @Test
    void aValidEditIsCommittedInOneMove(@TempDir Path root) throws Exception {
        Path route = root.resolve("r.yaml");
        Files.copy(SEED, route);
        String edited = Files.readString(route).replaceFirst("(?m)^title: ", "title: Edited ");
        Path staged = editor.stage(route, edited);
        RouteEditor.Validation v = editor.validate(staged, "r.yaml");
        assertThat(v.problems()).isEmpty();
        editor.commit(staged, route);
        assertThat(Files.readString(route)).isEqualTo(edited);
        assertThat(Files.exists(staged)).isFalse();
    }

    @Test
    void anInvalidEditIsReportedAtItsLineUnderTheRoutesName(@TempDir Path root) throws Exception {
        Path route = root.resolve("r.yaml");
        Files.copy(SEED, route);
        String text = Files.readString(route);
        // line of the first amount "10 g" in the file, counted here from the text itself
        int line = text.substring(0, text.indexOf("[\"10 g\"")).split("\n", -1).length;
        Path staged = editor.stage(route, text.replaceFirst("\\[\"10 g\"", "[\"10 parsecs\""));
        RouteEditor.Validation v = editor.validate(staged, "r.yaml");
        editor.discard(staged);
        assertThat(v.valid()).isFalse();
        assertThat(v.lines()).contains(line);
        assertThat(v.problems()).anySatisfy(p -> assertThat(p).startsWith("r.yaml:" + line + ":"));
        assertThat(Files.readString(route)).isEqualTo(text);
        assertThat(Files.exists(staged)).isFalse();
    }
}
