package reflux.audit;

import static reflux.audit.AuditSink.cmp;
import static reflux.audit.ResolvedAmount.fmt;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import reflux.model.finding.FindingCode;
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

    private final reflux.engine.RuleLibrary rules;

    /** With the standard rule library (which substrate a reagent reacts with). */
    StoichiometryCheck() {
        this(reflux.engine.RuleLibrary.standard());
    }

    StoichiometryCheck(reflux.engine.RuleLibrary rules) {
        this.rules = rules;
    }

    @Override
    public String name() {
        return "stoichiometry";
    }

    /** How well a (mass, mol) pair fits a molar mass; lower is better. */
    enum Fit {
        /**
         * Fits with the printed moles read at the mass's significant figures (trailing zeros dropped: 0.03 = 0.030).
         */
        AT_MASS_PRECISION("as printed (moles read to the significant figures of the mass)"),
        /** mass/M rounds to the printed moles. */
        AS_PRINTED("as printed"),
        /** Fits for some mass within half a unit of the last printed place of the mass. */
        WITHIN_MASS_PRECISION("within the printed precision of the mass"),
        NO("no");

        final String words;

        Fit(String words) {
            this.words = words;
        }
    }

    static Fit fit(Amounts.Base mass, Amounts.Base mol, double molarMass) {
        double n = mass.value() / molarMass;
        double diff = Math.abs(n - mol.value());
        double eps = 1 + 1e-9;
        double padded = paddedHalf(mass, mol);
        if (padded < mol.halfLastDigit() && diff <= padded * eps) {
            return Fit.AT_MASS_PRECISION;
        }
        if (diff <= mol.halfLastDigit() * eps) {
            return padded < mol.halfLastDigit() ? Fit.AS_PRINTED : Fit.AT_MASS_PRECISION;
        }
        return diff <= (mol.halfLastDigit() + mass.halfLastDigit() / molarMass) * eps ? Fit.WITHIN_MASS_PRECISION
                : Fit.NO;
    }

    /** Half a unit of the last place when the printed moles are given the mass's significant figures. */
    static double paddedHalf(Amounts.Base mass, Amounts.Base mol) {
        int sigMass = mass.printed().significantFigures();
        int sigMol = mol.printed().significantFigures();
        if (sigMol >= sigMass || mol.value() == 0) {
            return mol.halfLastDigit();
        }
        int leading = (int) Math.floor(Math.log10(Math.abs(mol.value())));
        return 0.5 * Math.pow(10, leading - (sigMass - 1));
    }

    @Override
    public void check(AuditContext ctx, AuditSink sink) {
        Map<String, List<String>> consistentBySubstance = new LinkedHashMap<>();
        Map<String, List<String>> excludedBySubstance = new LinkedHashMap<>();
        ReagentEquivalents pairing = new ReagentEquivalents(rules);
        for (Stage stage : ctx.route().stages()) {
            List<ChargeRef> refs = ctx.charges(stage);
            Optional<LimitingReactant> lim = LimitingReactant.of(ctx, stage);
            Double limiting = lim.map(LimitingReactant::moles).orElse(null);
            Map<ChargeRef, ReagentEquivalents.Pairing> pairs = pairing.pair(ctx, stage);
            for (ChargeRef ref : refs) {
                if (ref.internal()) {
                    continue;
                }
                Amounts a = new Amounts(ref.charge().amounts());
                ResolvedAmount r = ctx.amount(ref);
                r.assumptions().forEach(x -> sink.assume(x, ref.quote(), false));
                if (ctx.route().kind() == reflux.model.route.Route.Kind.EXAMPLE) {
                    missingAmount(ref, a, sink);
                }
                Role role = ref.charge().role();
                boolean stoichiometric = role == Role.REACTANT || role == Role.REAGENT || role == Role.CATALYST;
                Double eq = limiting != null && r.moles() != null && stoichiometric && !r.water()
                        && (r.molarMass() != null || a.moles().isPresent()) ? r.moles() / limiting : null;
                sink.amounts.add(new AuditReport.AmountRow(stage.id(), ref.path(),
                        ref.substanceId() != null ? ref.substanceId() : ref.charge().from(),
                        ref.charge().role().name().toLowerCase(java.util.Locale.ROOT), r.massG(),
                        a.volume().map(Amounts.Base::value).orElse(null),
                        a.moles().map(Amounts.Base::value).orElse(null),
                        a.mass().isPresent() || a.volume().isPresent() ? r.moles() : null, r.molarMass(), eq,
                        a.equivalents().map(Amounts.Base::value).orElse(null), r.basis(),
                        pairs.containsKey(ref) ? pairs.get(ref).substrate().substanceId() : null,
                        pairs.containsKey(ref) ? pairs.get(ref).equivalents() : null));
                if (pairs.containsKey(ref) && eq != null) {
                    reagentEquivalents(ctx, pairs.get(ref), lim.get(), eq, sink);
                }
                if (a.moles().isPresent() && a.mass().isPresent()) {
                    ctx.material(ref.substanceId()).ifPresent(m -> checkPair(ctx, ref, a, m, sink,
                            consistentBySubstance, excludedBySubstance));
                } else if (a.moles().isPresent() && a.volume().isPresent() && r.moles() != null) {
                    checkVolumePair(ref, a, r, sink);
                }
                if (a.equivalents().isPresent() && eq != null) {
                    Amounts.Base p = a.equivalents().get();
                    if (Math.abs(eq - p.value()) > p.halfLastDigit() + 0.05 * p.value()) {
                        sink.add(FindingCode.EQUIVALENTS_MISMATCH, "Printed " + p.printed() + " but "
                                + fmt(eq) + " eq against the limiting reactant of stage " + stage.id() + ".",
                                ref.path(), ref.quote(), cmp("equivalents", eq, p.value(), p.halfLastDigit(), "eq"));
                    }
                }
            }
        }
        for (Stage stage : ctx.route().stages()) {
            for (reflux.model.route.Outcome o : stage.outcomes()) {
                Amounts a = new Amounts(o.amounts());
                if (a.mass().isPresent() && a.moles().isPresent()) {
                    ChargeRef ref = new ChargeRef(stage, AuditContext.outcomePath(stage, o),
                            new reflux.model.route.Charge(o.substance(), null, Role.PRODUCT, o.amounts(),
                                    java.util.List.of(), o.source()), o.substance(), null, false, null);
                    ctx.material(o.substance()).ifPresent(m -> checkPair(ctx, ref, a, m, sink,
                            consistentBySubstance, excludedBySubstance));
                }
            }
        }
        summary(ctx, sink, consistentBySubstance, excludedBySubstance);
    }

    /** Equivalents of a reagent against its substrate and against the limiting reactant, with the arithmetic. */
    private static void reagentEquivalents(AuditContext ctx, ReagentEquivalents.Pairing p, LimitingReactant lim,
                                           double eqLimiting, AuditSink sink) {
        ChargeRef ref = p.reagent();
        String printed = "";
        Optional<Amounts.Base> nR = new Amounts(ref.charge().amounts()).moles();
        Optional<Amounts.Base> nS = new Amounts(p.substrate().charge().amounts()).moles();
        if (nR.isPresent() && nS.isPresent() && nS.get().value() > 0) {
            printed = " (printed moles: " + nR.get().printed() + " / " + nS.get().printed() + " = "
                    + fmt(nR.get().value() / nS.get().value()) + " eq)";
        }
        String equation = p.coefReagent() == 1 && p.coefSubstrate() == 1 ? ""
                : "; the balanced equation takes " + fmt(p.coefReagent() / p.coefSubstrate()) + " eq";
        sink.add(FindingCode.REAGENT_EQUIVALENTS, ref.substanceId() + " " + fmt(p.reagentMoles()) + " mol ("
                + ctx.amount(ref).basis() + "): " + fmt(p.equivalents()) + " eq against " + p.substrate().substanceId()
                + ", the substrate of rule " + p.ruleId() + " (" + fmt(p.substrateMoles()) + " mol)" + printed
                + equation + "; " + fmt(eqLimiting) + " eq against the limiting reactant " + lim.ref().substanceId()
                + " (" + fmt(lim.moles()) + " mol).", ref.path(), ref.quote(),
                cmp("equivalents against " + p.substrate().substanceId(), p.equivalents(), null, null, "eq"),
                cmp("equivalents against the limiting reactant " + lim.ref().substanceId(), eqLimiting, null, null,
                        "eq"));
    }

    private static void missingAmount(ChargeRef ref, Amounts a, AuditSink sink) {
        boolean hasContents = ref.charge().containing().stream().anyMatch(c -> !c.amounts().isEmpty());
        if (a.isEmpty() && hasContents) {
            sink.assume(new Assumption(FindingCode.COMPOSITION_UNSTATED, ref.path(),
                    (ref.substanceId() != null ? ref.substanceId() : "solution") + " of unstated composition: only"
                            + " its printed contents are counted, so PMI and mass balance are lower bounds",
                    "the source prints no amount for the solution itself"), ref.quote(), false);
        }
        if (!a.isEmpty() || hasContents) {
            return;
        }
        Role role = ref.charge().role();
        boolean matters = role == Role.REACTANT || role == Role.REAGENT || role == Role.CATALYST;
        sink.add(matters ? Severity.WARNING : Severity.INFO, FindingCode.MISSING_AMOUNT,
                "No amount printed for " + (ref.substanceId() != null ? ref.substanceId() : ref.charge().from())
                        + " (" + role.name().toLowerCase(java.util.Locale.ROOT) + "); left out of mass totals.",
                ref.path(), ref.quote());
        sink.assume(new Assumption(FindingCode.MISSING_AMOUNT, ref.path(),
                "no amount printed; counted as 0 g in PMI and mass balance", null), ref.quote(), true);
    }

    private static void checkPair(AuditContext ctx, ChargeRef ref, Amounts a, Material m, AuditSink sink,
                                  Map<String, List<String>> consistent, Map<String, List<String>> excluded) {
        Amounts.Base mass = a.mass().get();
        Amounts.Base mol = a.moles().get();
        String what = ctx.substance(ref.substanceId()).map(SubstanceRef::id).orElse(ref.substanceId());
        Fit declaredFit = fit(mass, mol, m.molarMass());
        double computed = mass.value() / m.molarMass();
        double tol = switch (declaredFit) {
            case AT_MASS_PRECISION -> Math.min(paddedHalf(mass, mol), mol.halfLastDigit());
            case AS_PRINTED -> mol.halfLastDigit();
            default -> mol.halfLastDigit() + mass.halfLastDigit() / m.molarMass();
        };
        var numbers = cmp("moles", computed, mol.value(), tol, "mol");
        String pair = mass.printed() + " / " + fmt(m.molarMass()) + " g/mol = " + fmt(computed) + " mol vs printed "
                + mol.printed();
        if (!FormCandidates.applies(m)) {
            if (declaredFit != Fit.NO) {
                sink.add(FindingCode.MOLES_CONSISTENT, pair + ": agrees " + declaredFit.words + ".", ref.path(),
                        ref.quote(), numbers);
            } else {
                sink.add(FindingCode.MOLES_MISMATCH, pair + ": disagrees beyond the printed precision.",
                        ref.path(), ref.quote(), numbers);
            }
            return;
        }
        List<FormCandidates.Candidate> candidates = FormCandidates.of(m, ctx);
        Fit best = Fit.NO;
        for (FormCandidates.Candidate c : candidates) {
            Fit f = fit(mass, mol, c.molarMass());
            best = f.ordinal() < best.ordinal() ? f : best;
        }
        List<String> ok = new ArrayList<>();
        List<String> no = new ArrayList<>();
        String declaredLabel = null;
        for (FormCandidates.Candidate c : candidates) {
            Fit f = fit(mass, mol, c.molarMass());
            String label = c.label() + " (" + fmt(c.molarMass()) + " g/mol → " + fmt(mass.value() / c.molarMass())
                    + " mol)";
            if (c.declared()) {
                declaredLabel = c.label();
            }
            if (f == best && f != Fit.NO) {
                ok.add(label);
                consistent.computeIfAbsent(what, k -> new ArrayList<>()).add(c.label());
            } else {
                no.add(c.label());
                excluded.computeIfAbsent(what, k -> new ArrayList<>()).add(c.label());
            }
        }
        List<String> looser = new ArrayList<>();
        if (best == Fit.AT_MASS_PRECISION) {
            for (FormCandidates.Candidate c : candidates) {
                if (fit(mass, mol, c.molarMass()) == Fit.AS_PRINTED) {
                    looser.add(c.label());
                }
            }
        }
        String looserWords = looser.isEmpty() ? "" : " Read at its own " + mol.printed().significantFigures()
                + " significant figure(s), the printed moles would also admit: " + String.join(", ", looser) + ".";
        if (declaredFit == best && best != Fit.NO) {
            String others = ok.size() > 1 ? " Forms consistent " + best.words + ": " + String.join("; ", ok) + "."
                    : " Only this form is consistent " + best.words + ".";
            sink.add(FindingCode.FORM_CONSISTENT, pair + ": agrees " + best.words + " with " + what + " as "
                    + declaredLabel + "." + others + (no.isEmpty() ? "" : " Excluded: " + String.join(", ", no)
                    + ".") + looserWords, ref.path(), ref.quote(), numbers);
        } else if (best != Fit.NO) {
            // a declared form the printed pair excludes (at all, or at the mass's precision, which another form meets)
            // while another form explains it is a contradiction, not an ambiguity
            boolean excludedForm = declaredFit == Fit.NO || best == Fit.AT_MASS_PRECISION;
            sink.add(excludedForm ? FindingCode.FORM_CONTRADICTS_AMOUNTS : FindingCode.SALT_FORM_AMBIGUOUS,
                    pair + ": fits the declared form (" + declaredLabel
                    + ") " + (declaredFit == Fit.NO ? "not at all" : "only " + declaredFit.words) + " but fits "
                    + best.words + " if " + what + " is: " + String.join("; ", ok) + "." + looserWords,
                    ref.path(), ref.quote(), numbers);
        } else {
            sink.add(FindingCode.MOLES_MISMATCH, pair + ": disagrees beyond the printed precision for the "
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
            sink.add(FindingCode.MOLES_CONSISTENT, r.basis() + " = " + fmt(r.moles()) + " mol agrees with printed "
                    + mol.printed() + ".", ref.path(), ref.quote(), numbers);
        } else {
            sink.add(FindingCode.MOLES_MISMATCH, r.basis() + " = " + fmt(r.moles()) + " mol disagrees with "
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
        sink.add(FindingCode.FORM_CONSISTENT, "The printed (mass, mol) pairs agree with: "
                + String.join("; ", parts) + ".", "substances", null);
    }
}
