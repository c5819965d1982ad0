package reflux.audit;

import static reflux.audit.AuditSink.cmp;
import static reflux.audit.ResolvedAmount.fmt;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import reflux.model.finding.FindingCode;
import reflux.model.route.Outcome;
import reflux.model.route.Stage;
import reflux.model.run.Species;
import reflux.model.run.StageRun;

/**
 * Mass in and out of each stage: every charge with a mass (printed, or volume × density), the isolated product, the
 * by-products the run's balanced equation implies for the moles of product formed, and what is left unaccounted
 * (solvents, excess reagents, mother liquors).
 */
final class MassBalanceCheck implements Checker {

    @Override
    public String name() {
        return "mass-balance";
    }

    @Override
    public void check(AuditContext ctx, AuditSink sink) {
        for (Stage stage : ctx.route().stages()) {
            double in = 0;
            double liquids = 0;   // solvents, work-up liquids and water (as the PMI splits them): waste streams
            for (ChargeRef ref : ctx.charges(stage)) {
                ResolvedAmount r = ref.internal() ? null : ctx.amount(ref);
                Double m = r == null ? null : r.massG();
                in += m == null ? 0 : m;
                if (m != null && GreenMetricsCheck.isLiquid(ctx, ref, r)) {
                    liquids += m;
                }
            }
            if (in == 0 && ctx.route().kind() == reflux.model.route.Route.Kind.CLAIMS) {
                continue; // a claim-level stage prints no amounts: no balance to draw
            }
            Optional<Outcome> out = ctx.productOutcome(stage);
            Double product = out.flatMap(o -> new Amounts(o.amounts()).mass()).map(Amounts.Base::value).orElse(null);
            Double productMoles = product == null ? null
                    : out.flatMap(o -> ctx.material(o.substance())).map(m -> product / m.molarMass()).orElse(null);
            Double byProducts = null;
            List<String> names = new ArrayList<>();
            Optional<StageRun> run = ctx.stageRun(stage).filter(GreenMetricsCheck::trusted);
            if (run.isPresent() && productMoles != null) {
                double coefProduct = run.get().products().isEmpty() ? 1
                        : Math.max(run.get().products().get(0).coefficient(), 1e-9);
                double extent = productMoles / coefProduct;
                byProducts = 0.0;
                for (Species s : run.get().byProducts()) {
                    double g = extent * s.coefficient() * s.molarMass();
                    byProducts += g;
                    names.add((s.substance() != null ? s.substance() : s.formula()) + " " + fmt(g) + " g");
                }
            }
            Double unaccounted = product == null ? null : in - product - (byProducts == null ? 0 : byProducts);
            String note = product == null ? "no product mass printed"
                    : run.isEmpty() ? "no balanced equation from the run: by-products unknown"
                    : "by-products from the balanced equation for the moles of product isolated";
            Double liquidsG = unaccounted == null ? null : Math.min(liquids, unaccounted);
            Double residue = unaccounted == null ? null : unaccounted - liquidsG;
            sink.massBalance.add(new AuditReport.MassBalanceRow(stage.id(), in, product, byProducts, unaccounted,
                    liquidsG, residue, names, note));
            if (product == null) {
                continue;
            }
            String path = AuditContext.outcomePath(stage, out.get());
            if (product > in) {
                sink.add(FindingCode.MASS_BALANCE_VIOLATION, "Stage " + stage.id() + " isolates " + fmt(product)
                        + " g but only " + fmt(in) + " g was charged.", path, null,
                        cmp("mass", in, product, null, "g"));
            } else {
                sink.add(FindingCode.MASS_BALANCE, "Stage " + stage.id() + ": " + fmt(in) + " g in; "
                        + fmt(product) + " g product" + (byProducts == null ? "" : ", " + fmt(byProducts)
                        + " g by-products (" + String.join(", ", names) + ")") + "; " + fmt(unaccounted)
                        + " g unaccounted: " + fmt(liquidsG) + " g solvents, work-up liquids and water (waste"
                        + " streams), " + fmt(residue) + " g " + (byProducts == null ? "by-products, " : "")
                        + "excess reagents, unreacted material and product left in the mother liquors.", path, null,
                        cmp("mass", in, product + (byProducts == null ? 0 : byProducts), null, "g"));
            }
        }
    }
}
