package reflux.audit;

import static reflux.audit.AuditSink.cmp;
import static reflux.audit.ResolvedAmount.fmt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import reflux.model.finding.FindingCode;
import reflux.model.route.Charge;
import reflux.model.route.Operation;
import reflux.model.route.OperationType;
import reflux.model.route.Role;
import reflux.model.route.Stage;
import reflux.model.route.Step;

/**
 * Solvent volumes in L/kg of the stage's limiting reactant ("volumes") per operation and per stage, and the molar
 * concentration of each charge in the vessel where the vessel's liquid volume is known.
 *
 * <p>Decided 2026-12-01 (docs/conventions/audit.md): L/kg = mL of liquid / g of the limiting reactant
 * ({@link LimitingReactant}). Solvents (role solvent) and work-up liquids are totalled apart. A step is one vessel:
 * its liquid volume is the sum of the volumes of the solvents and liquid reagents charged so far (solids add none),
 * plus the volume of a stream made in an earlier step of the stage when it is charged; work-up liquids (washes, a
 * quench) are left out of it. A solution of unprinted volume makes the vessel volume unknown from there on. The
 * concentration of a charge = its moles / the vessel volume after its operation (charges of one operation go in
 * together: "X in 100 ml DCM").
 *
 * <p>Decided 2026-12-02 (docs/conventions/scale.md): each operation also gets a {@link AuditReport.VesselRow}, the
 * vessel's whole liquid content for the plant (working volume): the liquids above, plus a quench or other work-up
 * liquid charged into the vessel (it stays until the filtration), plus a wash or extraction liquid during its own
 * operation (the layer is run off afterwards); after a filtration the vessel is empty (a cake wash goes to the
 * filter). Solids add no volume. With a solution of unprinted volume, or a charge printed without any amount, the
 * content is a lower bound.
 */
final class VolumeCheck implements Checker {

    /** Operations whose work-up liquid forms a layer that is run off afterwards (it leaves the vessel). */
    private static final java.util.Set<OperationType> SEPARATED = java.util.EnumSet.of(OperationType.WASH,
            OperationType.EXTRACT, OperationType.PHASE_SEPARATE);

    @Override
    public String name() {
        return "volumes";
    }

    @Override
    public void check(AuditContext ctx, AuditSink sink) {
        for (Stage stage : ctx.route().stages()) {
            stage(ctx, stage, sink);
        }
    }

    private static void stage(AuditContext ctx, Stage stage, AuditSink sink) {
        Optional<LimitingReactant> lim = LimitingReactant.of(ctx, stage);
        Double limG = lim.map(LimitingReactant::massG).filter(m -> !Double.isNaN(m) && m > 0).orElse(null);
        String limName = lim.map(l -> l.ref().substanceId()).orElse(null);
        // stream id -> vessel volume in mL when it was made; a null value = unknown
        Map<String, Double> streams = new HashMap<>();
        // stream id -> the liquid volume known to be in it (a lower bound when the stream's volume is unknown)
        Map<String, Double> streamsKnown = new HashMap<>();
        double solvents = 0;
        double workup = 0;
        List<String> parts = new ArrayList<>();
        for (Step step : stage.steps()) {
            Double vessel = 0.0;
            double known = 0;          // printed liquid volumes in the vessel: vessel, or its lower bound
            double quench = 0;         // work-up liquids that stay in the vessel (a quench) until a filtration
            boolean filtered = false;
            boolean unprinted = false;  // a charge without any amount: its volume is unknown
            for (int i = 0; i < step.operations().size(); i++) {
                Operation op = step.operations().get(i);
                String opPath = "stages[" + stage.id() + "].steps[" + step.id() + "].operations[" + i + "]";
                double opSolvent = 0;
                double opWorkup = 0;
                List<String> names = new ArrayList<>();
                double layer = 0;          // a wash or extraction liquid: in the vessel during this operation only
                for (Charge c : op.charges()) {
                    Optional<Amounts.Base> v = new Amounts(c.amounts()).volume();
                    if (c.from() != null && streams.containsKey(c.from())) {
                        Double s = streams.get(c.from());
                        vessel = vessel == null || s == null ? null : vessel + s;
                        known += streamsKnown.getOrDefault(c.from(), 0.0);
                    } else if (v.isPresent()) {
                        double ml = v.get().value();
                        if (c.role() == Role.SOLVENT) {
                            opSolvent += ml;
                            names.add(label(c) + " " + fmt(ml) + " mL");
                        } else if (c.role() == Role.WORKUP) {
                            opWorkup += ml;
                            names.add(label(c) + " " + fmt(ml) + " mL (work-up)");
                        }
                        if (c.role() != Role.WORKUP && vessel != null) {
                            vessel += ml;
                        }
                        if (c.role() != Role.WORKUP) {
                            known += ml;
                        } else if (!filtered && SEPARATED.contains(op.type())) {
                            layer += ml;
                        } else if (!filtered) {
                            quench += ml;
                        }
                    } else if (!c.containing().isEmpty() && c.role() != Role.WORKUP) {
                        vessel = null;   // a solution of unprinted volume
                    } else if (c.amounts().isEmpty() && c.from() == null && c.role() != Role.WORKUP) {
                        unprinted = true;   // e.g. "the silylated nucleus as per Example 1": content a lower bound
                    }
                }
                if (opSolvent + opWorkup > 0) {
                    Double perKg = limG == null ? null : (opSolvent + opWorkup) / limG;
                    sink.volumes.add(new AuditReport.VolumeRow(stage.id(), opPath, String.join(", ", names),
                            opSolvent, opWorkup, limName, limG, limG == null ? null : opSolvent / limG,
                            limG == null ? null : opWorkup / limG, limG == null
                            ? "no mass of a limiting reactant" : null));
                    parts.add(step.id() + "[" + i + "] " + String.join(", ", names)
                            + (perKg == null ? "" : " = " + fmt(perKg) + " L/kg"));
                }
                solvents += opSolvent;
                workup += opWorkup;
                concentrations(ctx, stage, opPath, vessel, sink);
                filtered |= op.type() == OperationType.FILTER;
                sink.vessels.add(new AuditReport.VesselRow(stage.id(), step.id(), i, opPath, vessel,
                        filtered ? 0 : known + quench + layer, vessel != null && !unprinted));
                if (op.produces() != null) {
                    streams.put(op.produces(), vessel);
                    streamsKnown.put(op.produces(), known);
                }
            }
        }
        if (solvents + workup == 0) {
            return;
        }
        String stagePath = "stages[" + stage.id() + "]";
        sink.volumes.add(new AuditReport.VolumeRow(stage.id(), stagePath, "stage total", solvents, workup, limName,
                limG, limG == null ? null : solvents / limG, limG == null ? null : workup / limG,
                limG == null ? "no mass of a limiting reactant" : null));
        if (limG == null) {
            sink.add(FindingCode.SOLVENT_VOLUMES, "Stage " + stage.id() + ": solvents " + fmt(solvents)
                    + " mL, work-up liquids " + fmt(workup) + " mL; no L/kg (no mass of a limiting reactant).",
                    stagePath, null);
            return;
        }
        sink.add(FindingCode.SOLVENT_VOLUMES, "Stage " + stage.id() + ": solvents " + fmt(solvents) + " mL = "
                        + fmt(solvents / limG) + " L/kg, work-up liquids " + fmt(workup) + " mL = "
                        + fmt(workup / limG) + " L/kg of the limiting reactant " + limName + " (" + fmt(limG)
                        + " g); by operation: " + String.join("; ", parts) + ".", stagePath, null,
                cmp("solvent volumes", solvents / limG, null, null, "L/kg"),
                cmp("work-up volumes", workup / limG, null, null, "L/kg"));
    }

    private static void concentrations(AuditContext ctx, Stage stage, String opPath, Double vessel,
                                       AuditSink sink) {
        for (ChargeRef ref : ctx.charges(stage)) {
            if (!ref.path().startsWith(opPath + ".charges[") || ref.internal()) {
                continue;
            }
            Role role = ref.charge().role();
            if (role == Role.SOLVENT || role == Role.WORKUP || ref.substanceId() == null) {
                continue;
            }
            ResolvedAmount r = ctx.amount(ref);
            if (r.moles() == null || r.water() || vessel == null || vessel <= 0) {
                continue;
            }
            double molar = r.moles() / (vessel / 1000);
            sink.concentrations.add(new AuditReport.ConcentrationRow(ref.stage().id(), ref.path(),
                    ref.substanceId(), r.moles(), vessel, molar));
            sink.add(FindingCode.CHARGE_CONCENTRATION, ref.substanceId() + ": " + fmt(r.moles()) + " mol in "
                    + fmt(vessel) + " mL of liquid in the vessel = " + fmt(molar) + " mol/L.", ref.path(),
                    ref.quote(), cmp("concentration", molar, null, null, "mol/L"));
        }
    }

    private static String label(Charge c) {
        return c.substance() != null ? c.substance() : String.valueOf(c.from()).toLowerCase(Locale.ROOT);
    }
}
