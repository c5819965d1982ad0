package reflux.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import reflux.model.route.SubstanceRef;

/**
 * A charge's amount in g and mol as the audit computes it, with the basis in words ("10 g / 333.836 g/mol",
 * "100 mL × 1.3266 g/mL (density table)") and the assumptions made. Null = not computable.
 *
 * @param massG        mass in g, or null
 * @param moles        moles computed from mass (or volume), else the printed moles, or null
 * @param molarMass    molar mass of the declared form used, or null
 * @param water        true when the material counts as water in the PMI split
 * @param basis        how the numbers were obtained
 * @param assumptions  assumptions made (densities, strengths)
 * @param relativePrecision half a unit in the last printed place of the amount the mass and moles were taken from,
 *                     over that amount ("10 g" → 0.05; densities and molar masses count as exact); null = no amount
 * @param density      the density row found for the material (whether or not its mass came from it), or null
 */
record ResolvedAmount(Double massG, Double moles, Double molarMass, boolean water, String basis,
                      List<Assumption> assumptions, Double relativePrecision, AuditData.Density density) {

    static ResolvedAmount of(AuditContext ctx, ChargeRef ref) {
        Amounts a = new Amounts(ref.charge().amounts());
        Optional<Material> material = ctx.material(ref.substanceId());
        Double mw = material.map(Material::molarMass).orElse(null);
        Optional<AuditData.Density> density = densityOf(ctx, ref);
        boolean water = density.map(AuditData.Density::water).orElse(false)
                || material.map(m -> "O".equals(m.smiles().trim())).orElse(false);
        List<Assumption> assumptions = new ArrayList<>();
        Double mass = null;
        Double moles = null;
        String basis;
        Double precision = null;
        if (a.mass().isPresent()) {
            mass = a.mass().get().value();
            basis = fmt(mass) + " g as printed";
            precision = relative(a.mass().get());
        } else if (a.volume().isPresent() && density.isPresent()) {
            double v = a.volume().get().value();
            precision = relative(a.volume().get());
            mass = v * density.get().densityGPerMl();
            basis = fmt(v) + " mL × " + density.get().densityGPerMl() + " g/mL";
            assumptions.add(new Assumption(reflux.model.finding.FindingCode.DENSITY_ASSUMED, ref.path(),
                    label(ctx, ref) + ": " + fmt(v) + " mL taken as " + fmt(mass) + " g at density "
                            + density.get().densityGPerMl() + " g/mL", density.get().source()));
        } else if (a.moles().isPresent() && mw != null) {
            mass = a.moles().get().value() * mw;
            basis = "printed moles × " + fmt(mw) + " g/mol";
            precision = relative(a.moles().get());
        } else {
            basis = a.isEmpty() ? "no amount printed" : "amount not convertible to mass";
        }
        if (mass != null && density.isPresent() && density.get().soluteMassPercent() != null
                && a.mass().isEmpty()) {
            double pct = density.get().soluteMassPercent();
            Optional<Material> solute = Optional.ofNullable(density.get().soluteSmiles())
                    .flatMap(ctx.cache()::material);
            if (solute.isPresent()) {
                moles = mass * pct / 100 / solute.get().molarMass();
                basis += " × " + pct + " % w/w / " + fmt(solute.get().molarMass()) + " g/mol";
                assumptions.add(new Assumption(reflux.model.finding.FindingCode.STRENGTH_ASSUMED, ref.path(),
                        label(ctx, ref) + ": a " + pct + " % w/w solution, so " + fmt(moles) + " mol of "
                                + solute.get().parent() + " in " + fmt(mass) + " g", density.get().source()));
            }
        } else if (mass != null && mw != null) {
            moles = mass / mw;
            basis += " / " + fmt(mw) + " g/mol";
        }
        if (moles == null && a.moles().isPresent()) {
            moles = a.moles().get().value();
            basis += "; printed moles";
            precision = relative(a.moles().get());
        }
        return new ResolvedAmount(mass, moles, mw, water, basis, List.copyOf(assumptions), precision,
                density.orElse(null));
    }

    /** Half the last printed digit over the value ("13.2 g" → 0.05 / 13.2); null for a value of 0. */
    static Double relative(Amounts.Base b) {
        return b.value() > 0 ? b.halfLastDigit() / b.value() : null;
    }

    private static Optional<AuditData.Density> densityOf(AuditContext ctx, ChargeRef ref) {
        Optional<SubstanceRef> s = ctx.substance(ref.substanceId());
        if (s.isEmpty()) {
            return Optional.empty();
        }
        for (String candidate : new String[] {s.get().name(), s.get().id(),
                s.get().grade() == null ? null : s.get().name() + " " + s.get().grade()}) {
            Optional<AuditData.Density> d = ctx.data().density(candidate);
            if (d.isPresent()) {
                return d;
            }
        }
        String name = s.get().name().toLowerCase(Locale.ROOT);
        if (name.contains("hydrochloric acid")) {
            return ctx.data().density("concentrated hydrochloric acid");
        }
        return Optional.empty();
    }

    static String label(AuditContext ctx, ChargeRef ref) {
        return ctx.substance(ref.substanceId()).map(SubstanceRef::name)
                .orElse(ref.charge().from() != null ? ref.charge().from() : "?");
    }

    static String fmt(double v) {
        if (v == 0) {
            return "0";
        }
        double abs = Math.abs(v);
        if (abs >= 100) {
            return String.format(Locale.ROOT, "%.3f", v);
        }
        if (abs >= 1) {
            return String.format(Locale.ROOT, "%.4g", v);
        }
        return String.format(Locale.ROOT, "%.5g", v);
    }
}
