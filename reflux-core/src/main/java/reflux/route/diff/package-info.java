/**
 * The chemist's difference of two routes ({@code reflux diff}): {@link reflux.route.diff.RouteDiff} matches
 * substances by structure (InChIKey), compares charges and amounts across units with a rounding tolerance,
 * conditions, outcomes and analytics, and ignores ids, notes and wording. Differences carry a typed
 * {@link reflux.route.diff.DiffCode}.
 */
package reflux.route.diff;
