package reflux.route;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import reflux.model.identity.Resolution;
import reflux.model.identity.ResolutionStatus;
import reflux.model.route.Route;
import reflux.model.route.SubstanceRef;
import reflux.model.route.Variant;
import reflux.route.io.RouteLoad;
import reflux.route.io.RouteProblem;
import reflux.route.io.RouteReader;

/**
 * {@code reflux validate} as a library call: a route file is valid when it reads (schema, units, references) and
 * every substance resolves to one structure. A substance that is a Markush genus counts as resolved when it
 * resolves under every variant of the route. Thread-safe when its resolver is.
 *
 * <pre>{@code
 * RouteValidator.Result r = RouteValidator.standard().validate(Path.of("routes/cefepime-001-example1.yaml"));
 * r.problems().forEach(p -> System.err.println(p.format()));
 * }</pre>
 */
public final class RouteValidator {

    /**
     * The outcome for one file.
     *
     * @param file        the file as given
     * @param readable    false when the file could not be read at all (CLI exit code 3)
     * @param route       the route when it read, else null
     * @param problems    located problems (reading, then unresolved substances); empty = valid
     * @param resolutions substance id → resolution without a variant (empty when the route did not read)
     */
    public record Result(Path file, boolean readable, Route route, List<RouteProblem> problems,
                         Map<String, Resolution> resolutions, reflux.route.io.RouteLocations locations) {
        public Result {
            problems = List.copyOf(problems);
            resolutions = resolutions == null ? Map.of() : java.util.Collections.unmodifiableMap(
                    new java.util.LinkedHashMap<>(resolutions));
        }

        /** True when the file is valid. */
        public boolean isValid() {
            return problems.isEmpty();
        }
    }

    private final RouteReader reader;
    private final RouteStructures structures;

    public RouteValidator(RouteReader reader, RouteStructures structures) {
        this.reader = Objects.requireNonNull(reader);
        this.structures = Objects.requireNonNull(structures);
    }

    /** The default reader and the standard name resolver. */
    public static RouteValidator standard() {
        return new RouteValidator(new RouteReader(), RouteStructures.standard());
    }

    /** Reads and checks one file. */
    public Result validate(Path file) {
        RouteLoad load = reader.read(file);
        if (!load.isOk()) {
            return new Result(file, load.readable(), null, load.problems(), null, load.locations());
        }
        Route route = load.route();
        Map<String, Resolution> plain = structures.resolve(route, null);
        List<RouteProblem> problems = new ArrayList<>();
        for (int i = 0; i < route.substances().size(); i++) {
            SubstanceRef s = route.substances().get(i);
            Resolution r = plain.get(s.id());
            if (r.status() == ResolutionStatus.RESOLVED || resolvesInEveryVariant(route, s)) {
                continue;
            }
            String field = "substances[" + i + "]." + (s.smiles() != null ? "smiles" : "name");
            String what = r.status() == ResolutionStatus.AMBIGUOUS ? "is ambiguous" : "does not resolve";
            String suggestion = !r.suggestions().isEmpty() ? "did you mean '" + r.suggestions().get(0) + "'?"
                    : s.smiles() != null ? "fix the SMILES override"
                    : "add a 'smiles' override with a note saying why the name does not fix the structure";
            problems.add(load.locations().problem(field, "substance '" + s.id() + "' " + what + ": '"
                    + RouteStructures.nameWithForm(s) + "'" + (r.message() != null ? " — " + r.message() : ""),
                    suggestion));
        }
        return new Result(file, true, route, problems, plain, load.locations());
    }

    private boolean resolvesInEveryVariant(Route route, SubstanceRef s) {
        if (route.variants().isEmpty()) {
            return false;
        }
        for (Variant v : route.variants()) {
            if (structures.resolve(route, s, v).status() != ResolutionStatus.RESOLVED) {
                return false;
            }
        }
        return true;
    }
}
