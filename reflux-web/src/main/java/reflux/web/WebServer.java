package reflux.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code reflux serve}: the local web UI on the JDK's {@link HttpServer} (no dependency; a handful of pages, so a
 * framework would add jars and start-up time for nothing). Bound to 127.0.0.1 unless told otherwise.
 *
 * <pre>{@code
 * WebServer s = WebServer.start(new WebServer.Options(Path.of("routes"), "127.0.0.1", 8080, 8, 1 << 20));
 * ... s.port() ... s.stop();
 * }</pre>
 *
 * Limits: GET and POST only (405 otherwise), request bodies at most {@code maxBody} bytes (413), a POST must carry
 * the server's random token and, when the browser sends one, an {@code Origin} equal to the server's own (403);
 * route paths go through {@link PathGuard}. Requests run on a bounded pool ({@code threads} workers, a queue of 256;
 * beyond that the accepting thread runs the request itself, which slows new connections instead of failing them).
 * One {@link Site} (engine, resolver, caches) is shared by all requests. Thread-safe.
 */
public final class WebServer {

    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);

    /**
     * How to serve.
     *
     * @param root    the folder of route files (nothing outside it is read or written)
     * @param bind    the address to listen on
     * @param port    the port (0: any free one)
     * @param threads worker threads
     * @param maxBody largest request body in bytes
     */
    public record Options(Path root, String bind, int port, int threads, int maxBody) {
    }

    private final HttpServer server;
    private final ThreadPoolExecutor pool;
    private final Site site;
    private final String token;
    private final int maxBody;

    private WebServer(HttpServer server, ThreadPoolExecutor pool, Site site, String token, int maxBody) {
        this.server = server;
        this.pool = pool;
        this.site = site;
        this.token = token;
        this.maxBody = maxBody;
    }

    /** Starts serving {@code options.root()}. */
    public static WebServer start(Options o) throws IOException {
        byte[] t = new byte[16];
        new SecureRandom().nextBytes(t);
        String token = HexFormat.of().formatHex(t);
        HttpServer server = HttpServer.create(new InetSocketAddress(o.bind(), o.port()), 64);
        ThreadPoolExecutor pool = new ThreadPoolExecutor(o.threads(), o.threads(), 30, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(256), r -> {
                    Thread th = new Thread(r, "reflux-serve");
                    th.setDaemon(true);
                    return th;
                }, new ThreadPoolExecutor.CallerRunsPolicy());
        Site site = new Site(new PathGuard(o.root()), token);
        WebServer ws = new WebServer(server, pool, site, token, o.maxBody());
        server.createContext("/", ws::handle);
        server.setExecutor(pool);
        server.start();
        return ws;
    }

    /** The port listened on. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** The shared site (tests, bench). */
    Site site() {
        return site;
    }

    /** Rendered reports held in the server's bounded cache (bench). */
    public int cachedReports() {
        return site.cachedReports();
    }

    /** The per-server token a POST must carry (tests). */
    String token() {
        return token;
    }

    /** Stops accepting, waits up to a second for running requests, and ends the workers. */
    public void stop() {
        server.stop(1);
        pool.shutdownNow();
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String method = ex.getRequestMethod();
            if (!method.equals("GET") && !method.equals("POST")) {
                ex.getResponseHeaders().set("Allow", "GET, POST");
                send(ex, Site.Page.error(405, "method " + method + " is not allowed; use GET or POST"));
                return;
            }
            Map<String, String> form = Map.of();
            if (method.equals("POST")) {
                String body = readBody(ex);
                if (body == null) {
                    send(ex, Site.Page.error(413, "request body larger than " + maxBody + " bytes"));
                    return;
                }
                form = parseForm(body);
                String origin = ex.getRequestHeaders().getFirst("Origin");
                String host = ex.getRequestHeaders().getFirst("Host");
                if (!token.equals(form.get("_token")) || origin != null && !origin.equals("http://" + host)) {
                    send(ex, Site.Page.error(403, "this form did not come from this server's page"
                            + " (missing token or foreign origin); reload the page and try again"));
                    return;
                }
            }
            send(ex, site.dispatch(method, ex.getRequestURI().getRawPath(), form));
        } catch (RuntimeException e) {
            LOG.error("request {} failed", ex.getRequestURI(), e);
            try {
                send(ex, Site.Page.error(500, "internal error: the page stopped on a bug in Reflux"));
            } catch (IOException ignored) {
                // the client went away
            }
        }
    }

    /** The body, or null when it is larger than the limit (declared or actual). */
    private String readBody(HttpExchange ex) throws IOException {
        String declared = ex.getRequestHeaders().getFirst("Content-Length");
        if (declared != null) {
            try {
                if (Long.parseLong(declared.trim()) > maxBody) {
                    return null;
                }
            } catch (NumberFormatException e) {
                return null;
            }
        }
        try (InputStream in = ex.getRequestBody()) {
            byte[] b = in.readNBytes(maxBody + 1);
            return b.length > maxBody ? null : new String(b, StandardCharsets.UTF_8);
        }
    }

    /** An {@code application/x-www-form-urlencoded} body as a map (last value of a name wins). */
    static Map<String, String> parseForm(String body) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            try {
                String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                m.put(k, v);
            } catch (IllegalArgumentException e) {
                // a malformed pair is dropped: the page then reports the missing field
            }
        }
        return m;
    }

    private static void send(HttpExchange ex, Site.Page page) throws IOException {
        byte[] b = page.body().getBytes(StandardCharsets.UTF_8);
        var h = ex.getResponseHeaders();
        h.set("Content-Type", page.contentType());
        h.set("X-Content-Type-Options", "nosniff");
        h.set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src data:;"
                + " form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
        h.set("Cache-Control", "no-store");
        if (page.location() != null) {
            h.set("Location", page.location());
        }
        ex.sendResponseHeaders(page.status(), b.length == 0 ? -1 : b.length);
        if (b.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(b);
            }
        }
    }
}
