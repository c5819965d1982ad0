package reflux.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HTTP-level limits of {@code reflux serve}, over raw sockets so that no client normalises the paths. */
class WebServerTest {

    @TempDir
    static Path tmp;
    static Path root;
    static WebServer server;

    @BeforeAll
    static void start() throws Exception {
        root = Files.createDirectories(tmp.resolve("routes"));
        Files.writeString(root.resolve("a.yaml"), "schema: reflux.route/1\n");
        Files.writeString(tmp.resolve("secret.yaml"), "outside");
        Files.createSymbolicLink(root.resolve("link.yaml"), tmp.resolve("secret.yaml"));
        server = WebServer.start(new WebServer.Options(root, "127.0.0.1", 0, 4, 1024));
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void traversalAttemptsAreRefusedWith4xxAndNothingOutsideIsTouched() throws Exception {
        for (String p : new String[] {"/route/../secret.yaml", "/route/%2e%2e/secret.yaml", "/route/..%2fsecret.yaml",
                "/route/" + tmp.resolve("secret.yaml"), "/route/link.yaml", "/route/a.yaml%00", "/edit/..%2fsecret.yaml",
                "/edit/link.yaml"}) {
            assertThat(status(request("GET", p, null, null))).as(p).isBetween(400, 499);
        }
        String body = "_token=" + server.token() + "&action=save&yaml=pwned";
        assertThat(status(request("POST", "/edit/..%2fsecret.yaml", body, null))).isBetween(400, 499);
        assertThat(status(request("POST", "/edit/link.yaml", body, null))).isBetween(400, 499);
        assertThat(Files.readString(tmp.resolve("secret.yaml"))).isEqualTo("outside");
        try (var s = Files.list(tmp)) {
            assertThat(s.map(x -> x.getFileName().toString())).containsExactlyInAnyOrder("routes", "secret.yaml");
        }
    }

    @Test
    void onlyGetAndPostAreAllowed() throws Exception {
        String r = request("DELETE", "/", null, null);
        assertThat(status(r)).isEqualTo(405);
        assertThat(r).containsIgnoringCase("Allow: GET, POST");
        assertThat(status(request("PUT", "/edit/a.yaml", "x", null))).isEqualTo(405);
    }

    @Test
    void bodiesOverTheLimitGet413() throws Exception {
        assertThat(status(request("POST", "/extract", "_token=" + server.token() + "&text=" + "a".repeat(2000), null)))
                .isEqualTo(413);
    }

    @Test
    void postWithoutTheTokenOrFromAnotherOriginIsRefused() throws Exception {
        assertThat(status(request("POST", "/edit/a.yaml", "action=save&yaml=x", null))).isEqualTo(403);
        assertThat(status(request("POST", "/edit/a.yaml", "_token=" + server.token() + "&action=save&yaml=x",
                "http://evil.example"))).isEqualTo(403);
        assertThat(Files.readString(root.resolve("a.yaml"))).isEqualTo("schema: reflux.route/1\n");
    }

    @Test
    void routeStringsInTheEditorAreEscaped() throws Exception {
        Files.writeString(root.resolve("h.yaml"), "title: \"</textarea><script>alert(1)</script>\"\n");
        String r = request("GET", "/edit/h.yaml", null, null);
        assertThat(status(r)).isEqualTo(200);
        assertThat(r).doesNotContain("<script>").contains("&lt;/textarea&gt;&lt;script&gt;");
    }

    @Test
    void pastedPatentTextComesBackWithItsSpansHighlightedAndEscaped() throws Exception {
        String text = "Example 3. To <b>cefepime</b> (5.0 g) in water (50 ml) at 25 \u00b0C was added; yield 90%.";
        String body = "_token=" + server.token() + "&text=" + java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
        assertThat(body.length()).isLessThan(1024);
        String r = request("POST", "/extract", body, null);
        assertThat(status(r)).isEqualTo(200);
        assertThat(r).contains("<mark", "id=\"ord\"", "&lt;b&gt;").doesNotContain("<b>cefepime", "<b>");
    }

    @Test
    void pastedExampleComesBackAsARouteFileNextToItsSpans() throws Exception {
        String text = "Example 3\nA solution of benzoic acid (5.0 g, 41 mmol) in methanol (50 ml) was stirred at"
                + " 65 \u00b0C for 4 hours. The solvent was removed to give methyl benzoate (4.8 g, 86%).";
        String body = "_token=" + server.token() + "&text=" + java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
        String r = request("POST", "/extract", body, null);
        assertThat(status(r)).isEqualTo(200);
        assertThat(r).contains("id=\"spans\"", "id=\"routes\"", "Route files (1)", "class=\"route-yaml\"",
                "benzoic acid", "methanol", "5.0 g", "50 ml", "65");
    }

    @Test
    void pastedTextWithoutAnExampleSaysSo() throws Exception {
        String body = "_token=" + server.token() + "&text=" + java.net.URLEncoder.encode(
                "Der Kolben wurde gereinigt.", StandardCharsets.UTF_8);
        String r = request("POST", "/extract", body, null);
        assertThat(status(r)).isEqualTo(200);
        assertThat(r).contains("Route files (0)", "class=\"message\"");
    }

    private static int status(String response) {
        return Integer.parseInt(response.substring(9, 12));
    }

    private static String request(String method, String path, String body, String origin) throws Exception {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(60_000);
            byte[] b = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            StringBuilder h = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + server.port()
                    + "\r\nConnection: close\r\n");
            if (origin != null) {
                h.append("Origin: ").append(origin).append("\r\n");
            }
            if (body != null) {
                h.append("Content-Type: application/x-www-form-urlencoded\r\nContent-Length: ").append(b.length)
                        .append("\r\n");
            }
            h.append("\r\n");
            OutputStream out = s.getOutputStream();
            out.write(h.toString().getBytes(StandardCharsets.US_ASCII));
            out.write(b);
            out.flush();
            InputStream in = s.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            return all.toString(StandardCharsets.UTF_8);
        }
    }
}
