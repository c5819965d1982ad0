/**
 * Route files ({@code docs/route-format.md}, schema {@code reflux.route/1}): {@link reflux.route.io.RouteReader}
 * (a route or located {@link reflux.route.io.RouteProblem}s, never an exception), {@link reflux.route.io.RouteWriter}
 * (atomic), {@link reflux.route.io.RouteSchema} (the published JSON Schema).
 */
package reflux.route.io;
