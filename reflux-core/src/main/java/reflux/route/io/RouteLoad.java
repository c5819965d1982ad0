package reflux.route.io;

import java.nio.file.Path;
import java.util.List;
import reflux.model.route.Route;

/**
 * The result of reading a route file: the route, or the problems that stop it being read.
 *
 * @param file     the file as given
 * @param route    the route, or null when there are problems
 * @param problems located problems in file order; empty when {@code route} is set
 * @param readable false when the file could not be read at all (missing, unreadable, too large, not UTF-8):
 *                 the CLI's exit code 3
 * @param locations where each field of the file is (for later checks to report located problems), or null when
 *                  the file could not be parsed
 */
public record RouteLoad(Path file, Route route, List<RouteProblem> problems, boolean readable,
                        RouteLocations locations) {

    public RouteLoad {
        problems = List.copyOf(problems);
        if ((route == null) == problems.isEmpty()) {
            throw new IllegalArgumentException("a route load has a route or problems, not both");
        }
    }

    static RouteLoad ok(Path file, Route route, RouteLocations locations) {
        return new RouteLoad(file, route, List.of(), true, locations);
    }

    static RouteLoad failed(Path file, List<RouteProblem> problems, RouteLocations locations) {
        return new RouteLoad(file, null, problems, true, locations);
    }

    static RouteLoad unreadable(Path file, RouteProblem problem) {
        return new RouteLoad(file, null, List.of(problem), false, null);
    }

    /** True when the route was read without problems. */
    public boolean isOk() {
        return route != null;
    }
}
