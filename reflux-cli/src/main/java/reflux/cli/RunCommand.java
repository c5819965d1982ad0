package reflux.cli;

import reflux.report.RouteCheck;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import reflux.audit.AuditJson;
import reflux.engine.Executor;
import reflux.model.route.Route;
import reflux.model.route.Variant;
import reflux.model.run.RunResult;
import reflux.route.io.RouteLoad;
import reflux.route.io.RouteProblem;
import reflux.route.io.RouteReader;
import reflux.report.RunText;
import reflux.text.TerminalText;

/**
 * {@code reflux run [--json] ROUTE [--variant ID]}: executes a route in silico and prints each stage's inputs,
 * rules, products, by-products, verdict and balanced equation, then the derived impurities. Without
 * {@code --variant} a route with variants runs every variant. JSON is the {@link RunResult} record (an array when
 * several variants run); a file that is not run still gives one JSON document, its problems in the shape of
 * {@code check --json} ({@code file}, {@code status}, {@code route}, {@code problems}, {@code findings}). Exit 0 every
 * stage MATCH, 1 otherwise or an invalid route, 2 unknown variant, 3 unreadable file, 4 internal error.
 */
@Command(mixinStandardHelpOptions = true, name = "run", description = "Execute a route in silico, stage by stage, with verdicts.")
final class RunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print the run result as JSON.")
    boolean json;

    @Option(names = "--variant", paramLabel = "ID", description = "Run this variant only (claim routes).")
    String variant;

    @Parameters(index = "0", paramLabel = "ROUTE", description = "Route file (YAML, reflux.route/1).")
    Path file;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RouteLoad load = new RouteReader().read(file);
        if (!load.isOk()) {
            for (RouteProblem p : load.problems()) {
                err.println(t(p.format()));
            }
            int exit = load.readable() ? ExitCode.FINDINGS : ExitCode.INPUT;
            err.println("reflux run: " + t(file.toString()) + ": cannot run "
                    + (load.readable() ? "an invalid route" : "an unreadable file"));
            if (json) {
                Map<String, Object> doc = RouteCheck.fileDocument(file, load.readable() ? "invalid" : "unreadable",
                        load.route() == null ? null : load.route().id(),
                        load.problems().stream().map(RouteProblem::format).toList());
                if (load.readable()) {
                    doc.put("findings", load.problems().stream().map(RouteCheck::finding).toList());
                }
                printJson(out, doc);
            }
            return exit;
        }
        Route route = load.route();
        List<Variant> variants = new ArrayList<>();
        if (variant != null) {
            Variant v = route.variants().stream().filter(x -> x.id().equals(variant)).findFirst().orElse(null);
            if (v == null) {
                String problem = "no variant '" + variant + "'; variants: "
                        + route.variants().stream().map(Variant::id).toList();
                err.println("reflux run: " + t(file.toString()) + ": " + t(problem));
                if (json) {
                    printJson(out, RouteCheck.fileDocument(file, "ok", route.id(), List.of(problem)));
                }
                return ExitCode.USAGE;
            }
            variants.add(v);
        } else if (route.variants().isEmpty()) {
            variants.add(null);
        } else {
            variants.addAll(route.variants());
        }
        Executor executor = Executor.standard();
        List<RunResult> results = new ArrayList<>();
        for (Variant v : variants) {
            try {
                results.add(executor.run(route, v));
            } catch (RuntimeException e) {
                if (json) {
                    // still one JSON document on stdout; the handler prints the sentence (and the trace) to stderr
                    Map<String, Object> doc = RouteCheck.fileDocument(file, "ok", route.id(), List.of());
                    doc.put("error", "execution failed" + (v == null ? "" : " for variant " + v.id())
                            + ": the engine stopped on a bug in Reflux (run again with --stacktrace for the details)");
                    printJson(out, doc);
                }
                throw e;
            }
        }
        if (json) {
            printJson(out, results.size() == 1 ? results.get(0) : results);
        } else {
            results.forEach(r -> RunText.print(out, r));
        }
        out.flush();
        return results.stream().allMatch(RunResult::allMatch) ? ExitCode.OK : ExitCode.FINDINGS;
    }

    /** A run result as before (every field, nulls included); a problem document as {@code check --json} writes it. */
    private static void printJson(PrintWriter out, Object value) throws Exception {
        ObjectMapper mapper = value instanceof Map ? AuditJson.mapper()
                : new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        out.println(mapper.writeValueAsString(value));
        out.flush();
    }

    /** Route data as printed: control characters escaped. */
    private static String t(String s) {
        return TerminalText.escape(s);
    }
}
