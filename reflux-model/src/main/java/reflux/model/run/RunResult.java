package reflux.model.run;

import java.util.List;
import java.util.Objects;

/**
 * The in-silico execution of a route (one variant of it): stage by stage.
 *
 * @param routeId   the route id
 * @param variantId the variant run, or null for a route without variants
 * @param stages    one entry per stage run, in order
 * @param impurities impurities derived (named ones such as the anti isomer), as species
 * @param impurityMasses the same impurities with monoisotopic mass and the m/z to track them by MS
 */
public record RunResult(String routeId, String variantId, List<StageRun> stages, List<Species> impurities,
                        List<ImpurityMass> impurityMasses) {
    public RunResult {
        Objects.requireNonNull(routeId, "routeId");
        stages = stages == null ? List.of() : List.copyOf(stages);
        impurities = impurities == null ? List.of() : List.copyOf(impurities);
        impurityMasses = impurityMasses == null ? List.of() : List.copyOf(impurityMasses);
    }

    /** A run without impurity masses. */
    public RunResult(String routeId, String variantId, List<StageRun> stages, List<Species> impurities) {
        this(routeId, variantId, stages, impurities, List.of());
    }

    /** True when every stage matched its declared product and none has an ERROR finding. */
    public boolean allMatch() {
        return !stages.isEmpty() && stages.stream().allMatch(StageRun::ok);
    }
}
