package reflux.route.io;

import java.nio.file.Path;

/**
 * Where the fields of a read route file are: line and column of a field path such as
 * {@code substances[3].name}, so later checks (name resolution, engine, audit) can point into the file.
 * Immutable and thread-safe.
 */
public final class RouteLocations {

    private final Path file;
    private final YamlNode root;

    RouteLocations(Path file, YamlNode root) {
        this.file = file;
        this.root = root;
    }

    /** The file the route was read from. */
    public Path file() {
        return file;
    }

    /** A problem located at {@code fieldPath} (or the nearest enclosing field that exists). */
    public RouteProblem problem(String fieldPath, String message, String suggestion) {
        YamlNode n = YamlPaths.find(root, fieldPath);
        return new RouteProblem(file, n == null ? 0 : n.line(), n == null ? 0 : n.column(), fieldPath, message,
                suggestion);
    }
}
