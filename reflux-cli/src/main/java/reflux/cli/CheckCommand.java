package reflux.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import reflux.report.RouteCheck;

/**
 * {@code reflux check [--json] [--fail-on LEVEL] ROUTE...}: the main job. Each route file is validated as
 * {@code reflux validate} does (every problem an ERROR finding ROUTE_INVALID with the located message), then every
 * variant of the route (or the route itself when it has none) is executed in silico and audited, each reported in
 * its own section; several files give one JSON document (or one text report). Exit 0 ok, 1 a finding of any file or
 * variant at or above --fail-on (default error), 2 usage, 3 a file cannot be read.
 */
@Command(mixinStandardHelpOptions = true, name = "check", description = "Run and audit routes (the main job).")
final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    AuditOptions options;

    @Parameters(paramLabel = "ROUTE", arity = "1..*", description = "Route files (YAML).")
    List<Path> routes = new ArrayList<>();

    /** The persistent memo; null: the one the environment asks for ({@link CheckMemo#fromEnvironment}). Tests. */
    java.util.Optional<CheckMemo> memo;

    @Override
    public Integer call() throws Exception {
        return options.run(spec, "check", routes, RouteCheck.check(),
                memo != null ? memo : CheckMemo.fromEnvironment());
    }
}
