package reflux.scale;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import reflux.audit.AuditFigures;
import reflux.audit.AuditFigures.ChargeFigure;
import reflux.audit.AuditReport.VesselRow;
import reflux.model.quantity.Range;
import reflux.model.route.Charge;
import reflux.model.route.Operation;
import reflux.model.route.OperationType;
import reflux.model.route.Route;
import reflux.model.route.Stage;
import reflux.model.route.Step;
import reflux.model.route.SubstanceRef;
import reflux.route.io.RouteLoad;
import reflux.route.units.Units;
import reflux.scale.BatchSheet.BomLine;
import reflux.scale.BatchSheet.Line;
import reflux.scale.BatchSheet.RecordEntry;
import reflux.scale.BatchSheet.StageSheet;
import reflux.scale.BatchSheet.Waste;

/** Turns the stage factors into a {@link BatchSheet}: lines, bill of materials, batch record, vessel, waste, cost. */
final class SheetBuilder {

    private static final Pattern PATH = Pattern.compile(
            "^stages\\[([^\\]]+)]\\.steps\\[([^\\]]+)]\\.operations\\[(\\d+)](.*)$");
    private static final java.util.Set<OperationType> SEPARATED = java.util.EnumSet.of(OperationType.WASH,
            OperationType.EXTRACT, OperationType.PHASE_SEPARATE);

    private final RouteLoad load;
    private final Route route;
    private final AuditFigures figures;
    private final ScaleRequest req;

    SheetBuilder(RouteLoad load, AuditFigures figures, ScaleRequest req) {
        this.load = load;
        this.route = load.route();
        this.figures = figures;
        this.req = req;
    }

    BatchSheet build(TargetMatch.Match match, Map<String, double[]> factors, Map<String, String> basis,
                     Map<String, double[]> yields, Map<String, double[]> required, List<String> notes) {
        List<StageSheet> sheets = new ArrayList<>();
        double rawMin = 0;
        double rawMax = 0;
        boolean lower = false;
        Double costMin = req.prices() == null ? null : 0.0;
        Double costMax = costMin;
        for (Stage stage : route.stages()) {
            double[] f = factors.get(stage.id());
            if (f == null) {
                continue;
            }
            StageSheet s = stage(stage, f, basis.get(stage.id()), yields.get(stage.id()),
                    required.getOrDefault(stage.id(), new double[] {Double.NaN, Double.NaN}));
            sheets.add(s);
            for (BomLine b : s.bom()) {
                if ("raw".equals(b.kind()) || "contained".equals(b.kind())) {
                    if (b.kgMin() != null) {
                        rawMin += b.kgMin();
                        rawMax += b.kgMax();
                    }
                    // a solution of unstated composition (only its printed contents count), a charge without amount
                    lower |= b.kgMin() == null || b.partial();
                    if (costMin != null && b.costMin() != null) {
                        costMin += b.costMin();
                        costMax += b.costMax();
                    }
                }
            }
        }
        double kg = req.target().grams() / 1000;
        if (req.prices() != null) {
            for (StageSheet s : sheets) {
                for (BomLine b : s.bom()) {
                    if (b.costMin() == null && !"intermediate".equals(b.kind()) && !"transfer".equals(b.kind())
                            && (b.kgMin() != null || b.litresMin() != null)) {
                        notes.add("no price for " + b.substance() + " (stage " + s.stage() + "): not in the cost");
                    }
                }
            }
        }
        String file = load.file() == null ? null : load.file().toString();
        return new BatchSheet(route.id(), file, req.target().amount() + " " + req.target().substance(), kg,
                match.outcome().substance(), match.by(), req.vesselL(), req.maxFillPct(),
                req.prices() == null ? null : req.prices().currency(), sheets, rawMin / kg, rawMax / kg, lower,
                costMin == null ? null : costMin / kg, costMax == null ? null : costMax / kg, notes);
    }

    private StageSheet stage(Stage stage, double[] f, String yieldBasis, double[] yields, double[] need) {
        List<Line> lines = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (ChargeFigure c : figures.charges()) {
            if (c.stage().equals(stage.id())) {
                lines.add(line(stage, c, f));
            }
        }
        List<BomLine> bom = bom(lines);
        List<RecordEntry> record = new ArrayList<>();
        double workingMax = 0;
        boolean exact = true;
        int seq = 0;
        for (Step step : stage.steps()) {
            for (int i = 0; i < step.operations().size(); i++) {
                VesselRow v = vessel(stage, step, i);
                if (v != null) {
                    workingMax = Math.max(workingMax, v.contentMl() * f[1] / 1000);
                    exact &= v.exact();
                }
            }
        }
        Integer batches = null;
        String vesselNote = null;
        if (req.vesselL() != null && workingMax > 0) {
            double usable = req.vesselL() * req.maxFillPct() / 100;
            batches = Math.max(1, (int) Math.ceil(workingMax / usable - 1e-9));
            String wv = (exact ? "" : "at least ") + fmt(workingMax) + " L";
            vesselNote = batches == 1 ? "working volume " + wv + " fits the " + fmt(req.vesselL()) + " L vessel ("
                    + fmt(100 * workingMax / req.vesselL()) + " % fill, limit " + fmt(req.maxFillPct()) + " %)"
                    : "working volume " + wv + " exceeds " + fmt(req.maxFillPct()) + " % of the " + fmt(req.vesselL())
                    + " L vessel (" + fmt(usable) + " L): split into " + batches + " batches of " + fmt(workingMax
                    / batches) + " L (" + fmt(100 * workingMax / batches / req.vesselL()) + " % fill), each with 1/"
                    + batches + " of every charge";
            if (!exact) {
                vesselNote += "; a charge of unprinted volume is in the vessel, so the working volume is a lower bound";
            }
        }
        double lowH = 0;
        double highH = 0;
        boolean timed = false;
        for (Step step : stage.steps()) {
            for (int i = 0; i < step.operations().size(); i++) {
                Operation op = step.operations().get(i);
                VesselRow v = vessel(stage, step, i);
                String opPath = "stages[" + stage.id() + "].steps[" + step.id() + "].operations[" + i + "]";
                List<String> cs = new ArrayList<>();
                for (Line l : lines) {
                    if (l.path().startsWith(opPath + ".charges[")) {
                        cs.add(chargeText(l, batches == null ? 1 : batches));
                    }
                }
                Range d = op.conditions().duration();
                if (d != null && Units.convertible(d.low()) && Units.convertible(d.high())) {
                    lowH += Units.toBase(d.low()) / 3600;
                    highH += Units.toBase(d.high()) / 3600;
                    timed = true;
                }
                Double wMin = v == null ? null : v.contentMl() * f[0] / 1000;
                Double wMax = v == null ? null : v.contentMl() * f[1] / 1000;
                Double fill = wMax == null || req.vesselL() == null || batches == null ? null
                        : 100 * wMax / batches / req.vesselL();
                record.add(new RecordEntry(++seq, step.id(), i, op.type().name().toLowerCase(Locale.ROOT),
                        op.details(), str(op.conditions().temperature()), str(d), str(op.conditions().pH()), cs,
                        wMin, wMax, v == null || v.exact(), fill, hold(op), opPath, lineOf(indexPath(opPath)),
                        op.source().quote()));
            }
        }
        for (Line l : lines) {
            if (l.kgMin() == null && l.litresMin() == null && !"transfer".equals(l.kind())) {
                notes.add(l.substance() + " (" + l.path() + "): no amount printed, not scaled");
            }
        }
        if (!exact) {
            notes.add("a charge of unprinted volume (a solution, or a charge printed without amount) is in the"
                    + " vessel: working volumes are lower bounds");
        }
        double chargedMin = 0;
        double chargedMax = 0;
        for (BomLine b : bom) {
            if (b.kgMin() != null && !"transfer".equals(b.kind())) {
                chargedMin += b.kgMin();
                chargedMax += b.kgMax();
            }
        }
        double productMin = need[0] / 1000;
        double productMax = need[1] / 1000;
        List<Waste> waste = waste(stage, lines, chargedMin, chargedMax, productMin, productMax);
        Double pmi = Double.isNaN(productMax) || productMax <= 0 ? null : chargedMax / productMax;
        return new StageSheet(stage.id(), stage.name(), f[0], f[1], yieldBasis, Double.isNaN(yields[0])
                ? null : figures.report().yield(stage.id()) == null ? null
                : figures.report().yield(stage.id()).molarYieldPct(), yields[0], yields[1], productMin, productMax,
                lines, bom, record, workingMax, exact, batches, vesselNote, waste, pmi, timed ? lowH : null,
                timed ? highH : null, notes);
    }

    private Line line(Stage stage, ChargeFigure c, double[] f) {
        Matcher m = PATH.matcher(c.path());
        String step = m.matches() ? m.group(2) : null;
        int op = m.matches() ? Integer.parseInt(m.group(3)) : -1;
        String kind = c.internal() ? "transfer" : c.contained() ? "contained"
                : c.fromOutcome() != null && ScaleUp.stageOf(route, c.fromOutcome()) != stage ? "intermediate" : "raw";
        Double density = c.density() == null ? null : c.density().densityGPerMl();
        Double litres = c.volumeMl() != null ? c.volumeMl() : c.massG() != null && density != null
                ? c.massG() / density : null;
        Charge ch = c.charge();
        String name = c.substance() == null ? ch.from()
                : route.substance(c.substance()).map(SubstanceRef::name).orElse(c.substance());
        String printed = String.join(", ", ch.amounts().stream().map(Object::toString).toList());
        return new Line(stage.id(), step, op, c.path(), c.substance() != null ? c.substance() : ch.from(), name,
                ch.role().name().toLowerCase(Locale.ROOT), printed, times(c.massG(), f[0], 1000),
                times(c.massG(), f[1], 1000), times(litres, f[0], 1000), times(litres, f[1], 1000),
                times(c.moles(), f[0], 1), times(c.moles(), f[1], 1), density,
                c.density() == null ? null : c.density().soluteMassPercent(),
                c.density() == null ? null : c.density().source(), kind, fileName(), lineOf(indexPath(c.path())),
                ch.source().quote() != null ? ch.source().quote() : operationQuote(stage, step, op));
    }

    private static String operationQuote(Stage stage, String step, int op) {
        return stage.steps().stream().filter(s -> s.id().equals(step)).findFirst()
                .filter(s -> op >= 0 && op < s.operations().size())
                .map(s -> s.operations().get(op).source().quote()).orElse(null);
    }

    private List<BomLine> bom(List<Line> lines) {
        Map<String, List<Line>> by = new LinkedHashMap<>();
        for (Line l : lines) {
            if (!"transfer".equals(l.kind())) {
                by.computeIfAbsent(l.substance() + "\u0000" + l.kind(), k -> new ArrayList<>()).add(l);
            }
        }
        List<BomLine> out = new ArrayList<>();
        for (List<Line> ls : by.values()) {
            Line first = ls.get(0);
            Double kgMin = sum(ls, Line::kgMin);
            Double kgMax = sum(ls, Line::kgMax);
            Double lMin = sum(ls, Line::litresMin);
            Double lMax = sum(ls, Line::litresMax);
            Double costMin = null;
            Double costMax = null;
            String priceSource = null;
            if (req.prices() != null && !"intermediate".equals(first.kind())) {
                var p = req.prices().of(first.substance(), first.name());
                if (p.isPresent()) {
                    Double[] qty = p.get().perLitre() ? new Double[] {lMin, lMax} : new Double[] {kgMin, kgMax};
                    if (qty[0] != null) {
                        costMin = qty[0] * p.get().price();
                        costMax = qty[1] * p.get().price();
                        priceSource = req.prices().file() + ":" + p.get().line() + (p.get().source().isEmpty() ? ""
                                : " (" + p.get().source() + ")");
                    }
                }
            }
            out.add(new BomLine(first.substance(), first.name(), first.kind(), kgMin, kgMax, lMin, lMax,
                    first.density(), first.strengthPct(), first.densitySource(), costMin, costMax, priceSource,
                    ls.size(), ls.stream().anyMatch(l -> l.kgMax() == null && l.litresMax() == null)));
        }
        return out;
    }

    /** Wash layers run off before a filtration, then the rest: filtrate, cake washes and what drying removes. */
    private List<Waste> waste(Stage stage, List<Line> lines, double inMin, double inMax, double outMin,
                              double outMax) {
        List<Waste> out = new ArrayList<>();
        double layerMin = 0;
        double layerMax = 0;
        for (Step step : stage.steps()) {
            boolean filtered = false;
            for (int i = 0; i < step.operations().size(); i++) {
                Operation op = step.operations().get(i);
                filtered |= op.type() == OperationType.FILTER;
                if (filtered || !SEPARATED.contains(op.type())) {
                    continue;
                }
                String opPath = "stages[" + stage.id() + "].steps[" + step.id() + "].operations[" + i + "]";
                double lo = 0;
                double hi = 0;
                for (Line l : lines) {
                    if (l.path().startsWith(opPath + ".charges[") && "workup".equals(l.role()) && l.kgMin() != null) {
                        lo += l.kgMin();
                        hi += l.kgMax();
                    }
                }
                if (hi > 0) {
                    out.add(new Waste("wash layer, step " + step.id() + " (" + op.type().name().toLowerCase(Locale.ROOT)
                            + ")", lo, hi, "the wash liquid charged (plus what it extracts)"));
                    layerMin += lo;
                    layerMax += hi;
                }
            }
        }
        if (!Double.isNaN(outMax)) {
            out.add(new Waste("filtrate, cake washes, off-gas and drying losses", inMin - outMin - layerMin,
                    inMax - outMax - layerMax, "everything charged less the product and the wash layers (mass"
                    + " balance)"));
        }
        return out;
    }

    private VesselRow vessel(Stage stage, Step step, int op) {
        return figures.report().vessels().stream().filter(v -> v.stage().equals(stage.id())
                && v.step().equals(step.id()) && v.operation() == op).findFirst().orElse(null);
    }

    private static String hold(Operation op) {
        String text = ((op.details() == null ? "" : op.details()) + " " + op.source().quote()).toLowerCase(Locale.ROOT);
        String t = op.conditions().temperature() == null ? "" : " at " + op.conditions().temperature();
        if (op.produces() != null) {
            return "hold " + op.produces() + t + " until it is charged";
        }
        if (op.type() == OperationType.MONITOR || text.contains("tlc") || text.contains("hplc")) {
            return "IPC: " + (op.details() != null ? op.details() : op.source().quote());
        }
        if (text.contains("until")) {
            return "hold" + t + " until: " + (op.details() != null ? op.details() : op.source().quote());
        }
        if (op.type() == OperationType.ADJUST_PH && op.conditions().pH() != null) {
            return "IPC: adjust to pH " + op.conditions().pH() + " (dose to the pH; the scaled amount is what the"
                    + " example needed)";
        }
        return null;
    }

    /** A charge as the batch record gives it: per batch, with the total when there are several batches. */
    private static String chargeText(Line l, int batches) {
        String amount = l.kgMax() != null ? range(l.kgMin() / batches, l.kgMax() / batches) + " kg" : "";
        if (l.litresMax() != null) {
            amount += (amount.isEmpty() ? "" : " = ") + range(l.litresMin() / batches, l.litresMax() / batches) + " L";
        }
        if (!amount.isEmpty() && batches > 1) {
            amount += " per batch (" + (l.kgMax() != null ? range(l.kgMin(), l.kgMax()) + " kg"
                    : range(l.litresMin(), l.litresMax()) + " L") + " in all)";
        }
        return l.substance() + " " + (amount.isEmpty() ? "(no amount printed)" : amount)
                + ("transfer".equals(l.kind()) ? " (transfer the whole stream)" : "");
    }

    static String range(Double lo, Double hi) {
        return Math.abs(hi - lo) <= 1e-9 * Math.max(1, Math.abs(hi)) ? fmt(hi) : fmt(lo) + "–" + fmt(hi);
    }

    private String indexPath(String auditPath) {
        Matcher m = PATH.matcher(auditPath);
        if (!m.matches()) {
            return auditPath;
        }
        for (int s = 0; s < route.stages().size(); s++) {
            Stage stage = route.stages().get(s);
            if (stage.id().equals(m.group(1))) {
                for (int k = 0; k < stage.steps().size(); k++) {
                    if (stage.steps().get(k).id().equals(m.group(2))) {
                        return "stages[" + s + "].steps[" + k + "].operations[" + m.group(3) + "]" + m.group(4);
                    }
                }
            }
        }
        return auditPath;
    }

    private int lineOf(String indexPath) {
        return load.locations() == null ? 0 : load.locations().problem(indexPath, "", null).line();
    }

    private String fileName() {
        return load.file() == null ? null : load.file().toString();
    }

    private static Double times(Double v, double f, double per) {
        return v == null ? null : v * f / per;
    }

    /** The sum of the known values; null when none is known. */
    private static Double sum(List<Line> ls, java.util.function.Function<Line, Double> get) {
        Double t = null;
        for (Line l : ls) {
            Double v = get.apply(l);
            if (v != null) {
                t = t == null ? v : t + v;
            }
        }
        return t;
    }

    private static String str(Range r) {
        return r == null ? null : r.toString();
    }

    static String fmt(double v) {
        return ScaleUp.fmt(v);
    }
}
