package reflux.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import reflux.engine.Executor;
import reflux.export.MdlExport;
import reflux.export.OrdDataset;
import reflux.export.RouteExport;
import reflux.model.route.Route;
import reflux.model.route.Variant;
import reflux.route.RouteStructures;
import reflux.route.io.RouteLoad;
import reflux.route.io.RouteProblem;
import reflux.route.io.RouteReader;
import reflux.text.TerminalText;

/**
 * {@code reflux export ROUTE [--variant ID] --format ord|rxn|sdf [-o FILE]}: the route and its in-silico run in an
 * exchange format: an Open Reaction Database {@code Dataset} (JSON, one Reaction per stage), MDL RXN (one reaction
 * per stage) or SDF (every substance and derived species). Without {@code --variant} a claims route exports every
 * variant. Exit 0 written, 1 invalid route file (the reader's {@code file:line:col} messages on stderr), 2 unknown
 * format or variant, 3 unreadable route or unwritable output.
 */
@Command(mixinStandardHelpOptions = true, name = "export",
        description = "Export a route and its run as ORD JSON, MDL RXN or SDF.")
final class ExportCommand implements Callable<Integer> {

    /** Export formats. */
    enum Format { ord, rxn, sdf }

    /** The software named in ORD's record_created event. */
    static final String SOFTWARE = "reflux 0.1.0";

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ROUTE", description = "Route file (YAML, reflux.route/1).")
    java.nio.file.Path file;

    @Option(names = "--variant", paramLabel = "ID", description = "Export this variant only (claims routes).")
    String variant;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "ord (ORD Dataset JSON), rxn (MDL RXN V2000) or sdf.")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE (atomically) instead of"
            + " stdout.")
    java.nio.file.Path output;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RouteLoad load = new RouteReader().read(file);
        if (!load.isOk()) {
            for (RouteProblem p : load.problems()) {
                err.println(TerminalText.escape(p.format()));
            }
            err.println("reflux export: " + TerminalText.escape(file.toString()) + ": cannot export "
                    + (load.readable() ? "an invalid route" : "an unreadable file"));
            return load.readable() ? ExitCode.FINDINGS : ExitCode.INPUT;
        }
        Route route = load.route();
        List<Variant> variants = new ArrayList<>();
        if (variant != null) {
            Variant v = route.variants().stream().filter(x -> x.id().equals(variant)).findFirst().orElse(null);
            if (v == null) {
                err.println(TerminalText.escape("reflux export: " + file + ": no variant '" + variant
                        + "'; variants: " + route.variants().stream().map(Variant::id).toList()));
                return ExitCode.USAGE;
            }
            variants.add(v);
        } else if (route.variants().isEmpty()) {
            variants.add(null);
        } else {
            variants.addAll(route.variants());
        }
        Executor executor = Executor.standard();
        RouteStructures structures = RouteStructures.standard();
        RouteExport.ExportInfo info = RouteExport.ExportInfo.now(SOFTWARE);
        List<RouteExport> exports = new ArrayList<>();
        for (Variant v : variants) {
            exports.add(RouteExport.of(route, v, executor, structures, file.toString(), info));
        }
        String text;
        List<String> warnings = List.of();
        switch (format) {
            case ord -> text = new OrdDataset().json(exports);
            case rxn -> {
                MdlExport.Result r = new MdlExport().rxn(exports);
                text = r.text();
                warnings = r.warnings();
            }
            default -> {
                MdlExport.Result r = new MdlExport().sdf(exports);
                text = r.text();
                warnings = r.warnings();
            }
        }
        warnings.forEach(w -> err.println(TerminalText.escape("reflux export: " + file + ": " + w)));
        if (output == null) {
            out.print(text);
            out.flush();
            return ExitCode.OK;
        }
        try {
            ScaleCommand.write(output, text);
        } catch (IOException e) {
            err.println(TerminalText.escape("reflux export: cannot write " + output + ": " + e.getMessage()));
            return ExitCode.INPUT;
        }
        err.println(TerminalText.escape("reflux export: wrote " + output));
        return ExitCode.OK;
    }
}
