package reflux.audit;

import static reflux.audit.AuditSink.cmp;
import static reflux.audit.ResolvedAmount.fmt;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import reflux.model.finding.FindingCode;
import reflux.model.route.Outcome;
import reflux.model.route.Stage;

/**
 * Yields per stage and for the route: molar (moles of isolated product in its declared form over moles of the
 * limiting reactant, coefficients from the run when it has them) and w/w; the stated yield compared when printed;
 * "not computable" when a mass is missing; sensitivity of the yield to the salt/hydrate assignment.
 */
final class YieldCheck implements Checker {

    @Override
    public String name() {
        return "yields";
    }

    @Override
    public void check(AuditContext ctx, AuditSink sink) {
        List<Double> stageYields = new ArrayList<>();
        List<String> gaps = new ArrayList<>();
        for (Stage stage : ctx.route().stages()) {
            Double y = stage(ctx, stage, sink);
            if (y == null) {
                gaps.add(stage.id());
            } else {
                stageYields.add(y);
            }
        }
        if (ctx.route().stages().size() > 1) {
            if (gaps.isEmpty() && !stageYields.isEmpty()) {
                double overall = 100;
                for (double y : stageYields) {
                    overall *= y / 100;
                }
                sink.yields.add(new AuditReport.YieldRow("route", null, null, null, null, null, overall, null, null,
                        "product of the stage molar yields"));
                sink.add(FindingCode.YIELD_OVERALL, "Overall molar yield " + pct(overall)
                        + " (product of the stage yields).", null, null, cmp("yield", overall, null, null, "%"));
            } else {
                sink.yields.add(new AuditReport.YieldRow("route", null, null, null, null, null, null, null, null,
                        "not computable: no yield for stage(s) " + String.join(", ", gaps)));
            }
        }
    }

    private Double stage(AuditContext ctx, Stage stage, AuditSink sink) {
        Optional<Outcome> out = ctx.productOutcome(stage);
        String stagePath = "stages[" + stage.id() + "]";
        if (out.isEmpty()) {
            notComputable(sink, stage, null, stagePath, "no isolated product", null);
            return null;
        }
        Outcome o = out.get();
        String path = AuditContext.outcomePath(stage, o);
        Amounts amounts = new Amounts(o.amounts());
        Optional<Material> product = ctx.material(o.substance());
        Optional<LimitingReactant> lim = LimitingReactant.of(ctx, stage);
        if (amounts.mass().isEmpty() && amounts.moles().isEmpty()) {
            notComputable(sink, stage, o, path, "no mass of " + o.substance() + " printed", o.source().quote());
            return null;
        }
        if (product.isEmpty() && amounts.moles().isEmpty()) {
            notComputable(sink, stage, o, path, "no structure for " + o.substance(), o.source().quote());
            return null;
        }
        if (lim.isEmpty()) {
            notComputable(sink, stage, o, path, "no reactant with a known amount", o.source().quote());
            return null;
        }
        LimitingReactant l = lim.get();
        double coefProduct = ctx.stageRun(stage)
                .map(sr -> LimitingReactant.coefficient(sr.products(), o.substance())).orElse(1.0);
        Double massP = amounts.mass().map(Amounts.Base::value).orElse(null);
        double molesP = massP != null && product.isPresent() ? massP / product.get().molarMass()
                : amounts.moles().get().value();
        double yield = 100 * (molesP / coefProduct) / (l.moles() / l.coefficient());
        Double ww = massP != null && !Double.isNaN(l.massG()) ? 100 * massP / l.massG() : null;
        Double stated = o.statedYield() == null ? null : o.statedYield().doubleValue();
        String limName = l.ref().substanceId();
        String basis = (massP != null ? fmt(massP) + " g / " + product.map(m -> fmt(m.molarMass())).orElse("?")
                + " g/mol = " : "") + fmt(molesP) + " mol " + o.substance() + " over " + ctx.amount(l.ref()).basis()
                + " = " + fmt(l.moles()) + " mol " + limName;
        Double purity = o.analytics() == null ? null : o.analytics().hplcPurity();
        Double corrected = purity == null ? null : yield * purity / 100;
        sink.yields.add(new AuditReport.YieldRow(stage.id(), o.substance(), massP, molesP, limName, l.moles(), yield,
                ww, stated, basis, purity, corrected));
        if (corrected != null) {
            sink.add(FindingCode.YIELD_PURITY_CORRECTED, "Stage " + stage.id() + " molar yield " + pct(yield)
                    + " as isolated, " + pct(corrected) + " corrected for the printed HPLC purity " + fmt(purity)
                    + " % (" + pct(yield) + " × " + fmt(purity) + " / 100; the HPLC area % is read as a mass"
                    + " fraction).", path, o.analytics().source().quote(),
                    cmp("purity-corrected yield", corrected, null, null, "%"));
            sink.assume(new Assumption(FindingCode.PURITY_AS_MASS_FRACTION, path, "HPLC purity " + fmt(purity)
                    + " % (area) read as the mass fraction of " + o.substance() + " in the isolated solid, giving the"
                    + " purity-corrected yield " + pct(corrected), "the route's printed HPLC purity; response"
                    + " factors are not printed"), o.analytics().source().quote(), false);
        }
        Double printedWater = o.analytics() == null ? null : o.analytics().waterContent();
        if (printedWater != null && product.isPresent()) {
            waterContent(ctx, stage, o, path, product.get(), printedWater, sink);
        } else {
            product.filter(m -> m.waters() > 0 && massP != null)
                    .ifPresent(m -> hydrateAssumed(ctx, stage, o, path, m, yield, sink));
        }
        sink.add(FindingCode.YIELD_COMPUTED, "Stage " + stage.id() + " molar yield " + pct(yield) + " ("
                + basis + ")" + (ww == null ? "" : "; w/w yield " + pct(ww)) + ".", path, o.source().quote(),
                cmp("yield", yield, stated, null, "%"));
        if (yield > 100) {
            sink.add(FindingCode.YIELD_OVER_100, "Stage " + stage.id() + " yield " + pct(yield)
                    + " exceeds 100 % (" + basis + ").", path, o.source().quote(),
                    cmp("yield", 100.0, yield, null, "%"));
        }
        if (stated != null) {
            Double relP = massP != null ? ResolvedAmount.relative(amounts.mass().get())
                    : ResolvedAmount.relative(amounts.moles().get());
            Double relL = ctx.amount(l.ref()).relativePrecision();
            Interval allowed = Interval.of(yield, relP == null ? 0 : relP, relL == null ? 0 : relL);
            statedYield(sink, stage, o, path, yield, stated, o.statedYield().halfLastDigit().doubleValue(), allowed);
        }
        sensitivity(ctx, stage, o, path, product.orElse(null), massP, l, yield, sink);
        return yield;
    }

    /**
     * The yields the printed amounts allow: each amount anywhere within half a unit of its last printed digit, the
     * product's relative precision {@code relP} and the limiting reactant's {@code relL} (yield ∝ P / L).
     */
    record Interval(double low, double high) {
        static Interval of(double yield, double relP, double relL) {
            return new Interval(yield * (1 - relP) / (1 + relL),
                    relL >= 1 ? Double.POSITIVE_INFINITY : yield * (1 + relP) / (1 - relL));
        }
    }

    /**
     * A stated yield is read as an interval too (± half its last printed digit, {@code half}). Disjoint from the
     * yields the masses allow: the route contradicts itself (YIELD_CONTRADICTED, an error). Overlapping, but the
     * point value the masses give is off the stated figure by more than its rounding: YIELD_MISMATCH (a warning).
     */
    static void statedYield(AuditSink sink, Stage stage, Outcome o, String path, double yield, double stated,
                            double half, Interval allowed) {
        String range = pct(allowed.low()) + " to " + pct(allowed.high());
        if (stated + half < allowed.low() || stated - half > allowed.high()) {
            sink.add(FindingCode.YIELD_CONTRADICTED, "Stage " + stage.id() + ": printed yield " + o.statedYield()
                    + " but the printed amounts give " + pct(yield) + " and allow only " + range
                    + " within their last digits.", path, o.source().quote(),
                    cmp("yield", yield, stated, Math.max(yield - allowed.low(), allowed.high() - yield) + half, "%"));
        } else if (Math.abs(yield - stated) > half) {
            sink.add(FindingCode.YIELD_MISMATCH, "Stage " + stage.id() + ": printed yield " + o.statedYield()
                    + " but the amounts give " + pct(yield) + " (the printed amounts allow " + range + ").", path,
                    o.source().quote(), cmp("yield", yield, stated, half, "%"));
        }
    }

    private static void sensitivity(AuditContext ctx, Stage stage, Outcome o, String path, Material product,
                                    Double massP, LimitingReactant l, double yield, AuditSink sink) {
        if (massP == null || product == null) {
            return;
        }
        List<String> lines = new ArrayList<>();
        double lo = yield;
        double hi = yield;
        if (FormCandidates.applies(product)) {
            for (FormCandidates.Candidate c : FormCandidates.of(product, ctx)) {
                if (!c.declared()) {
                    double y = 100 * (massP / c.molarMass()) / l.moles();
                    lines.add(o.substance() + " as " + c.label() + ": " + pct(y));
                    lo = Math.min(lo, y);
                    hi = Math.max(hi, y);
                }
            }
        }
        ResolvedAmount lr = ctx.amount(l.ref());
        if (l.material() != null && lr.massG() != null && FormCandidates.applies(l.material())) {
            for (FormCandidates.Candidate c : FormCandidates.of(l.material(), ctx)) {
                if (!c.declared()) {
                    double y = 100 * (massP / product.molarMass()) / (lr.massG() / c.molarMass());
                    lines.add(l.ref().substanceId() + " as " + c.label() + ": " + pct(y));
                    lo = Math.min(lo, y);
                    hi = Math.max(hi, y);
                }
            }
        }
        if (!lines.isEmpty()) {
            sink.add(FindingCode.YIELD_FORM_SENSITIVITY, "Stage " + stage.id() + " yield " + pct(yield)
                    + " with the declared forms; " + pct(lo) + " to " + pct(hi) + " under other salt/hydrate "
                    + "assignments (" + String.join("; ", lines) + ").", path, null,
                    cmp("yield", yield, null, hi - lo, "%"));
        }
    }

    /**
     * A hydrate declared for the product counts its water in the molar mass the yield uses; the route has no field
     * for a printed water content (KF, loss on drying), so the hydrate is an assumption the yield rests on.
     */
    private static void hydrateAssumed(AuditContext ctx, Stage stage, Outcome o, String path, Material m,
                                       double yield, AuditSink sink) {
        double water = ctx.cache().molarMass(Formula.parse("H2O"));
        double theoretical = 100 * m.waters() * water / m.molarMass();
        double anhydrous = m.molarMass() - m.waters() * water;
        double yAnhydrous = yield * m.molarMass() / anhydrous;   // same mass, fewer g/mol
        sink.add(FindingCode.HYDRATE_ASSUMED, "Stage " + stage.id() + " yield " + pct(yield) + " takes "
                + o.substance() + " as a " + (m.waters() == 1 ? "mono" : m.waters() + " ") + "hydrate ("
                + fmt(m.molarMass()) + " g/mol, theoretical water " + fmt(theoretical) + " % w/w) without a printed"
                + " water content; anhydrous (" + fmt(anhydrous) + " g/mol) it would be " + pct(yAnhydrous) + ".",
                path, o.source().quote(), cmp("theoretical water content", theoretical, null, null, "%"),
                cmp("yield if anhydrous", yAnhydrous, yield, null, "%"));
        sink.assume(new Assumption(FindingCode.HYDRATE_ASSUMED, path, o.substance() + " taken as the declared"
                + " hydrate (" + m.waters() + " H2O) for the yield " + pct(yield), "the route's declared form; no water"
                + " content printed"), o.source().quote(), true);
    }

    /**
     * A printed water content against the theoretical water of the declared form and of the same form with 0..n+1
     * waters: the declared count is confirmed when it is the nearest (WATER_CONTENT_CONSISTENT), else the nearest
     * count is named (WATER_CONTENT_MISMATCH). No tolerance: the hydrates themselves are the scale.
     */
    private static void waterContent(AuditContext ctx, Stage stage, Outcome o, String path, Material m,
                                     double printed, AuditSink sink) {
        double water = ctx.cache().molarMass(Formula.parse("H2O"));
        double anhydrous = m.molarMass() - m.waters() * water;
        int nearest = 0;
        List<String> table = new ArrayList<>();
        for (int n = 0; n <= m.waters() + 1; n++) {
            double pctN = 100 * n * water / (anhydrous + n * water);
            double best = 100 * nearest * water / (anhydrous + nearest * water);
            if (Math.abs(pctN - printed) < Math.abs(best - printed)) {
                nearest = n;
            }
            table.add(n + " H2O " + fmt(pctN) + " %");
        }
        double theoretical = 100 * m.waters() * water / m.molarMass();
        String words = "Stage " + stage.id() + ": printed water content " + fmt(printed) + " % w/w; " + o.substance()
                + " as declared (" + m.waters() + " H2O) holds " + fmt(theoretical) + " % (" + String.join(", ", table)
                + ")";
        if (nearest == m.waters()) {
            sink.add(FindingCode.WATER_CONTENT_CONSISTENT, words + ": the declared hydrate is the nearest.", path,
                    o.source().quote(), cmp("water content", theoretical, printed, null, "%"));
        } else {
            sink.add(FindingCode.WATER_CONTENT_MISMATCH, words + ": nearest to " + nearest + " H2O, not the declared "
                    + m.waters() + ".", path, o.source().quote(), cmp("water content", theoretical, printed, null,
                    "%"));
        }
    }

    private static void notComputable(AuditSink sink, Stage stage, Outcome o, String path, String why, String quote) {
        sink.yields.add(new AuditReport.YieldRow(stage.id(), o == null ? null : o.substance(), null, null, null, null,
                null, null, o == null || o.statedYield() == null ? null : o.statedYield().doubleValue(),
                "not computable: " + why));
        sink.add(FindingCode.YIELD_NOT_COMPUTABLE, "Stage " + stage.id() + " yield not computable: " + why + ".",
                path, quote);
    }

    static String pct(double v) {
        return String.format(java.util.Locale.ROOT, "%.1f %%", v);
    }
}
