package reflux.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import reflux.audit.AuditJson;
import reflux.model.finding.Severity;
import reflux.report.CheckJson;
import reflux.report.CheckText;
import reflux.report.RouteCheck;

/**
 * The report of {@code reflux audit/check} as printed, one file's share at a time ({@link FileReport}, what the check
 * memo stores), and the exit code. The views themselves are {@link CheckText} and {@link CheckJson}.
 */
final class AuditOutput {

    /** --fail-on levels. */
    enum FailOn { ERROR, WARNING, INFO, NEVER }

    /** What one file's section holds: the readable text (with or without INFO findings) or its JSON document. */
    enum Mode { TEXT, BRIEF, JSON }

    private AuditOutput() {
    }

    /**
     * One file's share of the report, as printed: whether it was unreadable, its located problems (for stderr), its
     * findings by severity and the worst, and its section (text, or the file's JSON document). The report is always
     * printed from these, memoized or not, so both print the same bytes.
     */
    record FileReport(boolean unreadable, List<String> problems, int errors, int warnings, int infos, Severity worst,
                      String section) {
        FileReport {
            problems = List.copyOf(problems);
        }
    }

    /** The file's report in {@code mode}. */
    static FileReport report(RouteCheck.Result r, Mode mode) throws JsonProcessingException {
        String section;
        if (mode == Mode.JSON) {
            section = AuditJson.mapper().writeValueAsString(r.json());
        } else {
            StringWriter w = new StringWriter();
            PrintWriter out = new PrintWriter(w);
            CheckText.file(out, r, mode == Mode.TEXT);
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
        List<Object> routes = new ArrayList<>();
        int[] counts = new int[3];
        for (FileReport r : results) {
            routes.add(AuditJson.mapper().readTree(r.section()));
            counts[0] += r.errors();
            counts[1] += r.warnings();
            counts[2] += r.infos();
        }
        CheckJson.document(out, command, routes, counts[0], counts[1], counts[2], exit);
    }

    /** The files' text sections ({@link Mode#TEXT} or {@link Mode#BRIEF}), then a summary line when several. */
    static void text(PrintWriter out, List<FileReport> results) {
        results.forEach(r -> out.print(r.section()));
        if (results.size() > 1) {
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
            out.println(CheckText.summary(results.size(), unreadable, counts[0], counts[1], counts[2]));
        }
    }
}
