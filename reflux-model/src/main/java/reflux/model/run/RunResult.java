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
 */
public record RunResult(String routeId, String variantId, List<StageRun> stages, List<Species> impurities) {
    public RunResult {
        Objects.requireNonNull(routeId, "routeId");
        stages = stages == null ? List.of() : List.copyOf(stages);
        impurities = impurities == null ? List.of() : List.copyOf(impurities);
    }

    /** True when every stage matched its declared product. */
    public boolean allMatch() {
        return !stages.isEmpty() && stages.stream().allMatch(s -> s.verdict() == Verdict.MATCH);
    }
}
