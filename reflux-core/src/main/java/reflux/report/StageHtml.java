package reflux.report;

import static reflux.report.Html.escape;

import java.util.Locale;
import reflux.model.route.Charge;
import reflux.model.route.Operation;
import reflux.model.route.Outcome;
import reflux.model.route.Route;
import reflux.model.route.Stage;
import reflux.model.route.Step;
import reflux.model.run.Species;
import reflux.model.run.StageFinding;
import reflux.model.run.StageRun;

/** One stage of the HTML report: the scheme with its verdict, the charges and conditions, the outcomes. */
final class StageHtml {

    private final Depictions depictions;
    private final Route route;

    StageHtml(Depictions depictions, Route route) {
        this.depictions = depictions;
        this.route = route;
    }

    void stage(StringBuilder sb, Stage stage, StageRun run) {
        String verdict = run == null ? "NOT RUN" : run.verdict().name();
        sb.append("<section class=\"stage\" data-stage=\"").append(escape(stage.id())).append("\"><h3>Stage ")
                .append(escape(stage.id())).append(stage.name() == null ? "" : ": " + escape(stage.name()))
                .append(" <span class=\"verdict v-").append(verdict.toLowerCase(Locale.ROOT).replace(' ', '-'))
                .append("\">").append(verdict.replace('_', ' ')).append("</span></h3>");
        String rxn = ReportHtml.reactionSmiles(run, stage);
        String svg = rxn == null ? null : depictions.reaction(rxn).orElse(null);
        if (svg != null) {
            sb.append("<div class=\"scheme\">").append(svg).append("</div>");
        }
        if (run != null) {
            sb.append("<dl class=\"run\">");
            if (run.equation() != null) {
                sb.append("<dt>equation</dt><dd><code>").append(escape(run.equation())).append("</code></dd>");
            }
            sb.append("<dt>rules</dt><dd>").append(run.rules().isEmpty() ? "–" : escape(String.join(", ", run.rules())))
                    .append("</dd><dt>balance</dt><dd>").append(run.balanced() ? "atoms and charge balance"
                            : "<b>not balanced</b>").append(run.balanceNote() == null ? "" : " (" + escape(run.balanceNote())
                            + ")").append("</dd>");
            if (run.declared() != null) {
                sb.append("<dt>declared product</dt><dd>").append(escape(label(run.declared()))).append(" <span class=\"key\">")
                        .append(escape(run.declared().inchiKey())).append("</span></dd>");
            }
            if (!run.byProducts().isEmpty()) {
                sb.append("<dt>by-products</dt><dd>");
                for (Species s : run.byProducts()) {
                    long n = Math.round(s.coefficient());
                    sb.append(n == 1 ? "" : n + " ").append(ReportHtml.formula(s.formula())).append(s.substance() == null
                            ? "" : " (" + escape(s.substance()) + ")").append("; ");
                }
                sb.setLength(sb.length() - 2);
                sb.append("</dd>");
            }
            sb.append("</dl>");
            for (StageFinding f : run.findings()) {
                sb.append("<p class=\"sev-").append(f.code().defaultSeverity().name().toLowerCase(Locale.ROOT))
                        .append("\"><span class=\"sev\">").append(f.code().defaultSeverity()).append("</span> <code>")
                        .append(f.code()).append("</code> ").append(escape(f.message())).append("</p>");
            }
            if (!run.evidence().isEmpty()) {
                sb.append("<details><summary>evidence (").append(run.evidence().size()).append(")</summary><ul class=\"evidence\">");
                run.evidence().forEach(e -> sb.append("<li>").append(escape(e)).append("</li>"));
                sb.append("</ul></details>");
            }
        }
        charges(sb, stage);
        if (!stage.outcomes().isEmpty()) {
            sb.append("<p class=\"outcomes\"><b>Outcome</b>: ");
            for (Outcome o : stage.outcomes()) {
                sb.append(escape(ReportHtml.outcomeLine(o))).append(". ");
            }
            sb.append("</p>");
        }
        stage.notes().forEach(n -> sb.append("<p class=\"muted\">").append(escape(n)).append("</p>"));
        sb.append("</section>");
    }

    /** Per operation: step, type, conditions, and each charge with role and every amount as printed. */
    private void charges(StringBuilder sb, Stage stage) {
        sb.append("<table class=\"charges\"><thead><tr><th>step</th><th>operation</th><th>substance</th><th>role</th>"
                + "<th>amounts</th><th>conditions</th><th>as printed</th></tr></thead><tbody>");
        for (Object[] row : ReportHtml.rows(stage)) {
            Step step = (Step) row[0];
            Operation op = (Operation) row[1];
            String cond = op.conditions().printed();
            String quote = op.source().quote();
            if (op.charges().isEmpty()) {
                sb.append("<tr><td>").append(escape(step.id())).append("</td><td>").append(op.type().name()
                        .toLowerCase(Locale.ROOT)).append("</td><td colspan=\"3\" class=\"muted\">")
                        .append(escape(op.details())).append("</td><td>").append(escape(cond)).append("</td><td>")
                        .append(quote == null ? "" : "<q>" + escape(quote) + "</q>").append("</td></tr>");
                continue;
            }
            for (int i = 0; i < op.charges().size(); i++) {
                Charge c = op.charges().get(i);
                String cq = c.source().quote() != null ? c.source().quote() : i == 0 ? quote : null;
                sb.append("<tr><td>").append(i == 0 ? escape(step.id()) : "").append("</td><td>")
                        .append(i == 0 ? op.type().name().toLowerCase(Locale.ROOT) : "").append("</td><td>")
                        .append(escape(ReportHtml.chargeName(route, c)))
                        .append(c.assumed() == null ? "" : " <span class=\"assumed\" title=\"" + escape(c.assumed())
                                + "\">assumed</span>")
                        .append("</td><td>").append(c.role().name().toLowerCase(Locale.ROOT)).append("</td><td class=\"amt\">")
                        .append(escape(ReportHtml.amounts(c.amounts()))).append("</td><td>").append(i == 0 ? escape(cond) : "")
                        .append("</td><td>").append(cq == null ? "" : "<q>" + escape(cq) + "</q>").append("</td></tr>");
            }
        }
        sb.append("</tbody></table>");
    }

    private static String label(Species s) {
        return s.substance() != null ? s.substance() : s.formula();
    }
}
