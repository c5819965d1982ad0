package reflux.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.List;
import reflux.route.RouteValidator;
import reflux.route.io.RouteProblem;

/**
 * Validates and saves an edited route in two phases, so that a crash never leaves a half-written route: the text is
 * first {@link #stage staged} in a temporary file beside the route ({@code .NAME.*.tmp}: not a route file, never
 * listed or served), validated there as {@code reflux validate} does, and only then {@link #commit committed} by an
 * atomic move over the route. A staged file left by a crash is inert; {@link #discard} removes one that is not
 * committed. Thread-safe when the validator is (the standard one is).
 */
final class RouteEditor {

    /**
     * The validation of a staged text.
     *
     * @param problems each problem as {@code relpath:line:col: field: message (fix)}
     * @param lines    the line of each problem (same order; 0 when not located)
     */
    record Validation(List<String> problems, List<Integer> lines) {
        Validation {
            problems = List.copyOf(problems);
            lines = List.copyOf(lines);
        }

        boolean valid() {
            return problems.isEmpty();
        }
    }

    private final RouteValidator validator;

    RouteEditor(RouteValidator validator) {
        this.validator = validator;
    }

    /** Writes {@code text} to a new temporary file in the route's folder (the route itself is not touched). */
    Path stage(Path route, String text) throws IOException {
        Path tmp = Files.createTempFile(route.getParent(), "." + route.getFileName() + ".", ".tmp");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        if (Files.exists(route) && Files.getFileStore(tmp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(route));
        }
        return tmp;
    }

    /** Validates the staged file; messages name the route by {@code relative}, not by the temporary file. */
    Validation validate(Path staged, String relative) {
        RouteValidator.Result r = validator.validate(staged);
        List<RouteProblem> ps = r.problems();
        String tmpName = staged.toString();
        return new Validation(ps.stream().map(p -> p.format().replace(tmpName, relative)
                .replace(staged.getFileName().toString(), relative)).toList(),
                ps.stream().map(RouteProblem::line).toList());
    }

    /** Replaces the route by the staged file in one atomic move. */
    void commit(Path staged, Path route) throws IOException {
        try {
            Files.move(staged, route, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(staged, route, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Removes a staged file that is not committed. */
    void discard(Path staged) throws IOException {
        Files.deleteIfExists(staged);
    }
}
