package reflux.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import reflux.audit.AuditJson;
import reflux.model.finding.Severity;

/** The JSON view of {@link RouteCheck} results: one document for all files ({@code reflux.check/1}). */
public final class CheckJson {

    private CheckJson() {
    }

    /** Prints one document for {@code results} of {@code command} (audit or check) with its exit code. */
    public static void json(PrintWriter out, String command, List<RouteCheck.Result> results, int exit)
            throws JsonProcessingException {
        List<Object> routes = new ArrayList<>();
        int[] counts = new int[Severity.values().length];
        for (RouteCheck.Result r : results) {
            routes.add(r.json());
            for (Severity s : Severity.values()) {
                counts[s.ordinal()] += (int) r.count(s);
            }
        }
        document(out, command, routes, counts[Severity.ERROR.ordinal()], counts[Severity.WARNING.ordinal()],
                counts[Severity.INFO.ordinal()], exit);
    }

    /**
     * Prints one document of {@code command} from the files' documents ({@code routes}, each {@link RouteCheck.Result#json}
     * or that read back) with the summary counts and the exit code.
     */
    public static void document(PrintWriter out, String command, List<?> routes, int errors, int warnings, int infos,
                                int exit) throws JsonProcessingException {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("schema", "reflux." + command + "/1");
        doc.put("routes", routes);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("files", routes.size());
        summary.put("errors", errors);
        summary.put("warnings", warnings);
        summary.put("infos", infos);
        summary.put("exitCode", exit);
        doc.put("summary", summary);
        out.println(AuditJson.mapper().writeValueAsString(doc));
    }
}
