package reflux.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.openscience.cdk.interfaces.IAtomContainer;
import reflux.chem.Structures;

/**
 * Finds a sequence of library rules that turns a pot into the declared product when a stage lists no rules: a
 * breadth-first search over pots (each distinct pot visited once), bounded in depth and in pots visited.
 * Addition rules (HCl, water) are left out: the comparison accounts for those components.
 */
final class RuleSearch {

    static final int MAX_DEPTH = 4;
    static final int MAX_POTS = 80;

    private record Node(IAtomContainer pot, List<RuleApplier.Application> path) {
    }

    private RuleSearch() {
    }

    /** The shortest rule path found (empty list = the pot already matches), or empty when none within bounds. */
    static Optional<List<RuleApplier.Application>> find(RuleLibrary library, IAtomContainer start,
                                                        Predicate<IAtomContainer> matches) {
        if (matches.test(start)) {
            return Optional.of(List.of());
        }
        Deque<Node> queue = new ArrayDeque<>();
        Set<String> seen = new HashSet<>();
        queue.add(new Node(start, List.of()));
        seen.add(Structures.canonicalSmiles(start));
        while (!queue.isEmpty() && seen.size() < MAX_POTS) {
            Node node = queue.poll();
            if (node.path().size() >= MAX_DEPTH) {
                continue;
            }
            for (RuleLibrary.Compiled c : library.allCompiled()) {
                if (c.rule().isAddition()) {
                    continue;
                }
                RuleApplier.Application a = RuleApplier.apply(c, node.pot());
                if (!a.applied() || !a.balanced() || !seen.add(Structures.canonicalSmiles(a.pot()))) {
                    continue;
                }
                List<RuleApplier.Application> path = new ArrayList<>(node.path());
                path.add(a);
                if (matches.test(a.pot())) {
                    return Optional.of(path);
                }
                queue.add(new Node(a.pot(), path));
            }
        }
        return Optional.empty();
    }
}
