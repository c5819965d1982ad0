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

    /**
     * A problem located at {@code fieldPath} (an all-index path, or the nearest enclosing field that exists); the
     * problem names the field in the printed dialect (items with an id by their id).
     */
    public RouteProblem problem(String fieldPath, String message, String suggestion) {
        YamlNode n = YamlPaths.find(root, fieldPath);
        return new RouteProblem(file, n == null ? 0 : n.line(), n == null ? 0 : n.column(),
                YamlPaths.toIds(root, fieldPath), message, suggestion);
    }

    /**
     * {@code file:line:col} of a field path in the printed dialect ({@code stages[I].steps[A].operations[0]},
     * {@code substances[dcm].name}) as findings carry it, or of the nearest enclosing field; empty when the path
     * names nothing in the file.
     */
    public java.util.Optional<String> locate(String path) {
        if (path == null || path.isBlank()) {
            return java.util.Optional.empty();
        }
        YamlNode n = YamlPaths.locate(root, path);
        return n == null || n.line() <= 0 ? java.util.Optional.empty()
                : java.util.Optional.of(file + ":" + n.line() + ":" + n.column());
    }

    /** The same problem with its field named in the printed dialect. */
    RouteProblem printed(RouteProblem p) {
        String f = YamlPaths.toIds(root, p.field());
        return f == null || f.equals(p.field()) ? p
                : new RouteProblem(p.file(), p.line(), p.column(), f, p.message(), p.suggestion());
    }
}
