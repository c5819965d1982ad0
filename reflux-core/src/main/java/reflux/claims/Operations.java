package reflux.claims;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import reflux.claims.RouteFacts.Op;
import reflux.claims.RouteFacts.StageFact;
import reflux.model.route.Charge;
import reflux.model.route.OperationType;
import reflux.model.route.Role;

/**
 * Finds the unit operations claims name in a stage: filtration, ion exchange, water added to the reaction mixture,
 * an acid added after the reaction, a water-miscible solvent added after the acid. Charges the route marks as
 * assumed are not evidence.
 */
final class Operations {

    private final RouteFacts facts;
    private final Set<String> acids;
    private final Set<String> miscible;
    private final String water;

    Operations(Vocabulary vocabulary, RouteFacts facts) {
        this.facts = facts;
        this.acids = vocabulary.acids().stream().map(a -> Query.keyOf(a.smiles())).collect(Collectors.toSet());
        this.miscible = vocabulary.solvents().stream().filter(Vocabulary.Solvent::waterMiscible)
                .map(s -> Query.keyOf(s.smiles())).collect(Collectors.toSet());
        this.water = Query.keyOf("O");
    }

    /** The first operation of {@code kind} in the stage after its reaction starts, or null. */
    Op find(StageFact stage, String kind) {
        List<Op> ops = facts.operations(stage);
        List<Op> window = facts.reactionWindow(stage);
        int start = window.isEmpty() ? 0 : ops.indexOf(window.get(0));
        int end = window.isEmpty() ? 0 : ops.indexOf(window.get(window.size() - 1)) + 1;
        boolean acidSeen = false;
        for (int i = 0; i < ops.size(); i++) {
            Op op = ops.get(i);
            OperationType t = op.operation().type();
            switch (kind) {
                case "FILTER" -> {
                    if (t == OperationType.FILTER && i >= start) {
                        return op;
                    }
                }
                case "ION_EXCHANGE" -> {
                    if (t == OperationType.ION_EXCHANGE) {
                        return op;
                    }
                }
                case "WATER_ADDED" -> {
                    if (i >= end && (t == OperationType.QUENCH || t == OperationType.ADD) && has(op, water, null)) {
                        return op;
                    }
                }
                case "ACID_ADDED" -> {
                    if (i >= end && (t == OperationType.ADD || t == OperationType.ADJUST_PH) && hasAny(op, acids)) {
                        return op;
                    }
                }
                case "SOLVENT_ADDED" -> {
                    if (i >= end && (t == OperationType.ADD || t == OperationType.ADJUST_PH) && hasAny(op, acids)) {
                        acidSeen = true;
                    } else if (acidSeen && t == OperationType.ADD && op.operation().charges().stream().anyMatch(
                            c -> c.role() == Role.SOLVENT && c.assumed() == null
                                    && miscible.contains(facts.inchiKey(c)))) {
                        return op;
                    }
                }
                default -> throw new IllegalArgumentException("unknown operation " + kind);
            }
        }
        return null;
    }

    private boolean has(Op op, String key, Role role) {
        for (Charge c : op.operation().charges()) {
            if (c.assumed() == null && (role == null || c.role() == role) && key.equals(facts.inchiKey(c))) {
                return true;
            }
        }
        return false;
    }

    private boolean hasAny(Op op, Set<String> keys) {
        return op.operation().charges().stream().anyMatch(c -> c.assumed() == null && keys.contains(facts.inchiKey(c)));
    }

    /** Whether any stage of the route (in any variant) has an operation of this kind at all. */
    boolean modelledAnywhere(String kind) {
        OperationType t = switch (kind) {
            case "FILTER" -> OperationType.FILTER;
            case "ION_EXCHANGE" -> OperationType.ION_EXCHANGE;
            default -> null;
        };
        return t != null && facts.route().stages().stream().flatMap(s -> s.steps().stream())
                .flatMap(s -> s.operations().stream()).anyMatch(o -> o.type() == t);
    }
}
