package reflux.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import reflux.route.RouteStructures;
import reflux.route.diff.Difference;
import reflux.route.diff.RouteDiff;
import reflux.route.io.RouteLoad;
import reflux.route.io.RouteProblem;
import reflux.route.io.RouteReader;
import reflux.text.TerminalText;

/**
 * {@code reflux diff A.yaml B.yaml [--json]}: the chemist's difference of two routes (substances by InChIKey,
 * charges and amounts across units, temperatures, times, pH, outcomes, yields, purity, MS/NMR/IR); notes, ids and
 * wording are ignored. Exit 0 no difference, 1 differences, 2 usage, 3 a file unreadable or not a valid route.
 */
@Command(mixinStandardHelpOptions = true, name = "diff",
        description = "Difference of two routes by structure, amounts, conditions, outcomes and analytics. "
                + "Exit 0 same, 1 different, 2 usage, 3 unreadable or invalid route file.")
final class DiffCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "A", description = "First route file.")
    Path a;

    @Parameters(index = "1", paramLabel = "B", description = "Second route file.")
    Path b;

    @Option(names = "--json", description = "Print the differences as JSON.")
    boolean json;

    @Override
    public Integer call() throws JsonProcessingException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RouteReader reader = new RouteReader();
        RouteLoad la = reader.read(a);
        RouteLoad lb = reader.read(b);
        boolean bad = false;
        for (RouteLoad l : List.of(la, lb)) {
            if (!l.isOk()) {
                for (RouteProblem p : l.problems()) {
                    err.println(TerminalText.escape(p.format()));
                }
                err.println("reflux diff: " + TerminalText.escape(l.file().toString()) + ": cannot compare "
                        + (l.readable() ? "an invalid route" : "an unreadable file"));
                bad = true;
            }
        }
        if (bad) {
            return ExitCode.INPUT;
        }
        List<Difference> d = new RouteDiff(RouteStructures.standard()).diff(la.route(), lb.route());
        if (json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("a", a.toString());
            doc.put("b", b.toString());
            doc.put("same", d.isEmpty());
            doc.put("differences", d.stream().map(x -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("code", x.code().name());
                m.put("where", x.where());
                m.put("a", x.a());
                m.put("b", x.b());
                return m;
            }).toList());
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(doc));
        } else if (d.isEmpty()) {
            out.println("no difference: " + TerminalText.escape(a.toString()) + " and " + TerminalText.escape(b.toString())
                    + " agree in substances, charges, amounts, conditions, outcomes and analytics");
        } else {
            out.println("--- " + TerminalText.escape(a.toString()));
            out.println("+++ " + TerminalText.escape(b.toString()));
            for (Difference x : d) {
                out.println(TerminalText.escape(x.format()));
            }
            out.println(d.size() + " difference" + (d.size() == 1 ? "" : "s"));
        }
        out.flush();
        return d.isEmpty() ? ExitCode.OK : ExitCode.FINDINGS;
    }
}
