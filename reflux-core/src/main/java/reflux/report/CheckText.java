package reflux.report;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import reflux.audit.AuditText;
import reflux.model.finding.Severity;
import reflux.model.run.StageRun;
import reflux.text.TerminalText;

/**
 * The text view of {@link RouteCheck} results, as {@code reflux audit/check} print it: per file its validation
 * findings, then per variant the run and the audit. Control characters in route data are escaped.
 */
public final class CheckText {

    private CheckText() {
    }

    /** Per file: its validation findings, then per variant (a section each) the run and the audit. */
    public static void text(PrintWriter out, List<RouteCheck.Result> results, boolean withInfo) {
        for (RouteCheck.Result r : results) {
            file(out, r, withInfo);
        }
        if (results.size() > 1) {
            int unreadable = 0;
            int[] counts = new int[Severity.values().length];
            for (RouteCheck.Result r : results) {
                if (r.unreadable()) {
                    unreadable++;
                    continue;
                }
                r.allFindings().forEach(f -> counts[f.severity().ordinal()]++);
            }
            out.println(summary(results.size(), unreadable, counts[Severity.ERROR.ordinal()],
                    counts[Severity.WARNING.ordinal()], counts[Severity.INFO.ordinal()]));
        }
    }

    /** One file's section: its validation findings, then per variant the run and the audit. */
    public static void file(PrintWriter out, RouteCheck.Result r, boolean withInfo) {
        out.println("== " + t(r.file().toString()) + (r.routeId() == null ? "" : " (" + t(r.routeId()) + ")"));
        if (r.unreadable()) {
            out.println("  " + r.status() + ":");
            r.problems().forEach(p -> out.println("    " + t(p)));
            return;
        }
        if (!r.findings().isEmpty()) {
            out.println("  " + r.status() + ": " + r.findings().size() + " problem(s)");
            r.findings().forEach(f -> out.print(AuditText.finding(f)));
        }
        for (RouteCheck.VariantResult v : r.variants()) {
            variant(out, v, withInfo, r::locate);
        }
    }

    /** The line across several files: how many, how many unreadable, and the findings by severity. */
    public static String summary(int files, int unreadable, int errors, int warnings, int infos) {
        return "== " + files + " file(s)" + (unreadable > 0 ? ", " + unreadable + " unreadable" : "")
                + ": " + errors + " error(s), " + warnings + " warning(s), " + infos + " info";
    }

    /** Route data as printed: control characters escaped. */
    private static String t(String s) {
        return TerminalText.escape(s);
    }

    private static void variant(PrintWriter out, RouteCheck.VariantResult v, boolean withInfo,
                                java.util.function.Function<String, java.util.Optional<String>> locate) {
        if (v.variant() != null) {
            out.println("-- variant " + t(v.variant().id())
                    + (v.variant().description() == null ? "" : ": " + t(v.variant().description())));
        }
        if (v.error() != null) {
            out.println("  " + t(v.error()));
        }
        if (v.run() != null) {
            out.println("  Run");
            for (StageRun s : v.run().stages()) {
                out.println("    stage " + t(s.stageId()) + ": " + s.verdict().name().toLowerCase(Locale.ROOT)
                        + (s.equation() == null ? "" : "\n      " + t(s.equation())));
                // one line per rule application (the engine's evidence says how often and whether it balanced)
                s.evidence().stream().filter(e -> e.startsWith("rule ") && e.contains(" applied "))
                        .forEach(e -> out.println("      " + t(e)));
            }
        }
        out.print(AuditText.render(v.audit(), withInfo, locate));
        if (!v.claims().findings().isEmpty()) {
            out.println("  Claims" + (v.claims().chart() == null ? "" : " of " + v.claims().chart().document()));
            v.claims().findings().forEach(f -> out.println("    " + f.severity() + " " + f.code() + " " + t(f.message())));
        }
    }
}
