package reflux.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PathGuardTest {

    @TempDir
    Path tmp;
    Path root;
    PathGuard guard;

    @BeforeEach
    void setUp() throws Exception {
        root = Files.createDirectories(tmp.resolve("routes"));
        Files.writeString(root.resolve("a.yaml"), "x");
        Files.createDirectories(root.resolve("sub"));
        Files.writeString(root.resolve("sub/b.yaml"), "y");
        Files.writeString(tmp.resolve("secret.yaml"), "outside");
        guard = new PathGuard(root);
    }

    @Test
    void routeFilesUnderTheRootResolve() {
        assertThat(guard.resolve("a.yaml", true).file()).isEqualTo(root.resolve("a.yaml").toAbsolutePath().normalize());
        assertThat(guard.resolve("sub/b.yaml", true).relative()).isEqualTo("sub/b.yaml");
        assertThat(guard.resolve("sub%2Fb.yaml", true).ok()).isFalse();
    }

    @Test
    void dotDotSlashIsRefused() {
        assertRefused("../secret.yaml", 400);
        assertRefused("sub/../../secret.yaml", 400);
    }

    @Test
    void encodedDotsAreRefused() {
        assertRefused("%2e%2e/secret.yaml", 400);
        assertRefused("%2E%2E/secret.yaml", 400);
        assertRefused(".%2e/secret.yaml", 400);
    }

    @Test
    void encodedSlashAfterDotsIsRefused() {
        assertRefused("..%2fsecret.yaml", 400);
        assertRefused("..%5csecret.yaml", 400);
    }

    @Test
    void absolutePathsAreRefused() {
        assertRefused("/" + tmp.resolve("secret.yaml"), 400);
        assertRefused("%2F" + tmp.resolve("secret.yaml").toString().substring(1), 400);
        assertRefused("C:/secret.yaml", 400);
    }

    @Test
    void nulAndBackslashesAreRefused() {
        assertRefused("a.yaml%00.txt", 400);
        assertRefused("a.yaml\u0000", 400);
        assertRefused("sub\\b.yaml", 400);
    }

    @Test
    void symlinkOutOfTheRootIsRefused() throws Exception {
        Files.createSymbolicLink(root.resolve("link.yaml"), tmp.resolve("secret.yaml"));
        Files.createSymbolicLink(root.resolve("out"), tmp);
        assertRefused("link.yaml", 403);
        assertRefused("out/secret.yaml", 403);
        assertThat(guard.resolve("out/new.yaml", false).ok()).isFalse();
    }

    @Test
    void onlyRouteFilesAreServed() {
        assertRefused("a.txt", 404);
        assertRefused("missing.yaml", 404);
        assertRefused("", 400);
    }

    private void assertRefused(String raw, int status) {
        PathGuard.Result r = guard.resolve(raw, true);
        assertThat(r.ok()).as(raw).isFalse();
        assertThat(r.status()).as(raw).isEqualTo(status);
        assertThat(r.file()).isNull();
    }
}
