package reflux.audit;

import java.util.List;
import java.util.Objects;
import reflux.model.route.Charge;
import reflux.model.route.Route;

/**
 * The audit's figures of a route for tools built on them (scale-up): the report, every charge with its amount in
 * g, mL and mol as the audit resolves it, and per stage its limiting reactant and the molar mass of its product. One
 * computation per quantity: these are the numbers the checkers use, not a second reading of the route.
 *
 * <pre>{@code
 * AuditFigures f = Auditor.standard().figures(route, null);
 * f.report().yield("I").molarYieldPct();
 * f.charges().get(0).massG();
 * }</pre>
 *
 * @param route   the route
 * @param report  its audit
 * @param charges every charge in route order (including the materials a solution is printed to contain)
 * @param stages  one row per stage, in route order
 */
public record AuditFigures(Route route, AuditReport report, List<ChargeFigure> charges, List<StageFigure> stages) {

    public AuditFigures {
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(report, "report");
        charges = List.copyOf(charges);
        stages = List.copyOf(stages);
    }

    /**
     * One charge. Null = not printed / not computable.
     *
     * @param stage       stage id
     * @param path        audit path ({@code stages[I].steps[A].operations[0].charges[1]}, {@code .containing[k]})
     * @param charge      the charge as read
     * @param substance   the substance charged (through {@code from} when it names an outcome), or null
     * @param fromOutcome id of the earlier outcome it takes, or null
     * @param internal    true for a stream made inside the same stage (counted where it was made)
     * @param contained   true for a material a solution is printed to contain (its mass is part of the solution's)
     * @param reactant    true when the charge is one of the stage's reactants
     * @param massG       mass in g (printed, or volume × density, or moles × M)
     * @param volumeMl    printed volume in mL ("2x5 ml" = 10 mL)
     * @param moles       moles (of the solute for a solution with a strength)
     * @param molarMass   molar mass of the declared form
     * @param density     the density row of the material (with its strength and source), or null
     * @param basis       how the mass and moles were obtained, in words
     */
    public record ChargeFigure(String stage, String path, Charge charge, String substance, String fromOutcome,
                               boolean internal, boolean contained, boolean reactant, Double massG, Double volumeMl,
                               Double moles, Double molarMass, AuditData.Density density, String basis) {
    }

    /**
     * One stage: its limiting reactant ({@link LimitingReactant}) and its product outcome.
     *
     * @param stage              stage id
     * @param limitingPath       path of the limiting reactant's charge, or null when none has known moles
     * @param limitingSubstance  its substance id, or null
     * @param limitingMoles      its moles, or null
     * @param limitingCoefficient its coefficient (1 when not executed), or null
     * @param productOutcome     id of the isolated outcome holding the product, or null
     * @param productMolarMass   molar mass of the product's declared form, or null when no structure is known
     */
    public record StageFigure(String stage, String limitingPath, String limitingSubstance, Double limitingMoles,
                              Double limitingCoefficient, String productOutcome, Double productMolarMass) {
    }

    static AuditFigures of(AuditContext ctx, AuditReport report) {
        List<ChargeFigure> charges = ctx.charges().stream().map(ref -> {
            ResolvedAmount r = ctx.amount(ref);
            Double ml = new Amounts(ref.charge().amounts()).volume().map(Amounts.Base::value).orElse(null);
            return new ChargeFigure(ref.stage().id(), ref.path(), ref.charge(), ref.substanceId(),
                    ref.fromOutcome() == null ? null : ref.fromOutcome().id(), ref.internal(),
                    ref.containedIn() != null, ctx.isReactant(ref), r.massG(), ml, r.moles(), r.molarMass(),
                    r.density(), r.basis());
        }).toList();
        List<StageFigure> stages = ctx.route().stages().stream().map(stage -> {
            var lim = LimitingReactant.of(ctx, stage);
            var out = ctx.productOutcome(stage);
            return new StageFigure(stage.id(), lim.map(l -> l.ref().path()).orElse(null),
                    lim.map(l -> l.ref().substanceId()).orElse(null), lim.map(LimitingReactant::moles).orElse(null),
                    lim.map(LimitingReactant::coefficient).orElse(null), out.map(o -> o.id()).orElse(null),
                    out.flatMap(o -> ctx.material(o.substance())).map(Material::molarMass).orElse(null));
        }).toList();
        return new AuditFigures(ctx.route(), report, charges, stages);
    }
}
