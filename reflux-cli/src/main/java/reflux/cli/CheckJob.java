package reflux.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import reflux.audit.AuditReport;
import reflux.audit.Auditor;
import reflux.engine.Executor;
import reflux.model.finding.Finding;
import reflux.model.finding.Severity;
import reflux.model.run.RunResult;
import reflux.route.io.RouteLoad;
import reflux.route.io.RouteProblem;
import reflux.route.io.RouteReader;

/**
 * The main job for one route file: read it ({@link RouteReader}), optionally execute it ({@link Executor}), audit it
 * ({@link Auditor}). Shared by {@code reflux audit}, {@code reflux check} and {@code reflux bench check}.
 * Thread-safe when the engine and auditor are.
 */
final class CheckJob {

    /** What happened to one file. */
    record Result(Path file, String status, String routeId, List<String> problems, RunResult run, AuditReport audit,
                  String error) {

        boolean unreadable() {
            return "unreadable".equals(status);
        }

        boolean invalid() {
            return "invalid".equals(status);
        }

        /** Worst severity of the audit, or null. */
        Severity worst() {
            if (audit == null) {
                return null;
            }
            Severity worst = null;
            for (Finding f : audit.findings()) {
                if (worst == null || f.severity().ordinal() < worst.ordinal()) {
                    worst = f.severity();
                }
            }
            return worst;
        }

        /** The JSON shape of one file's result. */
        Map<String, Object> json() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", file.toString());
            m.put("status", status);
            m.put("route", routeId);
            if (!problems.isEmpty()) {
                m.put("problems", problems);
            }
            if (error != null) {
                m.put("error", error);
            }
            if (run != null) {
                m.put("run", run);
            }
            if (audit != null) {
                m.put("audit", audit);
            }
            return m;
        }
    }

    private final RouteReader reader = new RouteReader();
    private final boolean execute;

    CheckJob(boolean execute) {
        this.execute = execute;
    }

    Result process(Path file) {
        RouteLoad load = reader.read(file);
        if (!load.isOk()) {
            List<String> problems = new ArrayList<>();
            for (RouteProblem p : load.problems()) {
                problems.add(p.format());
            }
            return new Result(file, load.readable() ? "invalid" : "unreadable", null, problems, null, null, null);
        }
        RunResult run = null;
        String error = null;
        if (execute) {
            try {
                run = Executor.standard().run(load.route(), null);
            } catch (RuntimeException e) {
                // the audit still runs without the execution; the result says why it is missing
                error = "execution failed: " + e;
            }
        }
        AuditReport audit = Auditor.standard().audit(load.route(), run);
        return new Result(file, "ok", load.route().id(), List.of(), run, audit, error);
    }
}
