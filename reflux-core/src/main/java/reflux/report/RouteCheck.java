package reflux.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import reflux.audit.AuditReport;
import reflux.audit.Auditor;
import reflux.engine.Executor;
import reflux.model.finding.Finding;
import reflux.model.finding.FindingCode;
import reflux.model.finding.Severity;
import reflux.model.route.Route;
import reflux.model.route.Variant;
import reflux.model.run.RunResult;
import reflux.route.RouteValidator;
import reflux.route.io.RouteLoad;
import reflux.route.io.RouteProblem;
import reflux.route.io.RouteReader;

/**
 * The main job for one route file. {@code reflux check} ({@link #check()}) validates it as {@code reflux validate}
 * does ({@link RouteValidator}: schema, units, references, every substance resolves), then executes ({@link Executor})
 * and audits ({@link Auditor}) every variant of the route, or the route itself when it has none; {@code reflux audit}
 * ({@link #audit()}) reads and audits the file as written, without execution. Every problem with the file becomes a
 * {@link FindingCode#ROUTE_INVALID} finding carrying the located message, so the exit code follows from it like
 * from any other finding. Shared by {@code reflux audit}, {@code reflux check} and {@code reflux bench check}.
 * Thread-safe when the engine, auditor and validator are. The one result model the text ({@link CheckText}), JSON
 * ({@link CheckJson}) and HTML ({@link ReportHtml}) views render.
 */
public final class RouteCheck {

    /**
     * The execution and audit of one variant of a route.
     *
     * @param variant the variant, or null for a route without variants (or {@code reflux audit})
     * @param run     the execution, or null when not executed or when execution failed
     * @param audit   the audit of the route under this variant's run
     * @param error   why the execution is missing, or null
     * @param claims  the claim chart against the route's own document and its findings (check only)
     */
    public record VariantResult(Variant variant, RunResult run, AuditReport audit, String error, ClaimFindings.Charted claims) {

        VariantResult(Variant variant, RunResult run, AuditReport audit, String error) {
            this(variant, run, audit, error, new ClaimFindings.Charted(null, List.of()));
        }

        /** The variant's id, or null. */
        public String variantId() {
            return variant == null ? null : variant.id();
        }

        /**
         * The JSON fields of this variant's result (without the variant id for a route without variants), with
         * {@code locations}: each finding path of the audit mapped to its {@code file:line:col} in the route file.
         */
        public Map<String, Object> json(java.util.function.Function<String, java.util.Optional<String>> locate) {
            Map<String, Object> m = new LinkedHashMap<>();
            if (variant != null) {
                m.put("variant", variant.id());
                if (variant.description() != null) {
                    m.put("description", variant.description());
                }
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
            if (claims.chart() != null) {
                m.put("claims", claims.chart());
            }
            Map<String, String> locations = new java.util.TreeMap<>();
            (audit == null ? java.util.stream.Stream.<Finding>empty() : audit.findings().stream())
                    .map(Finding::path).filter(java.util.Objects::nonNull).distinct()
                    .forEach(p -> locate.apply(p).ifPresent(l -> locations.put(p, l)));
            if (!locations.isEmpty()) {
                m.put("locations", locations);
            }
            return m;
        }
    }

    /**
     * What happened to one file.
     *
     * @param file     the file as given
     * @param status   "ok", "invalid" (validation problems; the route may still have been run and audited) or
     *                 "unreadable" (the file could not be read at all: exit 3)
     * @param routeId  the route's id, or null when it did not read
     * @param problems the located problems as {@code reflux validate} prints them
     * @param findings one ROUTE_INVALID finding per problem
     * @param variants one result per variant run (a single one with a null variant for a route without variants);
     *                 empty when the route did not read
     * @param locations where each field path sits in the file (null when it did not read)
     * @param route    the route as read (null when it did not read)
     */
    public record Result(Path file, String status, String routeId, List<String> problems, List<Finding> findings,
                  List<VariantResult> variants, reflux.route.io.RouteLocations locations,
                         Route route) {

        /** {@code file:line:col} of a finding path, when the route file was read. */
        public java.util.Optional<String> locate(String path) {
            return locations == null ? java.util.Optional.empty() : locations.locate(path);
        }

        public Result {
            problems = List.copyOf(problems);
            findings = List.copyOf(findings);
            variants = List.copyOf(variants);
        }

        public boolean unreadable() {
            return "unreadable".equals(status);
        }

        /** The file's own findings, then each variant's audit findings. */
        public List<Finding> allFindings() {
            List<Finding> all = new ArrayList<>(findings);
            for (VariantResult v : variants) {
                if (v.audit() != null) {
                    all.addAll(v.audit().findings());
                }
                all.addAll(v.claims().findings());
            }
            return all;
        }

        /** Findings of a severity over the file and all its variants. */
        public long count(Severity severity) {
            return allFindings().stream().filter(f -> f.severity() == severity).count();
        }

        /** Worst severity over the file and all its variants, or null when there are no findings. */
        public Severity worst() {
            Severity worst = null;
            for (Finding f : allFindings()) {
                if (worst == null || f.severity().ordinal() < worst.ordinal()) {
                    worst = f.severity();
                }
            }
            return worst;
        }

        /**
         * The JSON shape of one file's result: {@code run} and {@code audit} beside the file's fields for a route
         * without variants (as before variants were run), a {@code variants} list of them otherwise.
         */
        public Map<String, Object> json() {
            Map<String, Object> m = fileDocument(file, status, routeId, problems);
            if (!findings.isEmpty()) {
                m.put("findings", findings);
            }
            if (variants.size() == 1 && variants.get(0).variant() == null) {
                m.putAll(variants.get(0).json(this::locate));
            } else if (!variants.isEmpty()) {
                m.put("variants", variants.stream().map(v -> v.json(this::locate)).toList());
            }
            return m;
        }
    }

    private final RouteReader reader = new RouteReader();
    /** Built on first use: a run whose reports all come from the memo never loads the claim and rule machinery. */
    private final Lazy<ClaimFindings> claims = new Lazy<>(ClaimFindings::new);
    private final Lazy<RouteValidator> validator;
    private final boolean execute;

    private RouteCheck(java.util.function.Supplier<RouteValidator> validator, boolean execute) {
        this.validator = validator == null ? null : new Lazy<>(validator);
        this.execute = execute;
    }

    /** A value computed once, on first use (thread-safe). */
    private static final class Lazy<T> {
        private final java.util.function.Supplier<T> make;
        private volatile T value;

        Lazy(java.util.function.Supplier<T> make) {
            this.make = make;
        }

        T get() {
            T v = value;
            if (v == null) {
                synchronized (this) {
                    v = value;
                    if (v == null) {
                        v = make.get();
                        value = v;
                    }
                }
            }
            return v;
        }
    }

    /** {@code reflux check}: validate, then execute and audit every variant. */
    public static RouteCheck check() {
        return new RouteCheck(RouteValidator::standard, true);
    }

    /** {@code reflux audit}: read and audit the file as written, not executed. */
    public static RouteCheck audit() {
        return new RouteCheck(null, false);
    }

    public Result process(Path file) {
        Route route;
        boolean readable;
        List<RouteProblem> problems;
        reflux.route.io.RouteLocations locations;
        if (validator != null) {
            RouteValidator.Result v = validator.get().validate(file);
            route = v.route();
            readable = v.readable();
            problems = v.problems();
            locations = v.locations();
        } else {
            RouteLoad load = reader.read(file);
            route = load.route();
            readable = load.readable();
            problems = load.problems();
            locations = load.locations();
        }
        List<String> texts = problems.stream().map(RouteProblem::format).toList();
        if (!readable) {
            return new Result(file, "unreadable", null, texts, List.of(), List.of(), locations, null);
        }
        List<Finding> invalid = problems.stream().map(RouteCheck::finding).toList();
        String status = problems.isEmpty() ? "ok" : "invalid";
        if (route == null) {
            return new Result(file, status, null, texts, invalid, List.of(), locations, null);
        }
        List<VariantResult> variants = new ArrayList<>();
        for (Variant v : variantsOf(route)) {
            variants.add(runAndAudit(file, route, v));
        }
        return new Result(file, status, route.id(), texts, invalid, variants, locations, route);
    }

    /** Every variant when executing a route that has them; otherwise the route itself (one null variant). */
    private List<Variant> variantsOf(Route route) {
        if (!execute || route.variants().isEmpty()) {
            return Collections.singletonList(null);
        }
        return route.variants();
    }

    private VariantResult runAndAudit(Path file, Route route, Variant variant) {
        RunResult run = null;
        String error = null;
        if (execute) {
            try {
                run = Executor.standard().run(route, variant);
            } catch (RuntimeException e) {
                // the audit still runs without the execution (and so without the variant); the result says why,
                // in a sentence: the exception itself is for `reflux run --stacktrace`
                error = "execution failed: the engine stopped on a bug in Reflux (run `reflux run --stacktrace`"
                        + " on this file for the details)";
            }
        }
        AuditReport audit = Auditor.standard().audit(route, run);
        return new VariantResult(variant, run, audit, error, execute ? claims.get().chart(file, route, variant, run)
                : new ClaimFindings.Charted(null, List.of()));
    }

    /**
     * The head of one file's JSON, shared by {@code check --json} and {@code run --json}: {@code file},
     * {@code status}, {@code route} (null when it did not read) and the located {@code problems} (when any).
     */
    public static Map<String, Object> fileDocument(Path file, String status, String routeId, List<String> problems) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", file.toString());
        m.put("status", status);
        m.put("route", routeId);
        if (!problems.isEmpty()) {
            m.put("problems", problems);
        }
        return m;
    }

    /** A validation problem as an ERROR finding: the located message, the field as path. */
    public static Finding finding(RouteProblem p) {
        String path = p.field() == null || p.field().isEmpty() ? null : p.field();
        return new Finding(FindingCode.ROUTE_INVALID.defaultSeverity(), FindingCode.ROUTE_INVALID, p.format(), path,
                null, List.of());
    }
}
