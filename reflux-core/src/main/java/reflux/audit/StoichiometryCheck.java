package reflux.audit;

import static reflux.audit.AuditSink.cmp;
import static reflux.audit.ResolvedAmount.fmt;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import reflux.model.finding.Severity;
import reflux.model.route.Role;
import reflux.model.route.Stage;
import reflux.model.route.SubstanceRef;

/**
 * Moles from mass (molar mass of the declared salt/hydrate form) and from volume (density, strength), compared with
 * the printed moles within the printed precision; which alternative forms would make each pair consistent;
 * equivalents against the limiting reactant; charges without any amount.
 *
 * <p>Tolerance (decided 2026-11-23, docs/conventions/audit.md): a pair agrees <em>as printed</em> when
 * mass/M rounds to the printed moles (|mass/M − n| ≤ half a unit in the last printed place of n), and agrees
 * <em>within precision</em> when it does so for some mass within half a unit of the last printed place of the mass.
 */
final class StoichiometryCheck implements Checker {

    @Override
    public String name() {
        return "stoichiometry";
    }

    /** Verdict of one pair against one form. 0 = as printed, 1 = within precision of the mass, 2 = no. */
    static int tier(double massG, double massHalf, double molarMass, double printed, double printedHalf) {
        double n = massG / molarMass;
        double diff = Math.abs(n - printed);
        if (diff <= printedHalf * (1 + 1e-9)) {
            return 0;
        }
        return diff <= (printedHalf + massHalf / molarMass) * (1 + 1e-9) ? 1 : 2;
    }

    @Override
    public void check(AuditContext ctx, AuditSink sink) {
        Map<String, List<String>> consistentBySubstance = new LinkedHashMap<>();
        Map<String, List<String>> excludedBySubstance = new LinkedHashMap<>();
        for (Stage stage : ctx.route().stages()) {
            List<ChargeRef> refs = ctx.charges(stage);
            Double limiting = limitingMoles(ctx, refs);
            for (ChargeRef ref : refs) {
                if (ref.internal()) {
                    continue;
                }
                Amounts a = new Amounts(ref.charge().amounts());
                ResolvedAmount r = ctx.amount(ref);
                sink.assumptions.addAll(r.assumptions());
                missingAmount(ref, a, sink);
                Double eq = limiting != null && r.moles() != null
                        && (r.molarMass() != null || a.moles().isPresent()) ? r.moles() / limiting : null;
                sink.amounts.add(new AuditReport.AmountRow(stage.id(), ref.path(),
                        ref.substanceId() != null ? ref.substanceId() : ref.charge().from(),
                        ref.charge().role().name().toLowerCase(java.util.Locale.ROOT), r.massG(),
                        a.volume().map(Amounts.Base::value).orElse(null),
                        a.moles().map(Amounts.Base::value).orElse(null),
                        a.mass().isPresent() || a.volume().isPresent() ? r.moles() : null, r.molarMass(), eq,
                        a.equivalents().map(Amounts.Base::value).orElse(null), r.basis()));
                if (a.moles().isPresent() && a.mass().isPresent()) {
                    ctx.material(ref.substanceId()).ifPresent(m -> checkPair(ctx, ref, a, m, sink,
                            consistentBySubstance, excludedBySubstance));
                } else if (a.moles().isPresent() && a.volume().isPresent() && r.moles() != null) {
                    checkVolumePair(ref, a, r, sink);
                }
                if (a.equivalents().isPresent() && eq != null) {
                    Amounts.Base p = a.equivalents().get();
                    if (Math.abs(eq - p.value()) > p.halfLastDigit() + 0.05 * p.value()) {
                        sink.add(Severity.WARNING, "EQUIVALENTS_MISMATCH", "Printed " + p.printed() + " but "
                                + fmt(eq) + " eq against the limiting reactant of stage " + stage.id() + ".",
                                ref.path(), ref.quote(), cmp("equivalents", eq, p.value(), p.halfLastDigit(), "eq"));
                    }
                }
            }
        }
        summary(ctx, sink, consistentBySubstance, excludedBySubstance);
    }

    private static void missingAmount(ChargeRef ref, Amounts a, AuditSink sink) {
        boolean hasContents = ref.charge().containing().stream().anyMatch(c -> !c.amounts().isEmpty());
        if (!a.isEmpty() || hasContents) {
            return;
        }
        Role role = ref.charge().role();
        boolean matters = role == Role.REACTANT || role == Role.REAGENT || role == Role.CATALYST;
        sink.add(matters ? Severity.WARNING : Severity.INFO, "MISSING_AMOUNT",
                "No amount printed for " + (ref.substanceId() != null ? ref.substanceId() : ref.charge().from())
                        + " (" + role.name().toLowerCase(java.util.Locale.ROOT) + "); left out of mass totals.",
                ref.path(), ref.quote());
        sink.assumptions.add(ref.path() + ": no amount printed; counted as 0 g in PMI and mass balance");
    }

    /** Smallest moles among the stage's reactant charges (divided by their coefficient when the run has one). */
    static Double limitingMoles(AuditContext ctx, List<ChargeRef> refs) {
        Double best = null;
        for (ChargeRef ref : refs) {
            if (ref.internal() || !ctx.isReactant(ref)) {
                continue;
            }
            Double n = ctx.amount(ref).moles();
            if (n != null && n > 0 && (best == null || n < best)) {
                best = n;
            }
        }
        return best;
    }

    private static void checkPair(AuditContext ctx, ChargeRef ref, Amounts a, Material m, AuditSink sink,
                                  Map<String, List<String>> consistent, Map<String, List<String>> excluded) {
        Amounts.Base mass = a.mass().get();
        Amounts.Base mol = a.moles().get();
        String what = ctx.substance(ref.substanceId()).map(SubstanceRef::id).orElse(ref.substanceId());
        int declaredTier = tier(mass.value(), mass.halfLastDigit(), m.molarMass(), mol.value(), mol.halfLastDigit());
        double computed = mass.value() / m.molarMass();
        var numbers = cmp("moles", computed, mol.value(), mol.halfLastDigit() + (declaredTier == 1
                ? mass.halfLastDigit() / m.molarMass() : 0), "mol");
        String pair = mass.printed() + " / " + fmt(m.molarMass()) + " g/mol = " + fmt(computed) + " mol vs printed "
                + mol.printed();
        if (!FormCandidates.applies(m)) {
            if (declaredTier < 2) {
                sink.add(Severity.INFO, "MOLES_CONSISTENT", pair + (declaredTier == 0 ? ": agrees as printed."
                        : ": agrees within the printed precision of the mass."), ref.path(), ref.quote(), numbers);
            } else {
                sink.add(Severity.ERROR, "MOLES_MISMATCH", pair + ": disagrees beyond the printed precision.",
                        ref.path(), ref.quote(), numbers);
            }
            return;
        }
        List<FormCandidates.Candidate> candidates = FormCandidates.of(m, ctx.data());
        int bestTier = 2;
        for (FormCandidates.Candidate c : candidates) {
            bestTier = Math.min(bestTier, tier(mass.value(), mass.halfLastDigit(), c.molarMass(), mol.value(),
                    mol.halfLastDigit()));
        }
        List<String> ok = new ArrayList<>();
        List<String> no = new ArrayList<>();
        String declaredLabel = null;
        for (FormCandidates.Candidate c : candidates) {
            int t = tier(mass.value(), mass.halfLastDigit(), c.molarMass(), mol.value(), mol.halfLastDigit());
            String label = c.label() + " (" + fmt(c.molarMass()) + " g/mol → " + fmt(mass.value() / c.molarMass())
                    + " mol)";
            if (c.declared()) {
                declaredLabel = c.label();
            }
            if (t <= bestTier && t < 2) {
                ok.add(label);
                consistent.computeIfAbsent(what, k -> new ArrayList<>()).add(c.label());
            } else {
                no.add(c.label());
                excluded.computeIfAbsent(what, k -> new ArrayList<>()).add(c.label());
            }
        }
        String tierWords = bestTier == 0 ? "as printed" : "within the printed precision of the mass";
        if (declaredTier <= bestTier && declaredTier < 2) {
            String others = ok.size() > 1 ? " Forms consistent " + tierWords + ": " + String.join("; ", ok) + "."
                    : " Only this form is consistent " + tierWords + ".";
            sink.add(Severity.INFO, "FORM_CONSISTENT", pair + ": agrees " + tierWords + " with " + what + " as "
                    + declaredLabel + "." + others + (no.isEmpty() ? "" : " Excluded: " + String.join(", ", no)
                    + "."), ref.path(), ref.quote(), numbers);
        } else if (bestTier < 2) {
            sink.add(Severity.WARNING, "SALT_FORM_AMBIGUOUS", pair + ": disagrees with the declared form ("
                    + declaredLabel + ") but agrees " + tierWords + " only if " + what + " is: " + String.join("; ", ok)
                    + ".", ref.path(), ref.quote(), numbers);
        } else {
            sink.add(Severity.ERROR, "MOLES_MISMATCH", pair + ": disagrees beyond the printed precision for the "
                    + "declared form and for every alternative form tried (" + candidates.size() + ").",
                    ref.path(), ref.quote(), numbers);
        }
    }

    private static void checkVolumePair(ChargeRef ref, Amounts a, ResolvedAmount r, AuditSink sink) {
        Amounts.Base mol = a.moles().get();
        Amounts.Base vol = a.volume().get();
        double tol = mol.halfLastDigit() + r.moles() * vol.halfLastDigit() / vol.value();
        var numbers = cmp("moles", r.moles(), mol.value(), tol, "mol");
        if (Math.abs(r.moles() - mol.value()) <= tol) {
            sink.add(Severity.INFO, "MOLES_CONSISTENT", r.basis() + " = " + fmt(r.moles()) + " mol agrees with printed "
                    + mol.printed() + ".", ref.path(), ref.quote(), numbers);
        } else {
            sink.add(Severity.ERROR, "MOLES_MISMATCH", r.basis() + " = " + fmt(r.moles()) + " mol disagrees with "
                    + "printed " + mol.printed() + ".", ref.path(), ref.quote(), numbers);
        }
    }

    private static void summary(AuditContext ctx, AuditSink sink, Map<String, List<String>> consistent,
                                Map<String, List<String>> excluded) {
        if (consistent.isEmpty()) {
            return;
        }
        List<String> parts = new ArrayList<>();
        for (var e : consistent.entrySet()) {
            List<String> forms = e.getValue().stream().distinct()
                    .filter(f -> !excluded.getOrDefault(e.getKey(), List.of()).contains(f)).toList();
            String label = ctx.substance(e.getKey()).map(SubstanceRef::name).orElse(e.getKey());
            parts.add(label + (forms.size() == 1 ? " only as " + forms.get(0)
                    : forms.isEmpty() ? ": no single form fits every pair" : " as " + String.join(" or ", forms)
                    + " (the printed precision does not tell these apart)"));
        }
        sink.add(Severity.INFO, "FORM_CONSISTENT", "The printed (mass, mol) pairs agree with: "
                + String.join("; ", parts) + ".", "substances", null);
    }
}
