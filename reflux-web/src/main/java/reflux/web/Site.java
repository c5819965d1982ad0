package reflux.web;

import static reflux.report.Html.escape;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import reflux.extract.ChemuSpans;
import reflux.extract.Extraction;
import reflux.extract.OrdJson;
import reflux.extract.ParagraphExtractor;
import reflux.extract.patent.PatentExtraction;
import reflux.extract.patent.PatentExtractor;
import reflux.route.io.RouteWriter;
import reflux.identity.NameResolver;
import reflux.model.finding.Severity;
import reflux.report.Depictions;
import reflux.report.ReportHtml;
import reflux.report.RouteCheck;
import reflux.route.RouteStructures;
import reflux.route.RouteValidator;

/**
 * The pages of the web UI over one root: the route list with check status, a route's report, the YAML editor
 * (validate, save atomically, re-check) and the extraction of pasted patent text. Holds the one engine, resolver,
 * extractor and the bounded caches every request shares. Thread-safe.
 */
final class Site {

    /** A response: status, content type, body, and a redirect location or null. */
    record Page(int status, String contentType, String body, String location) {

        static Page html(int status, String body) {
            return new Page(status, "text/html; charset=utf-8", body, null);
        }

        static Page error(int status, String message) {
            return html(status, SitePages.shell("Error " + status, "<p class=\"error\" id=\"error\">" + status + ": "
                    + escape(message) + "</p><p><a href=\"/\">all routes</a></p>"));
        }
    }

    private final PathGuard guard;
    private final String token;
    private final RouteCheck check = RouteCheck.check();
    private final RouteEditor editor = new RouteEditor(RouteValidator.standard());
    private final ReportHtml html = new ReportHtml(new Depictions(2048), RouteStructures.standard());
    private final RouteCache<RouteCheck.Result> checks = new RouteCache<>(128);
    private final RouteCache<String> reports = new RouteCache<>(32);
    private final ParagraphExtractor extractor = ParagraphExtractor.standard();
    private final ChemuSpans spans = new ChemuSpans();
    private final OrdJson ord = new OrdJson(NameResolver.standard()::resolve);
    private final PatentExtractor patents = new PatentExtractor(extractor, RouteStructures.standard());
    private final RouteWriter routeWriter = new RouteWriter();

    Site(PathGuard guard, String token) {
        this.guard = guard;
        this.token = token;
    }

    Page dispatch(String method, String rawPath, Map<String, String> form) {
        try {
            if (rawPath.equals("/")) {
                return method.equals("GET") ? list() : Page.error(405, "POST is not accepted here");
            }
            if (rawPath.equals("/extract")) {
                return extract(method.equals("POST") ? form.getOrDefault("text", "") : null);
            }
            if (rawPath.startsWith("/route/")) {
                if (!method.equals("GET")) {
                    return Page.error(405, "a report is read with GET");
                }
                PathGuard.Result r = guard.resolve(rawPath.substring("/route/".length()), true);
                return r.ok() ? report(r) : Page.error(r.status(), r.reason());
            }
            if (rawPath.startsWith("/edit/")) {
                PathGuard.Result r = guard.resolve(rawPath.substring("/edit/".length()), true);
                if (!r.ok()) {
                    return Page.error(r.status(), r.reason());
                }
                return method.equals("GET") ? edit(r) : save(r, form);
            }
            return Page.error(404, "no page " + rawPath);
        } catch (IOException e) {
            return Page.error(500, "cannot read the route: " + e.getMessage());
        }
    }

    /** The check result of a route's current version (cached). */
    RouteCheck.Result checked(Path file) throws IOException {
        return checks.get(file, check::process);
    }

    /** The report page of a route's current version (cached). */
    String reportPage(PathGuard.Result r) throws IOException {
        return reports.get(r.file(), f -> {
            try {
                RouteCheck.Result res = checked(f);
                return html.page("Reflux · " + r.relative(), List.of(new ReportHtml.Entry(res, null)),
                        new ReportHtml.Links("/", "/edit/" + r.relative()));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /** Reports held in the cache (bench). */
    int cachedReports() {
        return reports.size();
    }

    private Page report(PathGuard.Result r) throws IOException {
        return Page.html(200, reportPage(r));
    }

    /** Every route file under the root (hidden files and staged edits left out), relative paths sorted. */
    List<PathGuard.Result> routes() throws IOException {
        List<PathGuard.Result> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(guard.root(), 4)) {
            for (Path p : s.sorted().toList()) {
                String name = p.getFileName().toString();
                String lower = name.toLowerCase(Locale.ROOT);
                if (name.startsWith(".") || !(lower.endsWith(".yaml") || lower.endsWith(".yml"))) {
                    continue;
                }
                String rel = guard.root().relativize(p).toString().replace('\\', '/');
                PathGuard.Result r = guard.resolve(SitePages.encodePath(rel), true);
                if (r.ok()) {
                    out.add(r);
                }
            }
        }
        return out;
    }

    private Page list() throws IOException {
        StringBuilder sb = new StringBuilder("<table class=\"routes\"><thead><tr><th>route file</th><th>route</th>"
                + "<th>title</th><th>check</th><th>errors</th><th>warnings</th><th></th></tr></thead><tbody>");
        for (PathGuard.Result r : routes()) {
            RouteCheck.Result c = checked(r.file());
            String enc = SitePages.encodePath(r.relative());
            String status = c.unreadable() ? "unreadable" : c.count(Severity.ERROR) > 0 ? "errors" : c.status();
            sb.append("<tr><td><a href=\"/route/").append(escape(enc)).append("\">").append(escape(r.relative()))
                    .append("</a></td><td><code>").append(escape(c.routeId())).append("</code></td><td>")
                    .append(escape(c.route() == null ? "" : c.route().title())).append("</td><td><span class=\"status st-")
                    .append(escape(status)).append("\">").append(escape(status)).append("</span></td><td>")
                    .append(c.count(Severity.ERROR)).append("</td><td>").append(c.count(Severity.WARNING))
                    .append("</td><td><a href=\"/edit/").append(escape(enc)).append("\">edit</a></td></tr>");
        }
        sb.append("</tbody></table><p><a href=\"/extract\">extract a patent paragraph</a></p>");
        return Page.html(200, SitePages.shell("Reflux routes · " + guard.root().getFileName(), sb.toString()));
    }

    private Page edit(PathGuard.Result r) throws IOException {
        String text = Files.readString(r.file(), StandardCharsets.UTF_8);
        return Page.html(200, SitePages.editor(r.relative(), text, token, null, null));
    }

    private Page save(PathGuard.Result r, Map<String, String> form) throws IOException {
        String text = form.get("yaml");
        if (text == null) {
            return Page.error(400, "the form has no 'yaml' field");
        }
        // browsers submit a textarea with CRLF line breaks; route files keep LF
        text = text.replace("\r\n", "\n");
        boolean commit = "save".equals(form.get("action"));
        Path staged = editor.stage(r.file(), text);
        RouteEditor.Validation v;
        try {
            v = editor.validate(staged, r.relative());
            if (v.valid() && commit) {
                editor.commit(staged, r.file());
            }
        } finally {
            editor.discard(staged);
        }
        if (!v.valid()) {
            // 200, not 422: the page is the editor with its messages, as after any other validation
            return Page.html(200, SitePages.editor(r.relative(), text, token, v, null));
        }
        if (!commit) {
            return Page.html(200, SitePages.editor(r.relative(), text, token, v, "valid: not saved yet"));
        }
        RouteCheck.Result c = checked(r.file());
        String summary = "saved and re-checked: " + c.status() + ", " + c.count(Severity.ERROR) + " error(s), "
                + c.count(Severity.WARNING) + " warning(s)";
        return Page.html(200, SitePages.editor(r.relative(), text, token, v, summary));
    }

    private Page extract(String text) {
        if (text == null) {
            return Page.html(200, SitePages.extract("", token, null, List.of(), null, List.of(), List.of()));
        }
        Extraction x = extractor.extract(text);
        String json = ord.reaction("pasted", x).toPrettyString();
        PatentExtraction p = patents.extract("pasted", text);
        List<String> routes = p.routes().stream().map(routeWriter::toYaml).toList();
        return Page.html(200, SitePages.extract(text, token, x, spans.of(x), json, routes, p.messages()));
    }
}
