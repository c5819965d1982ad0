package reflux.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import reflux.audit.AuditJson;
import reflux.audit.AuditText;
import reflux.model.finding.Severity;
import reflux.model.run.StageRun;
import reflux.text.TerminalText;

/** Prints the results of {@code reflux audit/check} as one JSON document or as readable text, and the exit code. */
final class AuditOutput {

    /** --fail-on levels. */
    enum FailOn { ERROR, WARNING, INFO, NEVER }

    private AuditOutput() {
    }

    /** What one file's section holds: the readable text (with or without INFO findings) or its JSON document. */
    enum Mode { TEXT, BRIEF, JSON }

    /**
     * One file's share of the report, as printed: whether it was unreadable, its located problems (for stderr), its
     * findings by severity and the worst, and its section (text, or the file's JSON document). What the check memo
     * stores; the report is always printed from these, memoized or not, so both print the same bytes.
     */
    record FileReport(boolean unreadable, List<String> problems, int errors, int warnings, int infos, Severity worst,
                      String section) {
        FileReport {
            problems = List.copyOf(problems);
        }
    }

    /** The file's report in {@code mode}. */
    static FileReport report(CheckJob.Result r, Mode mode) throws JsonProcessingException {
        String section;
        if (mode == Mode.JSON) {
            section = AuditJson.mapper().writeValueAsString(r.json());
        } else {
            StringWriter w = new StringWriter();
            PrintWriter out = new PrintWriter(w);
            text(out, r, mode == Mode.TEXT);
            out.flush();
            section = w.toString();
        }
        return new FileReport(r.unreadable(), r.problems(), (int) r.count(Severity.ERROR),
                (int) r.count(Severity.WARNING), (int) r.count(Severity.INFO), r.worst(), section);
    }

    /**
     * 3 when a file could not be read at all; 1 when a finding (of any variant, or a ROUTE_INVALID one of the file)
     * is at or above {@code failOn}; else 0.
     */
    static int exitCode(List<FileReport> results, FailOn failOn) {
        boolean unreadable = results.stream().anyMatch(FileReport::unreadable);
        if (unreadable) {
            return ExitCode.INPUT;
        }
        boolean findings = failOn != FailOn.NEVER && results.stream().anyMatch(r -> r.worst() != null
                && r.worst().ordinal() <= Severity.valueOf(failOn.name()).ordinal());
        return findings ? ExitCode.FINDINGS : ExitCode.OK;
    }

    /** One JSON document: the files' documents ({@link Mode#JSON} sections) and a summary. */
    static void json(PrintWriter out, String command, List<FileReport> results, int exit)
            throws JsonProcessingException {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("schema", "reflux." + command + "/1");
        List<Object> routes = new ArrayList<>();
        int[] counts = new int[3];
        for (FileReport r : results) {
            routes.add(AuditJson.mapper().readTree(r.section()));
            counts[0] += r.errors();
            counts[1] += r.warnings();
            counts[2] += r.infos();
        }
        doc.put("routes", routes);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("files", results.size());
        summary.put("errors", counts[0]);
        summary.put("warnings", counts[1]);
        summary.put("infos", counts[2]);
        summary.put("exitCode", exit);
        doc.put("summary", summary);
        out.println(AuditJson.mapper().writeValueAsString(doc));
    }

    /** The files' text sections ({@link Mode#TEXT} or {@link Mode#BRIEF}), then a summary line when several. */
    static void text(PrintWriter out, List<FileReport> results) {
        results.forEach(r -> out.print(r.section()));
        if (results.size() > 1) {
            summary(out, results);
        }
    }

    /** One file: its validation findings, then per variant (a section each) the run and the audit. */
    private static void text(PrintWriter out, CheckJob.Result r, boolean withInfo) {
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
        for (CheckJob.VariantResult v : r.variants()) {
            variant(out, v, withInfo, r::locate);
        }
    }

    /** One line across all files: how many, how many unreadable, and the findings by severity. */
    private static void summary(PrintWriter out, List<FileReport> results) {
        int unreadable = 0;
        int[] counts = new int[3];
        for (FileReport r : results) {
            if (r.unreadable()) {
                unreadable++;
                continue;
            }
            counts[0] += r.errors();
            counts[1] += r.warnings();
            counts[2] += r.infos();
        }
        out.println("== " + results.size() + " file(s)" + (unreadable > 0 ? ", " + unreadable + " unreadable" : "")
                + ": " + counts[0] + " error(s), " + counts[1] + " warning(s), " + counts[2] + " info");
    }

    /** Route data as printed: control characters escaped. */
    private static String t(String s) {
        return TerminalText.escape(s);
    }

    private static void variant(PrintWriter out, CheckJob.VariantResult v, boolean withInfo,
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
