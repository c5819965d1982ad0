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
import reflux.route.io.RouteLoad;
import reflux.route.io.RouteProblem;
import reflux.route.io.RouteReader;
import reflux.route.units.Parsed;
import reflux.route.units.QuantityParser;
import reflux.route.units.Units;
import reflux.scale.BatchSheet;
import reflux.scale.Prices;
import reflux.scale.ScaleRequest;
import reflux.scale.ScaleResult;
import reflux.scale.ScaleUp;
import reflux.scale.SheetCsv;
import reflux.scale.SheetJson;
import reflux.scale.SheetMarkdown;
import reflux.scale.SheetText;
import reflux.scale.Target;
import reflux.scale.YieldOverride;
import reflux.text.TerminalText;

/**
 * {@code reflux scale ROUTE --target "50 kg PRODUCT" [--vessel "2000 L"] [--yield STAGE=PCT|STAGE=LO-HI%]...
 * [--prices FILE] [--format text|md|csv|json] [-o FILE]}: a batch sheet for a target output. Exit 0 sheet written,
 * 1 the route file has problems, 2 a bad request (target, yield, vessel, prices, a stage without a yield), 3
 * unreadable route file.
 */
@Command(mixinStandardHelpOptions = true, name = "scale",
        description = "Batch sheet for a target output: bill of materials, batch record, vessel, batches, waste, PMI,"
                + " cost.")
final class ScaleCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { text, md, csv, json }

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1", paramLabel = "ROUTE", description = "Route file (YAML, reflux.route/1).")
    Path route;

    @Option(names = "--target", required = true, paramLabel = "\"AMOUNT UNIT PRODUCT\"",
            description = "What to make, e.g. \"50 kg cefepime dihydrochloride monohydrate\" (name, route id or"
                    + " InChIKey of an isolated product).")
    String target;

    @Option(names = "--variant", paramLabel = "ID", description = "Variant of a claims route.")
    String variant;

    @Option(names = "--vessel", paramLabel = "\"VOLUME\"", description = "Nominal vessel volume, e.g. \"2000 L\".")
    String vessel;

    @Option(names = "--max-fill", paramLabel = "PCT", defaultValue = "80",
            description = "Largest working volume per batch, %% of the nominal vessel volume"
                    + " (default ${DEFAULT-VALUE}).")
    double maxFill;

    @Option(names = "--yield", paramLabel = "STAGE=PCT", description = "A stage's molar yield, e.g. I=85 or"
            + " I=65-75%% (repeatable); replaces the route's own or fills in one it cannot compute.")
    List<String> yields = new ArrayList<>();

    @Option(names = "--prices", paramLabel = "FILE", description = "Raw-material prices (docs/prices-format.md).")
    Path prices;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text, md, csv or json (default ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE (atomically) instead of"
            + " stdout.")
    Path output;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Parsed<Target> t = Target.parse(target);
        if (!t.isOk()) {
            return usage(err, t.error(), t.suggestion());
        }
        List<YieldOverride> ys = new ArrayList<>();
        for (String y : yields) {
            Parsed<YieldOverride> p = YieldOverride.parse(y);
            if (!p.isOk()) {
                return usage(err, p.error(), p.suggestion());
            }
            ys.add(p.value());
        }
        Double vesselL = null;
        if (vessel != null) {
            Parsed<Quantity> v = QuantityParser.parse(vessel, null);
            if (!v.isOk() || v.value().dimension() != Dimension.VOLUME || v.value().value().signum() <= 0) {
                return usage(err, "--vessel '" + vessel + "' is not a positive volume", "e.g. --vessel \"2000 L\"");
            }
            vesselL = Units.toBase(v.value()) / 1000;
        }
        if (!(maxFill > 0 && maxFill <= 100)) {
            return usage(err, "--max-fill " + maxFill + " must be more than 0 and at most 100", null);
        }
        Prices priceList = null;
        if (prices != null) {
            Parsed<Prices> p = Prices.read(prices);
            if (!p.isOk()) {
                return usage(err, p.error(), p.suggestion());
            }
            priceList = p.value();
        }
        RouteLoad load = new RouteReader().read(route);
        if (!load.isOk()) {
            for (RouteProblem p : load.problems()) {
                err.println(TerminalText.escape(p.format()));
            }
            return load.readable() ? ExitCode.FINDINGS : ExitCode.INPUT;
        }
        if (variant != null && load.route().variants().stream().noneMatch(v -> v.id().equals(variant))) {
            return usage(err, "route " + load.route().id() + " has no variant '" + variant + "'", null);
        }
        ScaleResult r = new ScaleUp(Auditor.standard()).scale(load,
                new ScaleRequest(t.value(), ys, vesselL, maxFill, priceList));
        if (!r.isOk()) {
            return usage(err, r.message(), null);
        }
        String text = render(r.sheet());
        if (output == null) {
            out.print(format == Format.text ? TerminalText.escapeKeepingLines(text) : text);
            out.flush();
            return ExitCode.OK;
        }
        try {
            write(output, text);
        } catch (IOException e) {
            err.println("reflux scale: cannot write " + output + ": " + e.getMessage());
            return ExitCode.INPUT;
        }
        err.println("reflux scale: wrote " + output);
        return ExitCode.OK;
    }

    private String render(BatchSheet sheet) {
        return switch (format) {
            case text -> SheetText.render(sheet);
            case md -> SheetMarkdown.render(sheet);
            case csv -> SheetCsv.render(sheet);
            case json -> SheetJson.render(sheet);
        };
    }

    /** Writes through a temporary file in the same directory, then moves it into place (atomically where possible). */
    static void write(Path file, String text) throws IOException {
        reflux.report.AtomicFile.write(file, text);
    }

    private static int usage(PrintWriter err, String message, String suggestion) {
        err.println(TerminalText.escape("reflux scale: " + message + (suggestion == null ? "" : " (" + suggestion
                + ")")));
        return ExitCode.USAGE;
    }
}
