package reflux.web;

import static reflux.report.Html.escape;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import reflux.extract.ChemuSpans;
import reflux.extract.Extraction;

/** The HTML of the web UI's own pages (the report itself is {@link reflux.report.ReportHtml}). Stateless. */
final class SitePages {

    private SitePages() {
    }

    /** A page with the report's style sheet, a header with the way home, and {@code body}. */
    static String shell(String title, String body) {
        StringBuilder sb = new StringBuilder();
        reflux.report.ReportHtml.head(sb, title);
        return sb.append("<body><header><h1>").append(escape(title)).append("</h1><nav><a href=\"/\">all routes</a>"
                + " · <a href=\"/extract\">extract</a></nav></header><main><section class=\"route\">").append(body)
                .append("</section></main></body></html>\n").toString();
    }

    /** A relative path with each segment percent-encoded (slashes kept). */
    static String encodePath(String rel) {
        StringBuilder sb = new StringBuilder();
        for (String seg : rel.split("/")) {
            if (sb.length() > 0) {
                sb.append('/');
            }
            sb.append(URLEncoder.encode(seg, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return sb.toString();
    }

    /**
     * The editor: the YAML in a textarea, the validation messages (each with its line) above it, and the two
     * actions; {@code done} is the outcome of a save or validation, or null.
     */
    static String editor(String rel, String text, String token, RouteEditor.Validation v, String done) {
        String enc = encodePath(rel);
        StringBuilder sb = new StringBuilder();
        sb.append("<p><a href=\"/route/").append(escape(enc)).append("\">report</a></p>");
        if (v != null && !v.valid()) {
            sb.append("<div class=\"problems\" id=\"problems\"><h3>").append(v.problems().size())
                    .append(" problem(s): not saved</h3><ul>");
            for (int i = 0; i < v.problems().size(); i++) {
                int line = v.lines().get(i);
                sb.append("<li class=\"msg\" data-line=\"").append(line).append("\"><b>line ").append(line)
                        .append("</b>: ").append(escape(v.problems().get(i))).append("</li>");
            }
            sb.append("</ul></div>");
        }
        if (done != null) {
            sb.append("<p class=\"ok-msg\" id=\"status\">").append(escape(done)).append("</p>");
        }
        sb.append("<form method=\"post\" action=\"/edit/").append(escape(enc)).append("\">")
                .append("<input type=\"hidden\" name=\"_token\" value=\"").append(escape(token)).append("\">")
                .append("<textarea name=\"yaml\" id=\"yaml\" spellcheck=\"false\">").append(escape(text))
                .append("</textarea><p><button type=\"submit\" name=\"action\" value=\"validate\" id=\"validate\">"
                        + "Validate</button> <button type=\"submit\" name=\"action\" value=\"save\" id=\"save\">"
                        + "Save and re-check</button> <span class=\"muted\">saved only when valid; atomically"
                        + " (temporary file, then one move)</span></p></form>");
        return shell("Edit " + rel, sb.toString());
    }

    /** Colours of the span labels (Okabe–Ito, light). */
    private static String colour(String label) {
        return switch (label) {
            case "STARTING_MATERIAL", "REAGENT_CATALYST" -> "#cde6f7";
            case "SOLVENT" -> "#d5f0e6";
            case "REACTION_PRODUCT", "OTHER_COMPOUND" -> "#fbe3c0";
            case "TEMPERATURE", "TIME" -> "#f3d6e8";
            case "YIELD_PERCENT", "YIELD_OTHER" -> "#fff3a3";
            case "EXAMPLE_LABEL" -> "#e4e7ec";
            default -> "#e9ddf7";
        };
    }

    /**
     * The extraction page: the form; the text with its spans highlighted next to the route files it gives (one per
     * example, or why none); and the ORD reaction of the text read as one paragraph.
     */
    static String extract(String text, String token, Extraction x, List<ChemuSpans.Labelled> spans, String json,
                          List<String> routes, List<String> messages) {
        StringBuilder sb = new StringBuilder();
        sb.append("<form method=\"post\" action=\"/extract\"><input type=\"hidden\" name=\"_token\" value=\"")
                .append(escape(token)).append("\"><p>Paste an experimental paragraph of a patent:</p>")
                .append("<textarea name=\"text\" id=\"text\" style=\"min-height:20vh\">").append(escape(text))
                .append("</textarea><p><button type=\"submit\" id=\"run\">Extract</button></p></form>");
        if (x != null) {
            sb.append("<div style=\"display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:16px\"><div>")
                    .append("<h3>Spans (").append(spans.size()).append(")</h3><p class=\"extracted\" id=\"spans\">");
            int at = 0;
            String t = x.text();
            for (ChemuSpans.Labelled l : spans) {
                if (l.span().start() < at) {
                    continue;
                }
                sb.append(escape(t.substring(at, l.span().start()))).append("<mark style=\"background:")
                        .append(colour(l.label())).append("\" title=\"").append(escape(l.label())).append("\">")
                        .append(escape(t.substring(l.span().start(), l.span().end()))).append("<sub>")
                        .append(escape(l.label().toLowerCase(Locale.ROOT).replace('_', ' '))).append("</sub></mark>");
                at = l.span().end();
            }
            sb.append(escape(t.substring(at))).append("</p></div><div id=\"routes\"><h3>Route files (")
                    .append(routes.size()).append(")</h3>");
            for (String m : messages) {
                sb.append("<p class=\"message\">").append(escape(m)).append("</p>");
            }
            for (String yaml : routes) {
                sb.append("<pre class=\"route-yaml\" style=\"max-height:60vh;overflow:auto\">").append(escape(yaml))
                        .append("</pre>");
            }
            sb.append("</div></div><h3>Open Reaction Database reaction</h3><pre id=\"ord\">")
                    .append(escape(json)).append("</pre>");
        }
        return shell("Extract", sb.toString());
    }
}
