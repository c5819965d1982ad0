package reflux.route;

import java.util.List;
import java.util.function.Function;
import reflux.model.identity.Resolution;
import reflux.model.identity.ResolutionStatus;

/**
 * The shared standard name resolver as a function. Until {@code reflux.identity.NameResolver} is on this branch,
 * names resolve to UNRESOLVED with a message saying so (SMILES overrides still work).
 */
final class StandardNames {

    private StandardNames() {
    }

    static Function<String, Resolution> resolver() {
        return name -> new Resolution(name, ResolutionStatus.UNRESOLVED, null, null, null, null, null, null, null,
                List.of(), "none", List.of(), "no name resolver on this build (reflux.identity not merged yet)",
                List.of());
    }
}
