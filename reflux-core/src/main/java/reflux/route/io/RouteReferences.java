package reflux.route.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import reflux.model.route.Charge;
import reflux.model.route.Operation;
import reflux.model.route.Outcome;
import reflux.model.route.Route;
import reflux.model.route.Stage;
import reflux.model.route.Step;
import reflux.model.route.SubstanceRef;
import reflux.model.route.Variant;
import reflux.route.units.Suggest;

/**
 * Checks the ids of a bound route: unique where they must be, and every reference (substance, stream, stage)
 * naming something the route defines. Problems are located through the YAML tree the route was bound from.
 */
final class RouteReferences {

    private final YamlNode root;
    private final RouteLocations locations;
    private final List<RouteProblem> problems = new ArrayList<>();

    RouteReferences(Path file, YamlNode root) {
        this.root = root;
        this.locations = new RouteLocations(file, root);
    }

    List<RouteProblem> check(Route route) {
        Map<String, String> substances = new LinkedHashMap<>();
        for (int i = 0; i < route.substances().size(); i++) {
            SubstanceRef s = route.substances().get(i);
            unique(substances, s.id(), "substances[" + i + "].id", "substance");
        }
        Map<String, String> streams = new LinkedHashMap<>();
        Map<String, String> stages = new LinkedHashMap<>();
        for (int si = 0; si < route.stages().size(); si++) {
            Stage stage = route.stages().get(si);
            String sp = "stages[" + si + "]";
            unique(stages, stage.id(), sp + ".id", "stage");
            Map<String, String> steps = new LinkedHashMap<>();
            for (int pi = 0; pi < stage.steps().size(); pi++) {
                Step step = stage.steps().get(pi);
                unique(steps, step.id(), sp + ".steps[" + pi + "].id", "step in stage " + stage.id());
                for (int oi = 0; oi < step.operations().size(); oi++) {
                    Operation op = step.operations().get(oi);
                    if (op.produces() != null) {
                        unique(streams, op.produces(), sp + ".steps[" + pi + "].operations[" + oi + "].produces",
                                "stream");
                    }
                }
            }
            for (int oi = 0; oi < stage.outcomes().size(); oi++) {
                unique(streams, stage.outcomes().get(oi).id(), sp + ".outcomes[" + oi + "].id", "outcome/stream");
            }
        }
        // streams produced so far in document order: a 'from' may only pour what an earlier operation made
        Set<String> produced = new HashSet<>();
        for (int si = 0; si < route.stages().size(); si++) {
            Stage stage = route.stages().get(si);
            String sp = "stages[" + si + "]";
            for (int i = 0; i < stage.reactants().size(); i++) {
                ref(substances, stage.reactants().get(i), sp + ".reactants[" + i + "]", "substance",
                        "stage " + stage.id() + " reactants");
            }
            if (stage.product() != null) {
                ref(substances, stage.product(), sp + ".product", "substance", "stage " + stage.id() + " product");
            }
            for (int pi = 0; pi < stage.steps().size(); pi++) {
                Step step = stage.steps().get(pi);
                for (int oi = 0; oi < step.operations().size(); oi++) {
                    List<Charge> charges = step.operations().get(oi).charges();
                    String op = sp + ".steps[" + pi + "].operations[" + oi + "]";
                    String where = "stage " + stage.id() + " step " + step.id() + " operation " + (oi + 1);
                    charges(charges, op + ".charges", where, substances, streams, produced);
                    if (step.operations().get(oi).produces() != null) {
                        produced.add(step.operations().get(oi).produces());
                    }
                }
            }
            for (int oi = 0; oi < stage.outcomes().size(); oi++) {
                Outcome o = stage.outcomes().get(oi);
                produced.add(o.id());
                ref(substances, o.substance(), sp + ".outcomes[" + oi + "].substance", "substance",
                        "stage " + stage.id() + " outcome " + o.id());
            }
        }
        Map<String, String> variants = new LinkedHashMap<>();
        for (int vi = 0; vi < route.variants().size(); vi++) {
            Variant v = route.variants().get(vi);
            String vp = "variants[" + vi + "]";
            unique(variants, v.id(), vp + ".id", "variant");
            for (int i = 0; i < v.stages().size(); i++) {
                ref(stages, v.stages().get(i), vp + ".stages[" + i + "]", "stage", "variant " + v.id());
            }
            for (var e : v.substances().entrySet()) {
                ref(substances, e.getKey(), vp + ".substances." + e.getKey(), "substance",
                        "variant " + v.id() + " substitutions");
                ref(substances, e.getValue(), vp + ".substances." + e.getKey(), "substance",
                        "variant " + v.id() + " substitutions");
            }
        }
        return problems;
    }

    private void charges(List<Charge> charges, String path, String where, Map<String, String> substances,
                         Map<String, String> streams, Set<String> produced) {
        for (int ci = 0; ci < charges.size(); ci++) {
            Charge c = charges.get(ci);
            String cp = path + "[" + ci + "]";
            if (c.substance() != null) {
                ref(substances, c.substance(), cp + ".substance", "substance", where);
            }
            if (c.from() != null && ref(streams, c.from(), cp + ".from", "stream", where)
                    && !produced.contains(c.from())) {
                YamlNode made = YamlPaths.find(root, streams.get(c.from()));
                problems.add(locations.problem(cp + ".from", "stream '" + c.from() + "' is used in " + where
                        + " before it is produced" + (made != null ? " (at line " + made.line() + ")" : ""),
                        "move the charge after the operation or outcome that produces '" + c.from() + "'"));
            }
            charges(c.containing(), cp + ".containing", where, substances, streams, produced);
        }
    }

    private void unique(Map<String, String> seen, String id, String path, String what) {
        String first = seen.putIfAbsent(id, path);
        if (first != null) {
            YamlNode firstNode = YamlPaths.find(root, first);
            problems.add(locations.problem(path, "duplicate " + what + " id '" + id + "'"
                    + (firstNode != null ? " (first defined at line " + firstNode.line() + ")" : ""),
                    "give each " + what + " its own id"));
        }
    }

    /** Whether {@code id} is defined; reports it as undefined when not. */
    private boolean ref(Map<String, String> defined, String id, String path, String what, String where) {
        if (defined.containsKey(id)) {
            return true;
        }
        String suggestion = Suggest.closest(id, defined.keySet()).map(c -> "did you mean '" + c + "'?")
                .orElse(defined.isEmpty() ? "declare it first" : "declared " + what + "s: "
                        + String.join(", ", defined.keySet().stream().limit(12).toList()));
        problems.add(locations.problem(path, "undefined " + what + " '" + id + "' in " + where, suggestion));
        return false;
    }
}
