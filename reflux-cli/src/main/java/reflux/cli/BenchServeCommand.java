package reflux.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import reflux.web.WebServer;

/**
 * {@code reflux bench serve [--root routes] [--requests 200] [--concurrency 50]}: starts {@code reflux serve} on an
 * ephemeral loopback port and measures it from real HTTP clients: first the cold report of each route (check and
 * render, one request at a time), then {@code --requests} report requests spread over the routes with
 * {@code --concurrency} in flight, printed side by side: latency p50/p95/max, errors, requests/s, and the heap used
 * before and after (after a GC) with the number of reports the bounded cache holds.
 */
@Command(mixinStandardHelpOptions = true, name = "serve", description = "Load test of reflux serve on loopback.")
final class BenchServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--root", paramLabel = "DIR", defaultValue = "routes", description = "Folder of route files (default ${DEFAULT-VALUE}).")
    Path root;

    @Option(names = "--requests", paramLabel = "N", defaultValue = "200", description = "Requests in all (default ${DEFAULT-VALUE}).")
    int requests;

    @Option(names = "--concurrency", paramLabel = "N", defaultValue = "50", description = "Requests in flight (default ${DEFAULT-VALUE}).")
    int concurrency;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<Path> files = BenchCommand.routeFiles(root);
        if (files.isEmpty() || requests < 1 || concurrency < 1) {
            spec.commandLine().getErr().println("reflux bench serve: no route files in " + root
                    + " (or --requests/--concurrency below 1)");
            return ExitCode.USAGE;
        }
        long heapBefore = heapUsed();
        WebServer server = WebServer.start(new WebServer.Options(root, "127.0.0.1", 0, 8, 1 << 20));
        try {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            String base = "http://127.0.0.1:" + server.port() + "/route/";
            List<String> urls = files.stream().map(f -> base + f.getFileName()).toList();
            out.printf(Locale.ROOT, "reflux bench serve: %d route(s) in %s, %d requests, %d concurrent%n",
                    urls.size(), root, requests, concurrency);
            out.println("cold report (check + render), one request at a time:");
            for (String u : urls) {
                long t0 = System.nanoTime();
                int status = get(client, u);
                out.printf(Locale.ROOT, "  %-44s %8.0f ms  HTTP %d%n", u.substring(base.length()),
                        (System.nanoTime() - t0) / 1e6, status);
            }
            ExecutorService pool = Executors.newFixedThreadPool(concurrency);
            AtomicInteger errors = new AtomicInteger();
            List<Future<Long>> futures = new ArrayList<>();
            long start = System.nanoTime();
            for (int i = 0; i < requests; i++) {
                String u = urls.get(i % urls.size());
                futures.add(pool.submit(() -> {
                    long t0 = System.nanoTime();
                    if (get(client, u) != 200) {
                        errors.incrementAndGet();
                    }
                    return System.nanoTime() - t0;
                }));
            }
            long[] ns = new long[requests];
            for (int i = 0; i < requests; i++) {
                ns[i] = futures.get(i).get();
            }
            double wall = (System.nanoTime() - start) / 1e9;
            pool.shutdown();
            Arrays.sort(ns);
            out.printf(Locale.ROOT, "warm (cached report), %d concurrent:%n", concurrency);
            out.printf(Locale.ROOT, "  %-10s %10s %10s %10s %8s %10s%n", "", "p50 ms", "p95 ms", "max ms", "errors", "req/s");
            out.printf(Locale.ROOT, "  %-10s %10.1f %10.1f %10.1f %8d %10.1f%n", "serve", ns[requests / 2] / 1e6,
                    ns[(int) Math.min(requests - 1, Math.ceil(requests * 0.95) - 1)] / 1e6, ns[requests - 1] / 1e6,
                    errors.get(), requests / wall);
            long heapAfter = heapUsed();
            out.printf(Locale.ROOT, "heap used after GC: before %.1f MB, after %.1f MB; reports cached: %d (bound 32)%n",
                    heapBefore / 1e6, heapAfter / 1e6, server.cachedReports());
            return errors.get() == 0 ? ExitCode.OK : ExitCode.FINDINGS;
        } finally {
            server.stop();
        }
    }

    private static int get(HttpClient client, String url) {
        try {
            HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(10))
                    .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            return r.statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    private static long heapUsed() {
        System.gc();
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }
}
