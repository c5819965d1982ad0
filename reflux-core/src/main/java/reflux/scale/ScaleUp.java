package reflux.scale;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import reflux.audit.AuditFigures;
import reflux.audit.AuditFigures.ChargeFigure;
import reflux.audit.AuditFigures.StageFigure;
import reflux.audit.AuditReport;
import reflux.audit.Auditor;
import reflux.identity.NameResolver;
import reflux.model.quantity.Dimension;
import reflux.model.quantity.Quantity;
import reflux.model.route.Outcome;
import reflux.model.route.Route;
import reflux.model.route.Stage;
import reflux.route.RouteStructures;
import reflux.route.io.RouteLoad;
import reflux.route.units.Units;

/**
 * Scales a route to a target output: back from the target through each stage's yield (the route's own, or one given
 * on the command line), every printed charge times its stage's factor; an intermediate that a later stage charges
 * sets what the earlier stage must make (001 Stage II charges 2.0 g of the 13.2 g Stage I made: Stage I is scaled
 * to make 2.0 g × the Stage II factor). The figures are the audit's ({@link AuditFigures}); this class only
 * multiplies them.
 *
 * <pre>{@code
 * ScaleResult r = new ScaleUp(Auditor.standard()).scale(load, request);
 * }</pre>
 *
 * <p>Thread-safe: no state beyond its collaborators.
 */
public final class ScaleUp {

    private final Auditor auditor;
    private final TargetMatch targets;

    /** Scaling on the audit's figures, targets resolved with the standard name resolver. */
    public ScaleUp(Auditor auditor) {
        this(auditor, RouteStructures.standard(), NameResolver.standard()::resolve);
    }

    /** Scaling with the given structures and name resolver (tests). */
    public ScaleUp(Auditor auditor, RouteStructures structures,
                   java.util.function.Function<String, reflux.model.identity.Resolution> names) {
        this.auditor = Objects.requireNonNull(auditor, "auditor");
        this.targets = new TargetMatch(structures, names);
    }

    /** Scales a read route ({@code load.isOk()}) to the request; a refusal with a message for a bad request. */
    public ScaleResult scale(RouteLoad load, ScaleRequest req) {
        Route route = load.route();
        Object found = targets.find(route, req.target().substance());
        if (found instanceof String message) {
            return ScaleResult.refused(message);
        }
        TargetMatch.Match match = (TargetMatch.Match) found;
        for (YieldOverride y : req.yields()) {
            if (route.stage(y.stage()).isEmpty()) {
                return ScaleResult.refused("--yield " + y.text() + ": route " + route.id() + " has no stage '"
                        + y.stage() + "' (stages: " + String.join(", ", route.stages().stream().map(Stage::id)
                        .toList()) + ")");
            }
        }
        AuditFigures figures = auditor.figures(route, null);
        if (figures.charges().stream().allMatch(c -> c.massG() == null && c.volumeMl() == null)) {
            return ScaleResult.refused("route " + route.id() + " prints no amount for any charge (" + route.kind()
                    .name().toLowerCase(Locale.ROOT) + " route): there is nothing to scale; scale a worked example");
        }
        List<Stage> stages = route.stages();
        int t = stages.indexOf(match.stage());
        // what each stage must make, g [min, max], or the factor of a stage whose stream is taken whole
        Map<String, double[]> required = new HashMap<>();
        Map<String, double[]> direct = new HashMap<>();
        Map<String, String> requiredOutcome = new HashMap<>();
        required.put(match.stage().id(), new double[] {req.target().grams(), req.target().grams()});
        requiredOutcome.put(match.stage().id(), match.outcome().id());
        Map<String, double[]> factors = new LinkedHashMap<>();
        Map<String, String> yieldBasis = new HashMap<>();
        Map<String, double[]> yieldsUsed = new HashMap<>();
        List<String> notes = new ArrayList<>();
        Map<String, String> sizedBy = new HashMap<>();
        for (int s = t; s >= 0; s--) {
            Stage stage = stages.get(s);
            double[] f = direct.get(stage.id());
            if (f == null && required.containsKey(stage.id())) {
                Object r = factor(figures, stage, requiredOutcome.get(stage.id()), required.get(stage.id()),
                        req.yield(stage.id()), yieldBasis, yieldsUsed);
                if (r instanceof String message) {
                    return ScaleResult.refused(message);
                }
                f = (double[]) r;
                if (sizedBy.containsKey(stage.id())) {
                    yieldBasis.put(stage.id(), yieldBasis.get(stage.id()) + "; sized to make what the later stage"
                            + " uses, not what the example made: " + sizedBy.get(stage.id()));
                }
            } else if (f != null) {
                yieldBasis.put(stage.id(), "its stream is charged whole to a later stage: scaled with that stage");
                yieldsUsed.put(stage.id(), new double[] {Double.NaN, Double.NaN});
            }
            if (f == null) {
                continue;   // not needed for the target
            }
            factors.put(stage.id(), f);
            for (ChargeFigure c : figures.charges()) {
                if (!c.stage().equals(stage.id()) || c.internal() || c.fromOutcome() == null) {
                    continue;
                }
                Stage from = stageOf(route, c.fromOutcome());
                if (from == null || stages.indexOf(from) >= s) {
                    continue;
                }
                Outcome o = outcome(from, c.fromOutcome());
                if (c.massG() != null) {
                    double[] add = {c.massG() * f[0], c.massG() * f[1]};
                    sizedBy.merge(from.id(), "stage " + stage.id() + " charges " + fmt(c.massG()) + " g of it ("
                            + c.path() + ") × " + fmt(f[1]), (a, b) -> a + "; " + b);
                    required.merge(from.id(), add, (a, b) -> new double[] {a[0] + b[0], a[1] + b[1]});
                    requiredOutcome.put(from.id(), o.id());
                } else if (!o.isolated()) {
                    direct.put(from.id(), f);
                } else {
                    notes.add("Stage " + stage.id() + " charges " + c.fromOutcome() + " without a printed amount ("
                            + c.path() + "): stage " + from.id() + " is not scaled");
                }
            }
        }
        return ScaleResult.ok(new SheetBuilder(load, figures, req).build(match, factors, yieldBasis, yieldsUsed,
                required, notes));
    }

    /** The factor [min, max] of a stage that must make {@code need} g of outcome {@code outcomeId}, or a message. */
    private static Object factor(AuditFigures figures, Stage stage, String outcomeId, double[] need,
                                 YieldOverride override, Map<String, String> basis, Map<String, double[]> used) {
        AuditReport.YieldRow y = figures.report().yield(stage.id());
        Outcome o = outcome(stage, outcomeId);
        StageFigure sf = figures.stages().stream().filter(x -> x.stage().equals(stage.id())).findFirst()
                .orElseThrow();
        Double printed = o.id().equals(sf.productOutcome()) && y != null && y.productMassG() != null
                ? y.productMassG() : mass(o);
        Double printedYield = y == null || !o.id().equals(sf.productOutcome()) ? null : y.molarYieldPct();
        if (printed != null && override == null) {
            basis.put(stage.id(), "the route's own figures: " + fmt(printed) + " g of " + o.substance()
                    + " printed" + (printedYield == null ? "" : ", molar yield " + pct(printedYield)));
            used.put(stage.id(), new double[] {printedYield == null ? Double.NaN : printedYield,
                    printedYield == null ? Double.NaN : printedYield});
            return new double[] {need[0] / printed, need[1] / printed};
        }
        if (printed != null && printedYield != null) {
            basis.put(stage.id(), "--yield " + override.text() + " instead of the route's " + pct(printedYield)
                    + " (" + fmt(printed) + " g of " + o.substance() + " printed)");
            used.put(stage.id(), new double[] {override.low(), override.high()});
            return new double[] {need[0] / (printed * override.high() / printedYield),
                    need[1] / (printed * override.low() / printedYield)};
        }
        if (printed == null && override != null && sf.limitingMoles() != null && sf.productMolarMass() != null) {
            double perPct = sf.limitingMoles() / sf.limitingCoefficient() / 100 * sf.productMolarMass();
            basis.put(stage.id(), "--yield " + override.text() + " (no mass of " + o.substance() + " is printed):"
                    + " theoretical " + fmt(perPct * 100) + " g from " + fmt(sf.limitingMoles()) + " mol "
                    + sf.limitingSubstance() + " at " + fmt(sf.productMolarMass()) + " g/mol");
            used.put(stage.id(), new double[] {override.low(), override.high()});
            return new double[] {need[0] / (perPct * override.high()), need[1] / (perPct * override.low())};
        }
        String why = y != null && y.note() != null ? y.note() : "no yield";
        if (override != null) {
            return "stage " + stage.id() + ": --yield " + override.text() + " cannot be applied: " + why
                    + (sf.limitingMoles() == null ? " and no reactant has a printed amount" : "")
                    + (printed != null ? " (the printed mass of " + o.substance() + " has no yield to replace)" : "");
        }
        return "stage " + stage.id() + " has no yield the route's figures give (" + why + "); give one on the"
                + " command line, e.g. --yield " + stage.id() + "=85 or --yield " + stage.id() + "=80-90%";
    }

    private static Double mass(Outcome o) {
        for (Quantity q : o.amounts()) {
            if (q.dimension() == Dimension.MASS && Units.convertible(q)) {
                return Units.toBase(q);
            }
        }
        return null;
    }

    static Stage stageOf(Route route, String outcomeId) {
        for (Stage s : route.stages()) {
            if (outcome(s, outcomeId) != null) {
                return s;
            }
        }
        return null;
    }

    static Outcome outcome(Stage s, String id) {
        return s.outcomes().stream().filter(o -> o.id().equals(id)).findFirst().orElse(null);
    }

    /** A figure for reading: one decimal from 100 up, else four significant figures; no trailing zeros. */
    static String fmt(double v) {
        String t = Math.abs(v) >= 100 ? String.format(Locale.ROOT, "%.1f", v) : String.format(Locale.ROOT, "%.4g", v);
        return t.contains(".") && !t.contains("e") ? t.replaceAll("0+$", "").replaceAll("\\.$", "") : t;
    }

    static String pct(double v) {
        return String.format(Locale.ROOT, "%.1f %%", v);
    }
}
