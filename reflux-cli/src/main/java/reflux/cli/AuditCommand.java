package reflux.cli;

import reflux.report.RouteCheck;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code reflux audit [--json] [--fail-on LEVEL] ROUTE}: stoichiometry, yields, mass balance, MS/NMR and green
 * metrics of a route file as written (not executed: atom economy and by-products need {@code reflux check}). A file
 * that does not read is reported as ROUTE_INVALID findings.
 */
@Command(mixinStandardHelpOptions = true, name = "audit", description = "Audit a route: stoichiometry, yields, mass balance, MS/NMR, green metrics.")
final class AuditCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    AuditOptions options;

    @Parameters(paramLabel = "ROUTE", arity = "1", description = "Route file (YAML).")
    Path route;

    @Override
    public Integer call() throws Exception {
        return options.run(spec, "audit", List.of(route), RouteCheck.audit());
    }
}
