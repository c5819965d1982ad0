package reflux.scale;

import java.util.List;

/**
 * What to scale to: the target, command-line yields, a vessel and prices (each optional but the target).
 *
 * @param target      what to make
 * @param yields      stage yields replacing the route's own (or filling in one it cannot compute)
 * @param vesselL     nominal vessel volume in L, or null = no vessel given
 * @param maxFillPct  the largest working volume per batch, % of the nominal volume
 * @param prices      raw-material prices, or null
 */
public record ScaleRequest(Target target, List<YieldOverride> yields, Double vesselL, double maxFillPct,
                           Prices prices) {

    /** The working volume allowed by default, % of nominal (docs/conventions/scale.md). */
    public static final double DEFAULT_MAX_FILL_PCT = 80;

    public ScaleRequest {
        java.util.Objects.requireNonNull(target, "target");
        yields = List.copyOf(yields);
    }

    /** The override for a stage, or null. */
    public YieldOverride yield(String stage) {
        return yields.stream().filter(y -> y.stage().equals(stage)).reduce((a, b) -> b).orElse(null);
    }
}
