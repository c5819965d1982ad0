/**
 * Routes as data: {@link reflux.route.RouteStructures} (substance → structure), {@link reflux.route.RouteValidator}
 * ({@code reflux validate}), {@link reflux.route.RouteSummary} ({@code reflux show}). Reading and writing route files
 * lives in {@code reflux.route.io}, quantity parsing and unit conversion in {@code reflux.route.units}.
 */
package reflux.route;
