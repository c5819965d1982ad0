package reflux.audit;

import java.util.List;
import java.util.Optional;
import reflux.model.route.Stage;
import reflux.model.run.Species;
import reflux.model.run.StageRun;

/**
 * The limiting reactant of a stage: among the stage's reactant charges with known moles, the one with the smallest
 * moles divided by its stoichiometric coefficient (from the stage's run when executed, else 1). The one place every
 * checker takes it from (equivalents, yields, volumes).
 *
 * <pre>{@code
 * LimitingReactant.of(ctx, stage).map(LimitingReactant::moles)
 * }</pre>
 *
 * @param ref         the charge
 * @param moles       its moles (from its mass when printed, see {@link ResolvedAmount})
 * @param coefficient its coefficient in the stage's balanced equation (1 when not executed)
 * @param massG       its mass in g, NaN when not known
 * @param material    its structure in the declared form, or null
 */
record LimitingReactant(ChargeRef ref, double moles, double coefficient, double massG, Material material) {

    /** Moles per coefficient: the number that decides which reactant limits. */
    double molesPerCoefficient() {
        return moles / coefficient;
    }

    static Optional<LimitingReactant> of(AuditContext ctx, Stage stage) {
        LimitingReactant best = null;
        Optional<StageRun> run = ctx.stageRun(stage);
        for (ChargeRef ref : ctx.charges(stage)) {
            if (ref.internal() || !ctx.isReactant(ref)) {
                continue;
            }
            ResolvedAmount r = ctx.amount(ref);
            if (r.moles() == null || r.moles() <= 0) {
                continue;
            }
            double coef = run.map(sr -> coefficient(sr.inputs(), ref.substanceId())).orElse(1.0);
            if (best == null || r.moles() / coef < best.molesPerCoefficient()) {
                best = new LimitingReactant(ref, r.moles(), coef, r.massG() == null ? Double.NaN : r.massG(),
                        ctx.material(ref.substanceId()).orElse(null));
            }
        }
        return Optional.ofNullable(best);
    }

    /** The coefficient of a substance among a run's species; 1 when it is not among them. */
    static double coefficient(List<Species> species, String substanceId) {
        for (Species s : species) {
            if (substanceId != null && substanceId.equals(s.substance()) && s.coefficient() > 0) {
                return s.coefficient();
            }
        }
        return 1.0;
    }
}
