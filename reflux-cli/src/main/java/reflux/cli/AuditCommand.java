package reflux.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code reflux audit [--json] [--fail-on LEVEL] ROUTE}: stoichiometry, yields, mass balance, MS/NMR and green
 * metrics of a route file as written (not executed: atom economy and by-products need {@code reflux check}).
 */
@Command(name = "audit", description = "Audit a route: stoichiometry, yields, mass balance, MS/NMR, green metrics.")
final class AuditCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    @Option(names = "--fail-on", paramLabel = "LEVEL", description = "Exit 1 when a finding is at least LEVEL: "
            + "error (default), warning, info, never.", converter = FailOnConverter.class)
    AuditOutput.FailOn failOn = AuditOutput.FailOn.ERROR;

    @Option(names = "--brief", description = "Leave INFO findings out of the text report.")
    boolean brief;

    @Parameters(paramLabel = "ROUTE", arity = "1", description = "Route file (YAML).")
    Path route;

    @Override
    public Integer call() throws Exception {
        return CheckCommand.runAll(spec, "audit", List.of(route), new CheckJob(false), json, failOn, brief);
    }
}
