package reflux.audit;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openscience.cdk.smarts.SmartsPattern;
import reflux.engine.Rule;
import reflux.engine.RuleLibrary;
import reflux.model.route.Role;
import reflux.model.route.Stage;
import reflux.model.run.StageRun;

/**
 * Which substrate each consumed reagent of a stage reacts with, read from the stage's applied rules: a charge is the
 * reagent of a rule when its declared form has the formula of one of the rule's {@code reagents}; its substrate is a
 * charge of the stage (reagent, reactant or catalyst; solvents and work-up liquids are neither reagent nor substrate)
 * whose main component matches a reactant template of the rule's SMIRKS, charged in the same
 * step as the reagent when one is (a reagent acts in its own vessel: PCl5 in Step B meets the side-chain acid, not
 * the nucleus of Step A). Rules: the run's ({@link StageRun#rules()}) when executed, else the stage's listed rules.
 *
 * <p>Not thread-safe (compiled SMARTS are kept per instance); one per audit.
 */
final class ReagentEquivalents {

    /** A reagent charge, the rule that consumes it, and the substrate it reacts with. */
    record Pairing(ChargeRef reagent, String ruleId, ChargeRef substrate, double reagentMoles, double substrateMoles,
                   double coefReagent, double coefSubstrate) {
        /** Reagent moles over substrate moles. */
        double equivalents() {
            return reagentMoles / substrateMoles;
        }
    }

    private final RuleLibrary rules;
    private final Map<String, List<SmartsPattern>> templates = new java.util.HashMap<>();

    ReagentEquivalents(RuleLibrary rules) {
        this.rules = rules;
    }

    /** The pairings of a stage, by reagent charge (first rule that consumes it). */
    Map<ChargeRef, Pairing> pair(AuditContext ctx, Stage stage) {
        Map<ChargeRef, Pairing> out = new IdentityHashMap<>();
        Optional<StageRun> run = ctx.stageRun(stage);
        List<String> ruleIds = run.map(StageRun::rules).filter(r -> !r.isEmpty()).orElse(stage.rules());
        List<ChargeRef> refs = ctx.charges(stage).stream().filter(r -> !r.internal() && r.substanceId() != null)
                .toList();
        for (String id : ruleIds) {
            Optional<Rule> rule = rules.rule(id);
            if (rule.isEmpty() || rule.get().reagents().isEmpty() || rule.get().smirks() == null) {
                continue;
            }
            for (ChargeRef ref : refs) {
                if (out.containsKey(ref) || !isReagentOf(ctx, ref, rule.get())) {
                    continue;
                }
                Double n = ctx.amount(ref).moles();
                if (n == null || n <= 0) {
                    continue;
                }
                substrate(ctx, ref, rule.get(), refs).ifPresent(s -> out.put(ref, new Pairing(ref, id, s, n,
                        ctx.amount(s).moles(),
                        run.map(sr -> LimitingReactant.coefficient(sr.inputs(), ref.substanceId())).orElse(1.0),
                        run.map(sr -> LimitingReactant.coefficient(sr.inputs(), s.substanceId())).orElse(1.0))));
            }
        }
        return out;
    }

    private static boolean isReagentOf(AuditContext ctx, ChargeRef ref, Rule rule) {
        Role role = ref.charge().role();
        if (role == Role.SOLVENT || role == Role.WORKUP) {
            return false;   // a quench or wash water is not dosed against a substrate
        }
        Optional<Material> m = ctx.material(ref.substanceId());
        if (m.isEmpty()) {
            return false;
        }
        for (String smi : rule.reagents()) {
            Optional<Material> reagent = ctx.cache().material(smi);
            if (reagent.isPresent() && reagent.get().formula().equals(m.get().formula())) {
                return true;
            }
        }
        return false;
    }

    private Optional<ChargeRef> substrate(AuditContext ctx, ChargeRef reagent, Rule rule, List<ChargeRef> refs) {
        List<ChargeRef> matching = new ArrayList<>();
        for (ChargeRef ref : refs) {
            if (ref == reagent || ref.charge().role() == Role.SOLVENT || ref.charge().role() == Role.WORKUP) {
                continue;
            }
            Double n = ctx.amount(ref).moles();
            Optional<Material> m = ctx.material(ref.substanceId());
            if (n == null || n <= 0 || m.isEmpty()) {
                continue;
            }
            for (SmartsPattern p : templates(rule)) {
                if (p.matches(m.get().main())) {
                    matching.add(ref);
                    break;
                }
            }
        }
        String step = step(reagent.path());
        Optional<ChargeRef> sameStep = matching.stream().filter(r -> step.equals(step(r.path()))).findFirst();
        return sameStep.isPresent() ? sameStep : matching.stream().findFirst();
    }

    private List<SmartsPattern> templates(Rule rule) {
        return templates.computeIfAbsent(rule.id(), k -> {
            String lhs = rule.smirks().substring(0, rule.smirks().indexOf(">>"));
            List<SmartsPattern> out = new ArrayList<>();
            for (String t : lhs.split("\\.")) {
                try {
                    out.add(SmartsPattern.create(t));
                } catch (IllegalArgumentException e) {
                    // a template CDK's SMARTS parser does not take: that rule names no substrate
                }
            }
            return List.copyOf(out);
        });
    }

    /** The step id of a path ({@code stages[I].steps[B].operations[0]...} → B). */
    static String step(String path) {
        int i = path.indexOf(".steps[");
        return i < 0 ? "" : path.substring(i + 7, path.indexOf(']', i));
    }
}
