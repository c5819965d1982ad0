package reflux.audit;

import java.util.List;
import java.util.Objects;
import reflux.model.finding.FindingCode;
import reflux.model.route.Route;
import reflux.model.run.RunResult;

/**
 * Audits a route: stoichiometry, yields, mass balance, MS and NMR cross-checks and green metrics, each finding with
 * its evidence (path into the route, the printed words, the numbers compared).
 *
 * <pre>{@code
 * AuditReport report = Auditor.standard().audit(route, run);   // run may be null (not executed)
 * report.withCode(FindingCode.MOLES_MISMATCH);
 * }</pre>
 *
 * <p>Thread-safe: the checkers are stateless and each audit builds its own context.
 */
public final class Auditor {

    private final SubstanceStructures structures;
    private final AuditData data;
    private final List<Checker> checkers;
    private final AuditCache cache = new AuditCache();

    /** An auditor with the given structure source and data. */
    public Auditor(SubstanceStructures structures, AuditData data) {
        this(structures, data, List.of(new RunVerdictCheck(), new StoichiometryCheck(), new YieldCheck(),
                new VolumeCheck(), new MassBalanceCheck(),
                new GreenMetricsCheck(), new MsCheck(), new NmrCheck(), new OverrideCheck(), new NameReadingCheck()));
    }

    /** An auditor running only the given checkers (tests and corpus runs). */
    Auditor(SubstanceStructures structures, AuditData data, List<Checker> checkers) {
        this.structures = Objects.requireNonNull(structures, "structures");
        this.data = Objects.requireNonNull(data, "data");
        this.checkers = List.copyOf(checkers);
    }

    /** The shared auditor over the route's structures ({@code RouteStructures.standard()}) and the shipped data. */
    public static Auditor standard() {
        return Standard.INSTANCE;
    }

    /** The shared standard auditor, built on first use (its memo cache is then shared by every audit). */
    private static final class Standard {
        static final Auditor INSTANCE = new Auditor(SubstanceStructures.of(reflux.route.RouteStructures.standard()),
                AuditData.standard());
    }

    /** Audits a route; {@code run} is the engine's execution of it, or null when not executed. */
    public AuditReport audit(Route route, RunResult run) {
        return audit(new AuditContext(route, run, structures, data, cache));
    }

    /** Audits a route and returns the report with the per-charge and per-stage figures it rests on. */
    public AuditFigures figures(Route route, RunResult run) {
        AuditContext ctx = new AuditContext(route, run, structures, data, cache);
        return AuditFigures.of(ctx, audit(ctx));
    }

    private AuditReport audit(AuditContext ctx) {
        Route route = ctx.route();
        AuditSink sink = new AuditSink();
        for (Checker c : checkers) {
            try {
                c.check(ctx, sink);
            } catch (RuntimeException e) {
                // a checker meeting data it cannot handle must not sink the other checks; the finding says so
                // (a sentence, not the exception: its class and text mean nothing to the reader of the report)
                sink.add(FindingCode.CHECK_FAILED, "The " + c.name() + " check stopped on this route (an internal"
                        + " error in Reflux; please report it with this route file).", null, null);
            }
        }
        return sink.report(route.id());
    }
}
