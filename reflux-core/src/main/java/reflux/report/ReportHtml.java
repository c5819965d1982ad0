package reflux.report;

import static reflux.report.Html.escape;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import reflux.model.identity.Resolution;
import reflux.model.identity.ResolutionStatus;
import reflux.model.quantity.Quantity;
import reflux.model.route.Charge;
import reflux.model.route.Operation;
import reflux.model.route.Outcome;
import reflux.model.route.Route;
import reflux.model.route.Stage;
import reflux.model.route.Step;
import reflux.model.route.SubstanceRef;
import reflux.model.run.Species;
import reflux.model.run.StageRun;
import reflux.route.RouteStructures;
import reflux.scale.BatchSheet;

/**
 * The HTML view of {@link RouteCheck} results: one self-contained page (inline CSS and SVG, no script, no network)
 * with, per route, the substances drawn, and per variant the reaction scheme of each stage with its verdict,
 * charges, conditions and outcomes, the yields, the audit findings with their quotes, the green-metrics chart, the
 * mass-balance picture, the claim chart when there is one, and the scale-up sheet when one is given.
 *
 * <pre>{@code
 * ReportHtml html = new ReportHtml(new Depictions(512), RouteStructures.standard());
 * String page = html.page("Reflux report", List.of(new ReportHtml.Entry(RouteCheck.check().process(file), null)), null);
 * }</pre>
 *
 * Every string from a route, a patent or a claim file goes through {@link Html#escape}. Thread-safe when the
 * depictions and structures are (both standard ones are).
 */
public final class ReportHtml {

    /**
     * One route of a report.
     *
     * @param result the checked route
     * @param scale  the scale-up sheet for a target, or null
     */
    public record Entry(RouteCheck.Result result, BatchSheet scale) {
    }

    /**
     * Links of the web UI around a report (null in a standalone file).
     *
     * @param home the route list
     * @param edit the editor of this route
     */
    public record Links(String home, String edit) {
    }

    private final Depictions depictions;
    private final RouteStructures structures;

    public ReportHtml(Depictions depictions, RouteStructures structures) {
        this.depictions = depictions;
        this.structures = structures;
    }

    /** The whole page. */
    public String page(String title, List<Entry> entries, Links links) {
        StringBuilder sb = new StringBuilder(64 * 1024);
        head(sb, title);
        sb.append("<body><header><h1>").append(escape(title)).append("</h1>");
        if (links != null) {
            sb.append("<nav><a href=\"").append(escape(links.home())).append("\">all routes</a>");
            if (links.edit() != null) {
                sb.append(" · <a id=\"edit-link\" href=\"").append(escape(links.edit())).append("\">edit YAML</a>");
            }
            sb.append("</nav>");
        }
        if (entries.size() > 1) {
            sb.append("<nav class=\"toc\">");
            for (int i = 0; i < entries.size(); i++) {
                RouteCheck.Result r = entries.get(i).result();
                sb.append("<a href=\"#route-").append(i).append("\">")
                        .append(escape(r.routeId() == null ? r.file().toString() : r.routeId())).append("</a> ");
            }
            sb.append("</nav>");
        }
        sb.append("</header><main>");
        for (int i = 0; i < entries.size(); i++) {
            route(sb, i, entries.get(i));
        }
        sb.append("</main><footer>Reflux report · drawings by CDK · every figure from the route file and its audit"
                + "</footer></body></html>\n");
        return sb.toString();
    }

    /** The page head: charset, viewport and the inline style sheet (system fonts only). */
    public static void head(StringBuilder sb, String title) {
        sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><link rel=\"icon\" href=\"data:,\"><title>")
                .append(escape(title)).append("</title><style>").append(ReportStyle.CSS).append("</style></head>");
    }

    private void route(StringBuilder sb, int index, Entry entry) {
        RouteCheck.Result r = entry.result();
        Route route = r.route();
        sb.append("<section class=\"route\" id=\"route-").append(index).append("\"><h2>")
                .append(escape(route == null ? r.file().toString() : route.title() == null ? route.id() : route.title()))
                .append("</h2><p class=\"meta\"><code>").append(escape(r.file().toString())).append("</code> · route <code>")
                .append(escape(r.routeId())).append("</code> · <span class=\"status st-").append(escape(r.status()))
                .append("\">").append(escape(r.status())).append("</span>");
        if (route != null && !route.documents().isEmpty()) {
            sb.append(" · document ").append(escape(String.join(", ", route.documents())));
        }
        sb.append(" · ").append(r.count(reflux.model.finding.Severity.ERROR)).append(" error(s), ")
                .append(r.count(reflux.model.finding.Severity.WARNING)).append(" warning(s)</p>");
        if (!r.problems().isEmpty()) {
            sb.append("<div class=\"problems\"><h3>Problems with the file</h3><ul>");
            r.problems().forEach(p -> sb.append("<li><code>").append(escape(p)).append("</code></li>"));
            sb.append("</ul></div>");
        }
        if (route == null) {
            sb.append("</section>");
            return;
        }
        if (!route.notes().isEmpty()) {
            sb.append("<ul class=\"notes\">");
            route.notes().forEach(n -> sb.append("<li>").append(escape(n)).append("</li>"));
            sb.append("</ul>");
        }
        substances(sb, route);
        for (RouteCheck.VariantResult v : r.variants()) {
            variant(sb, route, r, v);
        }
        if (entry.scale() != null) {
            sb.append("<h3>Scale-up</h3>");
            ReportTables.scale(sb, entry.scale());
        }
        sb.append("</section>");
    }

    /** Every substance of the route: a drawing for each that resolved, the reason for each that did not. */
    private void substances(StringBuilder sb, Route route) {
        Map<String, Resolution> res = structures.resolve(route, null);
        sb.append("<details class=\"substances\" open><summary><h3>Substances (").append(route.substances().size())
                .append(")</h3></summary><div class=\"cards\">");
        for (SubstanceRef s : route.substances()) {
            Resolution r = res.get(s.id());
            boolean ok = r != null && r.status() == ResolutionStatus.RESOLVED && r.smiles() != null;
            sb.append("<figure class=\"card").append(ok ? " resolved" : "").append("\" data-substance=\"")
                    .append(escape(s.id())).append("\">");
            String svg = ok ? depictions.structure(r.smiles()).orElse(null) : null;
            if (svg != null) {
                sb.append("<div class=\"mol\">").append(svg).append("</div>");
            } else {
                sb.append("<div class=\"mol none\">").append(ok ? "no drawing: " + escape(r.smiles())
                        : "not resolved" + (r == null || r.message() == null ? "" : ": " + escape(r.message())))
                        .append("</div>");
            }
            sb.append("<figcaption><b>").append(escape(s.name())).append("</b><br><code>").append(escape(s.id()))
                    .append("</code>");
            if (ok) {
                sb.append(" · ").append(formula(r.formula())).append(r.molarMass() == null ? ""
                        : String.format(Locale.ROOT, " · %.2f g/mol", r.molarMass()))
                        .append("<br><span class=\"key\">").append(escape(r.inchiKey())).append("</span>");
            }
            sb.append("</figcaption></figure>");
        }
        sb.append("</div></details>");
    }

    private void variant(StringBuilder sb, Route route, RouteCheck.Result r, RouteCheck.VariantResult v) {
        sb.append("<div class=\"variant\">");
        if (v.variant() != null) {
            sb.append("<h3 class=\"vhead\">Variant <code>").append(escape(v.variant().id())).append("</code>")
                    .append(v.variant().description() == null ? "" : ": " + escape(v.variant().description()))
                    .append("</h3>");
        }
        if (v.error() != null) {
            sb.append("<p class=\"error\">").append(escape(v.error())).append("</p>");
        }
        List<String> stageIds = v.variant() == null || v.variant().stages().isEmpty()
                ? route.stages().stream().map(Stage::id).toList() : v.variant().stages();
        for (String id : stageIds) {
            Stage stage = route.stage(id).orElse(null);
            if (stage == null) {
                continue;
            }
            StageRun run = v.run() == null ? null
                    : v.run().stages().stream().filter(s -> s.stageId().equals(id)).findFirst().orElse(null);
            new StageHtml(depictions, route).stage(sb, stage, run);
        }
        if (v.audit() != null) {
            sb.append("<h3>Yields</h3>");
            ReportTables.yields(sb, v.audit());
            sb.append("<h3>Green metrics</h3><div class=\"chartbox\">").append(ReportCharts.pmi(v.audit().metrics()))
                    .append("</div>");
            ReportTables.metrics(sb, v.audit());
            sb.append("<h3>Mass balance</h3><div class=\"chartbox\">")
                    .append(ReportCharts.massBalance(v.audit().massBalance())).append("</div>");
            ReportTables.massBalance(sb, v.audit());
            sb.append("<h3>Audit findings</h3>");
            List<reflux.model.finding.Finding> all = new ArrayList<>(v.audit().findings());
            if (v == r.variants().get(0)) {
                all.addAll(0, r.findings());
            }
            ReportTables.findings(sb, all, r::locate, true);
        }
        if (v.claims().chart() != null) {
            sb.append("<h3>Claim chart against ").append(escape(v.claims().chart().document())).append("</h3>");
            ReportTables.claims(sb, v.claims().chart());
        }
        sb.append("</div>");
    }

    /** A Hill formula with its digits as subscripts. */
    static String formula(String f) {
        return f == null ? "" : escape(f).replaceAll("(\\d+)", "<sub>$1</sub>");
    }

    /**
     * The stage's scheme as reaction SMILES {@code reactants>agents>products}: the stage's declared reactants on the
     * left, every other species consumed (reagents: silylating agents, PCl5, water) above the arrow as a chemist
     * writes them, the products on the right; null without a run. When no input is a declared reactant all stand left.
     */
    static String reactionSmiles(StageRun run, Stage stage) {
        if (run == null || run.inputs().isEmpty() || run.products().isEmpty()) {
            return null;
        }
        List<Species> inputs = run.inputs().stream().filter(s -> s.smiles() != null && !s.smiles().isBlank()).toList();
        List<Species> left = inputs.stream().filter(s -> s.substance() != null
                && stage.reactants().contains(s.substance())).toList();
        List<Species> above = left.isEmpty() ? List.of() : inputs.stream().filter(s -> !left.contains(s)).toList();
        String in = (left.isEmpty() ? inputs : left).stream().map(Species::smiles).collect(Collectors.joining("."));
        String agents = above.stream().map(Species::smiles).distinct().collect(Collectors.joining("."));
        String out = run.products().stream().map(Species::smiles).filter(s -> s != null && !s.isBlank())
                .collect(Collectors.joining("."));
        return in.isEmpty() || out.isEmpty() ? null : in + ">" + agents + ">" + out;
    }

    /** Every amount of a charge or outcome as printed. */
    static String amounts(List<Quantity> qs) {
        return qs.stream().map(Quantity::toString).collect(Collectors.joining(", "));
    }

    /** Used by {@link StageHtml}. */
    static List<Object[]> rows(Stage stage) {
        List<Object[]> rows = new ArrayList<>();
        for (Step step : stage.steps()) {
            for (Operation op : step.operations()) {
                rows.add(new Object[] {step, op});
            }
        }
        return rows;
    }

    /** Used by {@link StageHtml}. */
    static String outcomeLine(Outcome o) {
        return o.id() + (o.substance() == null ? "" : " (" + o.substance() + ")") + (o.isolated() ? ", isolated" : "")
                + (o.amounts().isEmpty() ? "" : ": " + amounts(o.amounts()))
                + (o.statedYield() == null ? "" : "; stated yield " + o.statedYield());
    }

    /** Used by {@link StageHtml}. */
    static String chargeName(Route route, Charge c) {
        if (c.substance() != null) {
            return route.substance(c.substance()).map(SubstanceRef::name).orElse(c.substance());
        }
        return "from " + c.from();
    }
}
