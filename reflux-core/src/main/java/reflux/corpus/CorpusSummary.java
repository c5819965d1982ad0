package reflux.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The summary of a finished corpus run, from its {@code rows.jsonl} and {@code timings.jsonl}: verdicts and
 * execution coverage, the finding-code distribution by severity, failure reasons, the worst offenders (most ERROR
 * then WARNING findings), stated against computed yields, and timings; written as {@code summary.json} and a
 * self-contained {@code summary.html} (inline CSS and SVG, no scripts). Stateless.
 */
public final class CorpusSummary {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** How many worst offenders the report lists. */
    static final int WORST = 25;

    private CorpusSummary() {
    }

    /** Reads the run in {@code dir} and writes its summary files; returns the summary. */
    public static ObjectNode write(Path dir, String engine, double wallSeconds) throws IOException {
        List<JsonNode> rows = new ArrayList<>();
        for (String l : Files.readAllLines(dir.resolve("rows.jsonl"), StandardCharsets.UTF_8)) {
            if (!l.isBlank()) {
                rows.add(JSON.readTree(l));
            }
        }
        List<JsonNode> times = new ArrayList<>();
        Path tf = dir.resolve("timings.jsonl");
        if (Files.exists(tf)) {
            for (String l : Files.readAllLines(tf, StandardCharsets.UTF_8)) {
                if (!l.isBlank()) {
                    times.add(JSON.readTree(l));
                }
            }
        }
        ObjectNode s = summarise(rows, times);
        s.put("engine", engine);
        s.put("wall_seconds", Math.round(wallSeconds * 100) / 100.0);
        Partitions.atomicWrite(dir.resolve("summary.json"),
                JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(s));
        Partitions.atomicWrite(dir.resolve("summary.html"), html(s, rows).getBytes(StandardCharsets.UTF_8));
        return s;
    }

    /** The summary of rows (and their timings). */
    public static ObjectNode summarise(List<JsonNode> rows, List<JsonNode> times) {
        ObjectNode s = JSON.createObjectNode();
        Map<String, Integer> verdicts = new TreeMap<>();
        Map<String, Map<String, Integer>> codes = new TreeMap<>();
        Map<String, Integer> failures = new TreeMap<>();
        int comparable = 0;
        int stored = 0;
        int match = 0;
        int storedMatch = 0;
        for (JsonNode r : rows) {
            String v = r.path("verdict").asText();
            verdicts.merge(v, 1, Integer::sum);
            boolean isStored = "stored".equals(r.path("execution").path("target").asText());
            if (isStored) {
                stored++;
            }
            if (!v.equals("NOT_COMPARABLE") && !v.equals("NO_PRODUCT") && !v.equals("FAILED")) {
                comparable++;
            }
            if (v.equals("MATCH")) {
                match++;
                if (isStored) {
                    storedMatch++;
                }
            }
            if (r.hasNonNull("failure")) {
                String f = r.get("failure").asText().replaceAll("^[^:]*:\\d+(:\\d+)?: ", "");
                failures.merge(f.length() > 80 ? f.substring(0, 80) : f, 1, Integer::sum);
            }
            for (JsonNode f : r.path("findings")) {
                codes.computeIfAbsent(f.path("code").asText(), k -> new TreeMap<>())
                        .merge(f.path("severity").asText(), 1, Integer::sum);
            }
        }
        s.put("records", rows.size());
        s.set("verdicts", JSON.valueToTree(verdicts));
        ObjectNode cov = s.putObject("execution_coverage");
        cov.put("match", match);
        cov.put("records", rows.size());
        cov.put("share_of_records", share(match, rows.size()));
        cov.put("with_stored_product", stored);
        cov.put("share_of_stored", share(storedMatch, stored));
        cov.put("comparable", comparable);
        cov.put("share_of_comparable", share(match, comparable));
        s.set("finding_codes", JSON.valueToTree(codes));
        s.set("failures", JSON.valueToTree(failures));
        ObjectNode t = s.putObject("timings_ms");
        for (String step : List.of("extract_ms", "resolve_ms", "execute_ms", "audit_ms")) {
            double[] v = times.stream().mapToDouble(n -> n.path(step).asDouble()).sorted().toArray();
            ObjectNode o = t.putObject(step.replace("_ms", ""));
            o.put("total", round(Arrays.stream(v).sum()));
            o.put("p50", round(pct(v, 0.5)));
            o.put("p95", round(pct(v, 0.95)));
            o.put("max", round(v.length == 0 ? 0 : v[v.length - 1]));
        }
        return s;
    }

    private static double share(int a, int b) {
        return b == 0 ? 0 : Math.round(1000.0 * a / b) / 1000.0;
    }

    private static double pct(double[] v, double p) {
        return v.length == 0 ? 0 : v[Math.min(v.length - 1, (int) Math.floor(p * v.length))];
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private static String html(ObjectNode s, List<JsonNode> rows) {
        StringBuilder h = new StringBuilder(1 << 16);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Reflux corpus summary</title>")
                .append("<style>body{font:14px sans-serif;margin:2em;max-width:70em}table{border-collapse:collapse}")
                .append("td,th{border:1px solid #ccc;padding:2px 6px;text-align:left}td.n{text-align:right}")
                .append(".bar{background:#4a7;height:10px;display:inline-block}pre{white-space:pre-wrap;")
                .append("background:#f6f6f6;padding:4px;font-size:12px}</style></head><body>\n");
        JsonNode cov = s.get("execution_coverage");
        h.append("<h1>Reflux corpus summary</h1>\n<p>").append(s.get("records").asInt()).append(" records, engine ")
                .append(esc(s.path("engine").asText())).append(", ").append(s.path("wall_seconds").asText())
                .append(" s wall.</p>\n<h2>Execution coverage</h2>\n<p>").append(cov.get("match").asInt())
                .append(" records execute to their product: ").append(pctText(cov.get("share_of_records")))
                .append(" of all records, ").append(pctText(cov.get("share_of_stored")))
                .append(" of those with a stored product (").append(cov.get("with_stored_product").asInt())
                .append("), ").append(pctText(cov.get("share_of_comparable"))).append(" of comparable ones.</p>\n");
        h.append("<table><tr><th>verdict</th><th>records</th><th></th></tr>\n");
        int n = Math.max(1, s.get("records").asInt());
        s.get("verdicts").fields().forEachRemaining(e -> h.append("<tr><td>").append(esc(e.getKey()))
                .append("</td><td class=n>").append(e.getValue().asInt()).append("</td><td><span class=bar style=\"width:")
                .append(300 * e.getValue().asInt() / n).append("px\"></span></td></tr>\n"));
        h.append("</table>\n<h2>Finding codes</h2>\n<table><tr><th>code</th><th>severity</th><th>count</th><th></th></tr>\n");
        s.get("finding_codes").fields().forEachRemaining(e -> e.getValue().fields().forEachRemaining(f ->
                h.append("<tr><td>").append(esc(e.getKey())).append("</td><td>").append(esc(f.getKey()))
                        .append("</td><td class=n>").append(f.getValue().asInt())
                        .append("</td><td><span class=bar style=\"width:")
                        .append(Math.min(300, 300 * f.getValue().asInt() / n)).append("px\"></span></td></tr>\n")));
        h.append("</table>\n");
        if (s.get("failures").size() > 0) {
            h.append("<h2>Failures</h2>\n<table><tr><th>reason</th><th>records</th></tr>\n");
            s.get("failures").fields().forEachRemaining(e -> h.append("<tr><td>").append(esc(e.getKey()))
                    .append("</td><td class=n>").append(e.getValue().asInt()).append("</td></tr>\n"));
            h.append("</table>\n");
        }
        h.append("<h2>Yields stated vs computed</h2>\n").append(scatter(rows));
        h.append("<h2>Timings (ms per record)</h2>\n<table><tr><th>step</th><th>total</th><th>p50</th><th>p95</th>")
                .append("<th>max</th></tr>\n");
        s.get("timings_ms").fields().forEachRemaining(e -> h.append("<tr><td>").append(esc(e.getKey()))
                .append("</td><td class=n>").append(e.getValue().get("total").asText()).append("</td><td class=n>")
                .append(e.getValue().get("p50").asText()).append("</td><td class=n>").append(e.getValue().get("p95").asText())
                .append("</td><td class=n>").append(e.getValue().get("max").asText()).append("</td></tr>\n"));
        h.append("</table>\n<h2>Worst offenders</h2>\n<ol>\n");
        List<JsonNode> worst = worst(rows);
        for (JsonNode r : worst) {
            h.append("<li><a href=\"#row-").append(r.get("index").asInt()).append("\">").append(esc(r.get("id").asText()))
                    .append("</a>: ").append(count(r, "ERROR")).append(" errors, ").append(count(r, "WARNING"))
                    .append(" warnings</li>\n");
        }
        h.append("</ol>\n<h2>Rows of the worst offenders</h2>\n");
        for (JsonNode r : worst) {
            h.append("<h3 id=\"row-").append(r.get("index").asInt()).append("\">").append(esc(r.get("id").asText()))
                    .append(" (rows.jsonl line ").append(r.get("index").asInt() + 1).append(")</h3>\n<pre>")
                    .append(esc(r.toPrettyString())).append("</pre>\n");
        }
        return h.append("</body></html>\n").toString();
    }

    /** The rows with the most ERROR, then WARNING findings (ties in input order). */
    static List<JsonNode> worst(List<JsonNode> rows) {
        List<JsonNode> w = new ArrayList<>(rows);
        w.sort((a, b) -> {
            int c = Integer.compare(count(b, "ERROR"), count(a, "ERROR"));
            return c != 0 ? c : Integer.compare(count(b, "WARNING"), count(a, "WARNING"));
        });
        return w.subList(0, Math.min(WORST, w.size()));
    }

    private static int count(JsonNode r, String severity) {
        int n = 0;
        for (JsonNode f : r.path("findings")) {
            if (severity.equals(f.path("severity").asText())) {
                n++;
            }
        }
        return n;
    }

    private static String scatter(List<JsonNode> rows) {
        int size = 320;
        int pad = 30;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(size + 2 * pad).append("\" height=\"")
                .append(size + 2 * pad).append("\" role=\"img\" aria-label=\"stated against computed yield\">")
                .append("<rect x=\"").append(pad).append("\" y=\"").append(pad).append("\" width=\"").append(size)
                .append("\" height=\"").append(size).append("\" fill=\"none\" stroke=\"#999\"/>")
                .append("<line x1=\"").append(pad).append("\" y1=\"").append(pad + size).append("\" x2=\"")
                .append(pad + size).append("\" y2=\"").append(pad).append("\" stroke=\"#ccc\"/>");
        int points = 0;
        for (JsonNode r : rows) {
            for (JsonNode p : r.path("products")) {
                if (p.path("yield_stated").isNumber() && p.path("yield_computed").isNumber()) {
                    double x = Math.min(120, p.get("yield_stated").asDouble());
                    double y = Math.min(120, p.get("yield_computed").asDouble());
                    svg.append(String.format(Locale.ROOT, "<a href=\"#row-%d\"><circle cx=\"%.1f\" cy=\"%.1f\" r=\"2\" "
                            + "fill=\"#36c\" fill-opacity=\"0.5\"><title>%s</title></circle></a>",
                            r.get("index").asInt(), pad + x / 120 * size, pad + size - y / 120 * size,
                            esc(r.get("id").asText())));
                    points++;
                }
            }
        }
        svg.append("<text x=\"").append(pad).append("\" y=\"").append(size + 2 * pad - 5)
                .append("\" font-size=\"12\">stated yield % (0-120) →</text><text x=\"5\" y=\"20\" font-size=\"12\">")
                .append("computed yield % ↑</text></svg>");
        return "<p>" + points + " products with both a stated and a computed yield (diagonal: agreement).</p>\n"
                + svg + "\n";
    }

    private static String pctText(JsonNode share) {
        return String.format(Locale.ROOT, "%.1f %%", share.asDouble() * 100);
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
