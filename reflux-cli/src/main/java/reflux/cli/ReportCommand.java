package reflux.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import reflux.audit.Auditor;
import reflux.model.quantity.Dimension;
import reflux.model.quantity.Quantity;
import reflux.report.AtomicFile;
import reflux.report.Depictions;
import reflux.report.ReportHtml;
import reflux.report.RouteCheck;
import reflux.route.RouteStructures;
import reflux.route.io.RouteReader;
import reflux.route.units.Parsed;
import reflux.route.units.QuantityParser;
import reflux.route.units.Units;
import reflux.scale.ScaleRequest;
import reflux.scale.ScaleResult;
import reflux.scale.ScaleUp;
import reflux.scale.Target;
import reflux.text.TerminalText;

/**
 * {@code reflux report ROUTE... [-o report.html] [--target "50 kg PRODUCT"] [--vessel "2000 L"]}: checks each route
 * as {@code reflux check} does and writes one self-contained HTML page (inline CSS and SVG, nothing fetched): the
 * structures, per stage the scheme with its verdict, charges, conditions and outcome, yields, findings with quotes,
 * green metrics and mass balance as charts, the claim chart, and with a target the scale-up sheet. The file is
 * written atomically. Exit 0 written, 2 a bad target or vessel, 3 a route file unreadable (the page still shows it)
 * or the output cannot be written.
 */
@Command(mixinStandardHelpOptions = true, name = "report",
        description = "One self-contained HTML report of routes: schemes, verdicts, findings, charts, claims.")
final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "ROUTE", description = "Route files (YAML).")
    List<Path> routes = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the page here (default: stdout).")
    Path output;

    @Option(names = "--target", paramLabel = "\"AMOUNT UNIT PRODUCT\"",
            description = "Add the scale-up sheet for this target to each route that makes the product.")
    String target;

    @Option(names = "--vessel", paramLabel = "\"VOLUME\"", description = "Nominal vessel volume for the scale-up.")
    String vessel;

    @Option(names = "--title", paramLabel = "TEXT", description = "Page title (default: Reflux report).")
    String title = "Reflux report";

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ScaleRequest request = null;
        if (target != null) {
            Parsed<Target> t = Target.parse(target);
            if (!t.isOk()) {
                return usage(err, t.error());
            }
            Double vesselL = null;
            if (vessel != null) {
                Parsed<Quantity> v = QuantityParser.parse(vessel, null);
                if (!v.isOk() || v.value().dimension() != Dimension.VOLUME || v.value().value().signum() <= 0) {
                    return usage(err, "--vessel '" + vessel + "' is not a positive volume (e.g. --vessel \"2000 L\")");
                }
                vesselL = Units.toBase(v.value()) / 1000;
            }
            request = new ScaleRequest(t.value(), List.of(), vesselL, 80, null);
        }
        RouteCheck job = RouteCheck.check();
        ScaleUp scale = new ScaleUp(Auditor.standard());
        List<ReportHtml.Entry> entries = new ArrayList<>();
        boolean unreadable = false;
        for (Path f : routes) {
            RouteCheck.Result r = job.process(f);
            r.problems().forEach(p -> err.println("reflux report: " + TerminalText.escape(p)));
            unreadable |= r.unreadable();
            ScaleResult sheet = null;
            if (request != null && r.route() != null) {
                sheet = scale.scale(new RouteReader().read(f), request);
                if (!sheet.isOk()) {
                    err.println("reflux report: " + TerminalText.escape(f.toString()) + ": no scale-up: "
                            + TerminalText.escape(sheet.message()));
                }
            }
            entries.add(new ReportHtml.Entry(r, sheet != null && sheet.isOk() ? sheet.sheet() : null));
        }
        String page = new ReportHtml(new Depictions(4096), RouteStructures.standard()).page(title, entries, null);
        if (output == null) {
            out.print(page);
            out.flush();
        } else {
            try {
                AtomicFile.write(output, page);
            } catch (IOException e) {
                err.println("reflux report: cannot write " + TerminalText.escape(output.toString()) + ": "
                        + TerminalText.escape(String.valueOf(e.getMessage())));
                return ExitCode.INPUT;
            }
            err.println("reflux report: wrote " + TerminalText.escape(output.toString()));
        }
        return unreadable ? ExitCode.INPUT : ExitCode.OK;
    }

    private static int usage(PrintWriter err, String message) {
        err.println("reflux report: " + TerminalText.escape(message));
        err.println("Try 'reflux report --help'.");
        return ExitCode.USAGE;
    }
}
