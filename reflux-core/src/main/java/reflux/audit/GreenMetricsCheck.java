package reflux.audit;

import static reflux.audit.AuditSink.cmp;
import static reflux.audit.ResolvedAmount.fmt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import reflux.model.finding.FindingCode;
import reflux.model.route.Outcome;
import reflux.model.route.Role;
import reflux.model.route.Stage;
import reflux.model.run.Species;
import reflux.model.run.StageRun;

/**
 * ACS GCI Pharmaceutical Roundtable metrics per stage and for the route per kg of final product (convergent PMI):
 * PMI = total mass in / mass of isolated product, split reactants / reagents / solvents / water; E-factor = PMI − 1;
 * atom economy = coef × M of the main product / Σ(coef × M) of the inputs of the net equation (the run's balanced
 * equation with the species on both sides cancelled, see {@link #net}); a PMI is a lower bound when a charge's mass is
 * unknown (a solution of unstated composition); reaction mass
 * efficiency = product / reactants charged. Upstream stages are scaled by the mass of their product that the next
 * stage consumes; an intermediate charged is not counted again as a raw material.
 */
final class GreenMetricsCheck implements Checker {

    private static final int REACTANTS = 0;
    private static final int REAGENTS = 1;
    private static final int SOLVENTS = 2;
    private static final int WATER = 3;

    /**
     * Raw inputs of a stage in g by class, the mass of intermediates from earlier stages charged, and the charges
     * whose mass is not known (a solution of unstated composition, a charge without an amount): with any of those
     * the PMI is only a lower bound.
     */
    private record StageMass(double[] raw, double intermediates, Double product, Double reactantsCharged,
                             List<String> unknown) {
        double rawTotal() {
            return raw[0] + raw[1] + raw[2] + raw[3];
        }
    }

    @Override
    public String name() {
        return "green-metrics";
    }

    @Override
    public void check(AuditContext ctx, AuditSink sink) {
        Map<String, StageMass> masses = new HashMap<>();
        for (Stage stage : ctx.route().stages()) {
            StageMass sm = stageMass(ctx, stage);
            masses.put(stage.id(), sm);
            if (sm.rawTotal() + sm.intermediates() == 0 && ctx.route().kind() == reflux.model.route.Route.Kind.CLAIMS) {
                continue; // claim-level stage without amounts
            }
            Optional<NetEquation> net = netEquation(ctx, stage);
            Double ae = net.map(NetEquation::atomEconomy).orElse(null);
            String netText = net.map(n -> "; net equation " + n.text()).orElse("");
            String aeNote = ae != null ? "" : ctx.stageRun(stage).isEmpty()
                    ? "; atom economy needs the balanced equation (route not executed)"
                    : "; atom economy not computable (the run did not reach the declared product with a balanced "
                    + "equation)";
            if (sm.product() == null) {
                sink.metrics.add(new AuditReport.MetricsRow(stage.id(), null, false, null, null, null, null, null, ae, null,
                        "PMI not computable: no product mass printed; " + fmt(sm.rawTotal() + sm.intermediates())
                                + " g charged" + aeNote + netText));
                continue;
            }
            double p = sm.product();
            double total = sm.rawTotal() + sm.intermediates();
            double[] raw = sm.raw().clone();
            raw[REACTANTS] += sm.intermediates();
            Double rme = sm.reactantsCharged() == null || sm.reactantsCharged() == 0 ? null
                    : 100 * p / sm.reactantsCharged();
            boolean lower = !sm.unknown().isEmpty();
            sink.metrics.add(new AuditReport.MetricsRow(stage.id(), total / p, lower, raw[REACTANTS] / p,
                    raw[REAGENTS] / p, raw[SOLVENTS] / p, raw[WATER] / p, total / p - 1, ae, rme,
                    "per g of isolated " + stage.product() + unknownNote(sm.unknown()) + aeNote + netText));
            sink.add(FindingCode.GREEN_METRICS, "Stage " + stage.id() + ": PMI " + bound(lower) + fmt(total / p)
                    + lowerBoundRemark(sm.unknown()) + " (reactants "
                    + fmt(raw[REACTANTS] / p) + ", reagents " + fmt(raw[REAGENTS] / p) + ", solvents "
                    + fmt(raw[SOLVENTS] / p) + ", water " + fmt(raw[WATER] / p) + "), E-factor " + bound(lower)
                    + fmt(total / p - 1)
                    + ", atom economy " + (ae == null ? "n/a" : YieldCheck.pct(ae)) + ", RME "
                    + (rme == null ? "n/a" : YieldCheck.pct(rme)) + net.map(n -> ". Net equation: " + n.text())
                    .orElse("") + ".", "stages[" + stage.id() + "]", null,
                    cmp("PMI", total / p, null, null, "kg/kg"));
        }
        route(ctx, masses, sink);
    }

    private static StageMass stageMass(AuditContext ctx, Stage stage) {
        double[] raw = new double[4];
        double intermediates = 0;
        double reactants = 0;
        boolean anyReactant = false;
        List<String> unknown = new ArrayList<>();
        for (ChargeRef ref : ctx.charges(stage)) {
            if (ref.internal()) {
                continue;
            }
            ResolvedAmount r = ctx.amount(ref);
            if (r.massG() == null) {
                unknownMass(ctx, stage, ref).ifPresent(unknown::add);
                continue;
            }
            if (ctx.isReactant(ref)) {
                reactants += r.massG();
                anyReactant = true;
            }
            if (isIntermediate(ctx, stage, ref)) {
                intermediates += r.massG();
                continue;
            }
            raw[classOf(ctx, ref, r)] += r.massG();
        }
        Double product = ctx.productOutcome(stage).flatMap(o -> new Amounts(o.amounts()).mass())
                .map(Amounts.Base::value).orElse(null);
        return new StageMass(raw, intermediates, product, anyReactant ? reactants : null, List.copyOf(unknown));
    }

    /**
     * Why a charge adds an unknown mass to the stage, or empty when it adds none: a stream taken from another stage
     * was counted where it was made.
     */
    private static Optional<String> unknownMass(AuditContext ctx, Stage stage, ChargeRef ref) {
        if (ref.fromOutcome() != null || ref.charge().from() != null) {
            return Optional.empty();
        }
        String what = ref.substanceId() != null ? ref.substanceId() : "solution";
        boolean contents = ref.charge().containing().stream().anyMatch(c -> !c.amounts().isEmpty());
        return Optional.of(contents ? what + " of unstated composition (only its printed contents counted; "
                + ref.path() + ")" : what + " without a mass (" + ref.path() + ")");
    }

    private static String lowerBoundRemark(List<String> unknown) {
        return unknown.isEmpty() ? "" : " [a lower bound: " + String.join("; ", unknown) + "]";
    }

    private static String bound(boolean lower) {
        return lower ? "≥ " : "";
    }

    private static String unknownNote(List<String> unknown) {
        return unknown.isEmpty() ? "" : "; PMI is a lower bound: " + String.join("; ", unknown);
    }

    /** True when the charge is the product of an earlier stage (not a raw material of the route). */
    private static boolean isIntermediate(AuditContext ctx, Stage stage, ChargeRef ref) {
        if (ref.fromOutcome() != null && ctx.stageOf(ref.fromOutcome()).filter(s -> s != stage).isPresent()) {
            return true;
        }
        for (Stage s : ctx.route().stages()) {
            if (s == stage) {
                return false;
            }
            if (ref.substanceId() != null && ref.substanceId().equals(s.product())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a charge counts as solvent or water in the PMI split: what leaves a stage as waste liquid (the mass
     * balance names it so).
     */
    static boolean isLiquid(AuditContext ctx, ChargeRef ref, ResolvedAmount r) {
        int c = classOf(ctx, ref, r);
        return c == SOLVENTS || c == WATER;
    }

    private static int classOf(AuditContext ctx, ChargeRef ref, ResolvedAmount r) {
        if (r.water()) {
            return WATER;
        }
        if (ctx.isReactant(ref)) {
            return REACTANTS;
        }
        Role role = ref.charge().role();
        return role == Role.SOLVENT || role == Role.WORKUP ? SOLVENTS : REAGENTS;
    }

    /** A run whose equation can be used: it reached the declared product and balances. */
    static boolean trusted(StageRun run) {
        return run.balanced() && (run.verdict() == reflux.model.run.Verdict.MATCH
                || run.verdict() == reflux.model.run.Verdict.CONSTITUTION_ONLY);
    }

    /**
     * The stage equation with every species that stands on both sides cancelled (same InChIKey, else same SMILES):
     * water of a hydrate that the cyclisation releases, an acid one rule releases and the product's salt takes up.
     * The main product is never cancelled (an isolation stage keeps product -> product).
     */
    record NetEquation(List<Species> inputs, Species main, List<Species> outputs, List<String> cancelled) {

        double inputMass() {
            return inputs.stream().mapToDouble(s -> s.coefficient() * s.molarMass()).sum();
        }

        /** Atom economy, %: coef × M of the main product over Σ coef × M of the net inputs; null without inputs. */
        Double atomEconomy() {
            double in = inputMass();
            return in <= 0 ? null : 100 * main.coefficient() * main.molarMass() / in;
        }

        String text() {
            List<String> right = new ArrayList<>();
            right.add(term(main));
            outputs.forEach(s -> right.add(term(s)));
            return String.join(" + ", inputs.stream().map(GreenMetricsCheck::term).toList()) + " -> "
                    + String.join(" + ", right) + (cancelled.isEmpty() ? ""
                    : " (cancelled on both sides: " + String.join(", ", cancelled) + ")");
        }
    }

    static NetEquation net(StageRun run) {
        Species main = run.products().get(0);
        Map<String, Double> in = new java.util.LinkedHashMap<>();
        Map<String, Double> out = new java.util.LinkedHashMap<>();
        Map<String, Species> byKey = new HashMap<>();
        for (Species s : run.inputs()) {
            in.merge(key(s), s.coefficient(), Double::sum);
            byKey.putIfAbsent(key(s), s);
        }
        List<Species> outs = new ArrayList<>(run.products().subList(1, run.products().size()));
        outs.addAll(run.byProducts());
        for (Species s : outs) {
            out.merge(key(s), s.coefficient(), Double::sum);
            byKey.putIfAbsent(key(s), s);
        }
        List<String> cancelled = new ArrayList<>();
        for (String k : List.copyOf(in.keySet())) {
            if (k.equals(key(main)) || !out.containsKey(k)) {
                continue;
            }
            double c = Math.min(in.get(k), out.get(k));
            cancelled.add(coef(c) + name(byKey.get(k)));
            in.merge(k, -c, Double::sum);
            out.merge(k, -c, Double::sum);
        }
        return new NetEquation(species(in, byKey), main, species(out, byKey), cancelled);
    }

    private static List<Species> species(Map<String, Double> coefs, Map<String, Species> byKey) {
        List<Species> out = new ArrayList<>();
        coefs.forEach((k, c) -> {
            if (c > 1e-9) {
                Species s = byKey.get(k);
                out.add(new Species(s.substance(), s.smiles(), s.inchiKey(), s.formula(), s.molarMass(), c));
            }
        });
        return out;
    }

    private static String key(Species s) {
        return s.inchiKey() != null ? s.inchiKey() : s.smiles() != null ? s.smiles() : s.formula();
    }

    private static String name(Species s) {
        return s.substance() != null ? s.substance() : s.formula();
    }

    private static String coef(double c) {
        return Math.abs(c - 1) < 1e-9 ? "" : (Math.abs(c - Math.rint(c)) < 1e-9 ? String.valueOf((long) Math.rint(c))
                : String.format(java.util.Locale.ROOT, "%.3g", c)) + " ";
    }

    private static String term(Species s) {
        return coef(s.coefficient()) + name(s);
    }

    private static Optional<NetEquation> netEquation(AuditContext ctx, Stage stage) {
        Optional<StageRun> run = ctx.stageRun(stage).filter(GreenMetricsCheck::trusted);
        if (run.isEmpty() || run.get().inputs().isEmpty() || run.get().products().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(net(run.get()));
    }

    /** Route PMI per kg of the last stage's product: upstream stages scaled by the intermediate they supply. */
    private static void route(AuditContext ctx, Map<String, StageMass> masses, AuditSink sink) {
        List<Stage> stages = ctx.route().stages();
        if (stages.size() < 2) {
            return;
        }
        Stage last = stages.get(stages.size() - 1);
        Optional<RouteNet> net = routeNet(ctx);
        Double ae = net.map(RouteNet::atomEconomy).orElse(null);
        String netText = net.map(n -> "; net equation " + n.text() + ", " + fmt(n.inputsPerKg())
                + " kg of net inputs per kg").orElse("");
        Map<String, Double> scale = new HashMap<>();
        List<String> gaps = new ArrayList<>();
        StageMass lastMass = masses.get(last.id());
        if (lastMass.product() == null) {
            gaps.add(last.id() + " (no product mass)");
        } else {
            scale.put(last.id(), 1 / lastMass.product());
        }
        for (int i = stages.size() - 2; i >= 0 && gaps.isEmpty(); i--) {
            Stage s = stages.get(i);
            StageMass sm = masses.get(s.id());
            Optional<double[]> use = consumption(ctx, s, stages.subList(i + 1, stages.size()), scale);
            if (sm.product() == null || use.isEmpty()) {
                gaps.add(s.id() + (sm.product() == null ? " (no product mass)" : " (product use not found)"));
            } else {
                scale.put(s.id(), use.get()[0] / sm.product());
            }
        }
        if (!gaps.isEmpty()) {
            sink.metrics.add(new AuditReport.MetricsRow("route", null, false, null, null, null, null, null, ae, null,
                    "route PMI not computable: stage " + String.join(", ", gaps)
                            + (lastMass.product() != null ? "; last stage alone: PMI ≥ "
                            + fmt(lastMass.rawTotal() / lastMass.product()) + " in raw materials" : "") + netText));
            return;
        }
        double[] raw = new double[4];
        double reactants = 0;
        for (Stage s : stages) {
            StageMass sm = masses.get(s.id());
            double f = scale.get(s.id());
            for (int k = 0; k < 4; k++) {
                raw[k] += sm.raw()[k] * f;
            }
            reactants += sm.raw()[REACTANTS] * f;
        }
        double total = raw[0] + raw[1] + raw[2] + raw[3];
        List<String> unknown = new ArrayList<>();
        stages.forEach(s -> masses.get(s.id()).unknown().forEach(u -> unknown.add("stage " + s.id() + ": " + u)));
        boolean lower = !unknown.isEmpty();
        sink.metrics.add(new AuditReport.MetricsRow("route", total, lower, raw[REACTANTS], raw[REAGENTS],
                raw[SOLVENTS], raw[WATER], total - 1, ae, reactants > 0 ? 100 / reactants : null,
                "kg per kg of " + last.product() + "; upstream stages scaled by the intermediate the next stage uses"
                        + unknownNote(unknown) + netText));
        sink.add(FindingCode.GREEN_METRICS, "Route: PMI " + bound(lower) + fmt(total) + " kg/kg " + last.product()
                + lowerBoundRemark(unknown)
                + " (reactants " + fmt(raw[REACTANTS]) + ", reagents " + fmt(raw[REAGENTS]) + ", solvents "
                + fmt(raw[SOLVENTS]) + ", water " + fmt(raw[WATER]) + "), E-factor " + bound(lower) + fmt(total - 1)
                + ", atom economy " + (ae == null ? "n/a" : YieldCheck.pct(ae)) + net.map(n -> " (net equation "
                + n.text() + "; " + fmt(n.inputsPerKg()) + " kg of net inputs per kg " + last.product() + ")")
                .orElse("") + ".", null, null, cmp("PMI", total, null, null, "kg/kg"));
    }

    /** g of stage {@code s}'s product used by the later stage that consumes it, times that stage's scale. */
    private static Optional<double[]> consumption(AuditContext ctx, Stage s, List<Stage> later,
                                                  Map<String, Double> scale) {
        for (Stage l : later) {
            for (ChargeRef ref : ctx.charges(l)) {
                boolean fromS = ref.fromOutcome() != null && s.outcomes().contains(ref.fromOutcome())
                        || s.product() != null && s.product().equals(ref.substanceId());
                Double m = ctx.amount(ref).massG();
                if (fromS && m != null && scale.containsKey(l.id())) {
                    return Optional.of(new double[] {m * scale.get(l.id())});
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Route atom economy from the stages' net equations: each stage scaled by the moles of its main product that the
     * later stages take (1 when none does), an intermediate handed on not counted again as an input. Species of
     * different stages do not cancel otherwise (they are in different vessels). Null when a stage has no usable run.
     */
    static Optional<RouteNet> routeNet(List<NetEquation> stages) {
        if (stages.isEmpty()) {
            return Optional.empty();
        }
        int n = stages.size();
        double[] factor = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            String made = key(stages.get(i).main());
            double taken = 0;
            for (int j = i + 1; j < n; j++) {
                for (Species s : stages.get(j).inputs()) {
                    if (key(s).equals(made)) {
                        taken += s.coefficient() * factor[j];
                    }
                }
            }
            factor[i] = (i == n - 1 || taken == 0 ? 1 : taken) / stages.get(i).main().coefficient();
        }
        Map<String, Double> in = new java.util.LinkedHashMap<>();
        Map<String, Species> byKey = new HashMap<>();
        java.util.Set<String> made = new java.util.HashSet<>();
        for (int i = 0; i < n; i++) {
            for (Species s : stages.get(i).inputs()) {
                if (!made.contains(key(s))) {
                    in.merge(key(s), s.coefficient() * factor[i], Double::sum);
                    byKey.putIfAbsent(key(s), s);
                }
            }
            made.add(key(stages.get(i).main()));
        }
        Species last = stages.get(n - 1).main();
        return Optional.of(new RouteNet(species(in, byKey), last));
    }

    /** The raw-material side of the route's net equation, per mole of the last stage's main product × its coef. */
    record RouteNet(List<Species> inputs, Species product) {

        double inputMass() {
            return inputs.stream().mapToDouble(s -> s.coefficient() * s.molarMass()).sum();
        }

        Double atomEconomy() {
            double in = inputMass();
            return in <= 0 ? null : 100 * product.coefficient() * product.molarMass() / in;
        }

        /** kg of net inputs per kg of the final product. */
        Double inputsPerKg() {
            return product.molarMass() <= 0 ? null : inputMass() / (product.coefficient() * product.molarMass());
        }

        String text() {
            return String.join(" + ", inputs.stream().map(GreenMetricsCheck::term).toList()) + " -> "
                    + term(product) + " + by-products";
        }
    }

    private static Optional<RouteNet> routeNet(AuditContext ctx) {
        List<NetEquation> nets = new ArrayList<>();
        for (Stage s : ctx.route().stages()) {
            Optional<NetEquation> e = netEquation(ctx, s);
            if (e.isEmpty()) {
                return Optional.empty();
            }
            nets.add(e.get());
        }
        return routeNet(nets);
    }

}
