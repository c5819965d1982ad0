package reflux.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import reflux.audit.AuditJson;
import reflux.claims.ClaimChart;
import reflux.claims.ClaimChartText;
import reflux.claims.ClaimCharts;
import reflux.claims.ClaimsReader;
import reflux.engine.Executor;
import reflux.model.route.Route;
import reflux.model.route.Variant;
import reflux.route.io.RouteLoad;
import reflux.route.io.RouteProblem;
import reflux.route.io.RouteReader;
import reflux.text.TerminalText;

/**
 * {@code reflux claims [--json] [--patent 000,001,002] [--claims-dir DIR] ROUTE...}: the claim chart of every
 * executed variant of each route against the claim sets of the given documents (default: all three seeds). Exit 0
 * charts made, 1 a route or claim file is invalid, 2 usage, 3 a file cannot be read.
 */
@Command(mixinStandardHelpOptions = true, name = "claims",
        description = "Claim charts: every claim READS / DOES_NOT_READ / UNDETERMINED on each executed route.")
final class ClaimsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "JSON output.")
    boolean json;

    @Option(names = "--detail", description = "Text output with every limitation and its evidence.")
    boolean detail;

    @Option(names = "--patent", split = ",", paramLabel = "NNN", description = "Claim sets (documents) to chart"
            + " against, e.g. 000,001 (default: 000,001,002).")
    List<String> patents = new ArrayList<>(List.of("000", "001", "002"));

    @Option(names = "--claims-dir", paramLabel = "DIR", description = "Folder of the claim files (default: claims).")
    Path claimsDir = Path.of("claims");

    @Parameters(paramLabel = "ROUTE", arity = "1..*", description = "Route files (YAML).")
    List<Path> routes = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (String p : patents) {
            if (!p.matches("\\d{3}")) {
                err.println("reflux claims: --patent takes document numbers such as 000,001,002, not '"
                        + TerminalText.escape(p) + "'");
                return ExitCode.USAGE;
            }
        }
        ClaimsReader reader = new ClaimsReader();
        Map<String, ClaimsReader.Load> sets = new LinkedHashMap<>();
        boolean unreadable = false;
        boolean invalid = false;
        for (String p : patents) {
            ClaimsReader.Load load = reader.read(claimsDir.resolve(p + ".yaml"));
            if (!load.isOk()) {
                load.problems().forEach(x -> err.println(TerminalText.escape(x.format())));
                unreadable |= !load.readable();
                invalid |= load.readable();
            }
            sets.put(p, load);
        }
        if (unreadable || invalid) {
            return unreadable ? ExitCode.INPUT : ExitCode.FINDINGS;
        }
        // read every route before charting any, so that nothing is written for a bad command line
        Map<Path, Route> read = new LinkedHashMap<>();
        RouteReader routeReader = new RouteReader();
        for (Path file : routes) {
            RouteLoad load = routeReader.read(file);
            if (!load.isOk()) {
                for (RouteProblem x : load.problems()) {
                    err.println(TerminalText.escape(x.format()));
                }
                unreadable |= !load.readable();
                invalid |= load.readable();
            } else {
                read.put(file, load.route());
            }
        }
        if (unreadable || invalid) {
            return unreadable ? ExitCode.INPUT : ExitCode.FINDINGS;
        }
        ClaimCharts charts = ClaimCharts.standard();
        List<Map<String, Object>> docs = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (Map.Entry<Path, Route> e : read.entrySet()) {
            Route route = e.getValue();
            List<Variant> variants = route.variants().isEmpty() ? Collections.singletonList(null) : route.variants();
            List<ClaimChart> list = new ArrayList<>();
            for (Variant v : variants) {
                var run = Executor.standard().run(route, v);
                for (ClaimsReader.Load set : sets.values()) {
                    list.add(charts.chart(set.claims(), e.getKey(), route, v, run));
                }
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", e.getKey().toString());
            m.put("route", route.id());
            m.put("charts", list);
            docs.add(m);
            java.io.StringWriter sw = new java.io.StringWriter();
            PrintWriter pw = new PrintWriter(sw);
            pw.println(e.getKey() + ":");
            list.forEach(c -> ClaimChartText.write(pw, c, detail));
            pw.flush();
            text.append(sw);
        }
        if (json) {
            out.println(AuditJson.mapper().writeValueAsString(Map.of("files", docs)));
        } else {
            out.print(text);
        }
        out.flush();
        return ExitCode.OK;
    }
}
