package reflux.audit;

import static reflux.audit.AuditSink.cmp;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import reflux.model.finding.FindingCode;
import reflux.model.route.MsPeak;
import reflux.model.route.Outcome;
import reflux.model.route.Stage;
import reflux.model.run.Species;

/**
 * Explains each printed MS value by an ion of a species that can be present at that point: the outcome's substance,
 * the substances (not solvents or workup liquids) and run species (inputs, products, by-products) of its stage and of
 * any earlier stage whose in-situ stream it takes, and the run's impurities formed up to that stage: [M]+ of permanent
 * cations, [M+H]+, [M+Na]+, [M+K]+, [M-H]-, ... (table ms-ions.tsv) with their isotopologues; flags values that
 * nothing explains and nominal values that ions of different species share.
 */
final class MsCheck implements Checker {

    /** The engine's line naming the stages an impurity's derivation re-ran ({@code re-ran stages [I, II]}). */
    private static final Pattern RERAN = Pattern.compile("re-ran stages \\[([^\\]]*)]");

    /** A species that may show up in a spectrum. */
    private record Candidate(String id, Material material) {
    }

    /** One explanation of a printed value. */
    private record Explanation(String species, IonCalculator.IonPeak peak) {
    }

    @Override
    public String name() {
        return "ms";
    }

    @Override
    public void check(AuditContext ctx, AuditSink sink) {
        for (int si = 0; si < ctx.route().stages().size(); si++) {
            Stage stage = ctx.route().stages().get(si);
            for (Outcome o : stage.outcomes()) {
                List<MsPeak> peaks = o.analytics().ms();
                if (peaks.isEmpty()) {
                    continue;
                }
                List<Candidate> candidates = candidates(ctx, si, o);
                for (int i = 0; i < peaks.size(); i++) {
                    explain(ctx, stage, o, i, peaks.get(i), candidates, sink);
                }
            }
        }
    }

    private static List<Candidate> candidates(AuditContext ctx, int stageIndex, Outcome outcome) {
        Map<String, Candidate> out = new LinkedHashMap<>();
        addSubstance(ctx, outcome.substance(), out);
        for (int si : present(ctx, stageIndex)) {
            Stage s = ctx.route().stages().get(si);
            if (s.product() != null) {
                addSubstance(ctx, s.product(), out);
            }
            s.reactants().forEach(id -> addSubstance(ctx, id, out));
            for (ChargeRef ref : ctx.charges(s)) {
                reflux.model.route.Role role = ref.charge().role();
                if (role != reflux.model.route.Role.SOLVENT && role != reflux.model.route.Role.WORKUP) {
                    addSubstance(ctx, ref.substanceId(), out);
                }
            }
            ctx.stageRun(s).ifPresent(run -> {
                addSpecies(ctx, run.products(), out);
                addSpecies(ctx, run.byProducts(), out);
                addSpecies(ctx, run.inputs(), out);
            });
        }
        if (ctx.run() != null) {
            addSpecies(ctx, ctx.run().impurities().stream()
                    .filter(sp -> formedAt(ctx, sp.substance()) <= stageIndex).toList(), out);
        }
        // species with the same parent formula (salt forms, stereoisomers, the run's copy of a route substance)
        // give the same ions: keep the first, so that a shared value is not called a collision
        Map<String, Candidate> byFormula = new LinkedHashMap<>();
        for (Candidate c : out.values()) {
            byFormula.putIfAbsent(c.material().parent().counts().toString(), c);
        }
        return new ArrayList<>(byFormula.values());
    }

    /**
     * Indices of the stages whose species can be in the outcome of stage {@code stageIndex}: that stage, and an
     * earlier stage whose in-situ stream (solution, crude) it pours in, transitively. An isolated intermediate is
     * already among the stage's own inputs; what else its stage held was left behind.
     */
    private static List<Integer> present(AuditContext ctx, int stageIndex) {
        List<Stage> stages = ctx.route().stages();
        Set<Integer> out = new LinkedHashSet<>();
        java.util.ArrayDeque<Integer> todo = new ArrayDeque<>(List.of(stageIndex));
        while (!todo.isEmpty()) {
            int si = todo.pop();
            if (!out.add(si)) {
                continue;
            }
            for (ChargeRef ref : ctx.charges(stages.get(si))) {
                if (ref.fromOutcome() != null && !ref.fromOutcome().isolated()) {
                    ctx.stageOf(ref.fromOutcome()).map(stages::indexOf).filter(i -> i >= 0 && i < si)
                            .ifPresent(todo::push);
                }
            }
        }
        return List.copyOf(out);
    }

    /**
     * Index of the stage after which an impurity of the run exists: the last stage its derivation re-ran (the
     * {@code re-ran stages [..]} line of its {@link reflux.model.run.ImpurityMass} evidence); the route's last stage
     * when that is not stated (the engine carries every impurity to the end of the route).
     */
    static int formedAt(AuditContext ctx, String impurityId) {
        List<Stage> stages = ctx.route().stages();
        int last = stages.size() - 1;
        for (reflux.model.run.ImpurityMass m : ctx.run().impurityMasses()) {
            if (!m.id().equals(impurityId)) {
                continue;
            }
            for (String e : m.evidence()) {
                Matcher x = RERAN.matcher(e);
                if (x.find()) {
                    String[] ids = x.group(1).split(",\\s*");
                    String id = ids[ids.length - 1].trim();
                    for (int i = 0; i < stages.size(); i++) {
                        if (stages.get(i).id().equals(id)) {
                            return i;
                        }
                    }
                }
            }
        }
        return last;
    }

    private static void addSubstance(AuditContext ctx, String id, Map<String, Candidate> out) {
        if (id == null || out.containsKey(id)) {
            return;
        }
        ctx.material(id).filter(m -> ctx.cache().molarMass(m.parent()) > 50)
                .ifPresent(m -> out.put(id, new Candidate(id, m)));
    }

    private static void addSpecies(AuditContext ctx, List<Species> species, Map<String, Candidate> out) {
        for (Species s : species) {
            String id = s.substance() != null ? s.substance() : s.formula() != null ? s.formula() : s.smiles();
            if (s.smiles() == null || out.containsKey(id)) {
                continue;
            }
            ctx.cache().material(s.smiles()).filter(m -> ctx.cache().molarMass(m.parent()) > 50)
                    .ifPresent(m -> out.put(id, new Candidate(id, m)));
        }
    }

    private static void explain(AuditContext ctx, Stage stage, Outcome o, int index, MsPeak peak,
                                List<Candidate> candidates, AuditSink sink) {
        String path = AuditContext.outcomePath(stage, o) + ".analytics.ms[" + index + "]";
        boolean negative = peak.mode() != null && peak.mode().toLowerCase(Locale.ROOT).contains("neg");
        boolean nominal = Math.abs(peak.mz() - Math.rint(peak.mz())) < 1e-9;
        double tol = nominal ? 0.5 : 0.02;
        List<Explanation> found = explanations(ctx, peak, candidates, negative, tol, true);
        if (found.isEmpty()) {
            found = explanations(ctx, peak, candidates, negative, tol, false);
        }
        report(stage, o, peak, candidates, found, path, tol, sink);
    }

    private static List<Explanation> explanations(AuditContext ctx, MsPeak peak, List<Candidate> candidates,
                                                  boolean negative, double tol, boolean primary) {
        List<Explanation> found = new ArrayList<>();
        for (Candidate c : candidates) {
            for (AuditData.IonType type : ctx.data().ionTypes()) {
                if (type.primary() != primary || negative != "negative".equals(type.mode())
                        || !applies(type, c.material())) {
                    continue;
                }
                Formula ion = IonCalculator.ionFormula(c.material().parent(), type);
                Optional<Double> mass = ion == null ? Optional.empty() : ctx.cache().monoMass(ion);
                if (mass.isEmpty()) {
                    continue;
                }
                double mono = IonCalculator.monoMz(mass.get(), type.charge());
                if (peak.mz() < mono - 1 || peak.mz() > mono + 7) {
                    continue;
                }
                for (IonCalculator.IonPeak p : ctx.cache().ionPeaks(ion, type)) {
                    if (Math.abs(p.mz() - peak.mz()) <= tol) {
                        found.add(new Explanation(c.id(), p));
                    }
                }
            }
        }
        return found;
    }

    private static void report(Stage stage, Outcome o, MsPeak peak, List<Candidate> candidates,
                               List<Explanation> found, String path, double tol, AuditSink sink) {
        String printed = peak.text() != null ? peak.text() : String.valueOf(peak.mz());
        if (found.isEmpty()) {
            sink.add(FindingCode.MS_PEAK_UNEXPLAINED, "m/z " + fmtMz(peak.mz()) + " (" + printed + ") is "
                    + "not an ion of " + o.substance() + " nor of any of " + candidates.size() + " related species "
                    + "(" + String.join(", ", candidates.stream().map(Candidate::id).toList()) + ").", path, printed,
                    cmp("m/z", null, peak.mz(), tol, "m/z"));
            return;
        }
        List<String> words = new ArrayList<>();
        for (Explanation e : found) {
            words.add(describe(e, peak));
        }
        Explanation best = found.stream().filter(e -> e.species().equals(o.substance())).findFirst()
                .orElse(found.get(0));
        sink.add(FindingCode.MS_PEAK_EXPLAINED, "m/z " + fmtMz(peak.mz()) + " = " + String.join("; or ", words)
                + ".", path, printed, cmp("m/z", best.peak().mz(), peak.mz(), tol, "m/z"));
        Set<String> species = new LinkedHashSet<>();
        found.forEach(e -> species.add(e.species()));
        if (species.size() > 1) {
            sink.add(FindingCode.MS_NOMINAL_COLLISION, "Nominal m/z " + fmtMz(peak.mz()) + " fits ions of "
                    + species.size() + " different species (" + String.join("; ", words) + "): at this resolution "
                    + "the value does not tell them apart.", path, printed,
                    cmp("m/z", found.get(0).peak().mz(), found.get(found.size() - 1).peak().mz(), tol, "m/z"));
        }
    }

    private static boolean applies(AuditData.IonType type, Material m) {
        return switch (type.applies()) {
            case "cation" -> m.permanentCation();
            case "neutral" -> !m.permanentCation();
            default -> true;
        };
    }

    private static String describe(Explanation e, MsPeak peak) {
        IonCalculator.IonPeak p = e.peak();
        String label = p.ionLabel();
        String note = p.nominalOffset() == 0 && "monoisotopic".equals(p.isotopeNote()) ? ""
                : " " + p.isotopeNote() + " isotopologue";
        String printedLabel = peak.label() == null ? "" : peak.label().replaceAll("[\\[\\]+\\s]", "");
        String remark = label.startsWith("[M]+") && printedLabel.equalsIgnoreCase("M1")
                ? " (the printed \"" + peak.label() + "\" is the cation itself)" : "";
        return e.species() + " " + label + note + ", " + p.formula() + (p.charge() > 0 ? "+" : "-") + " "
                + String.format(Locale.ROOT, "%.4f", p.mz()) + remark;
    }

    private static String fmtMz(double mz) {
        return Math.abs(mz - Math.rint(mz)) < 1e-9 ? String.valueOf((long) Math.rint(mz))
                : String.format(Locale.ROOT, "%.4f", mz);
    }
}
