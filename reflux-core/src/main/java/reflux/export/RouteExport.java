package reflux.export;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import reflux.engine.Executor;
import reflux.model.identity.Resolution;
import reflux.model.route.Route;
import reflux.model.route.Stage;
import reflux.model.route.SubstanceRef;
import reflux.model.route.Variant;
import reflux.model.run.RunResult;
import reflux.model.run.StageRun;
import reflux.route.RouteStructures;

/**
 * What every export writes from: one route (one variant of it), its in-silico run and the structure of every
 * substance, with who exports it when. Immutable.
 *
 * <pre>{@code
 * RouteExport x = RouteExport.of(route, null, Executor.standard(), RouteStructures.standard(), "routes/a.yaml",
 *         ExportInfo.now());
 * String json = new OrdDataset().json(x);
 * }</pre>
 *
 * @param route      the route as read
 * @param variant    the variant exported, or null for a route without variants
 * @param run        the run of that variant (its stages are the stages exported, in order)
 * @param structures substance id → resolution under the variant
 * @param file       the route file as named on the command line (for provenance), or null
 * @param info       version, person and time of the export
 */
public record RouteExport(Route route, Variant variant, RunResult run, Map<String, Resolution> structures,
                          String file, ExportInfo info) {

    /** Who made an export and when: the {@code record_created} event of ORD's provenance. */
    public record ExportInfo(String software, String person, Instant time) {
        public ExportInfo {
            Objects.requireNonNull(software, "software");
            Objects.requireNonNull(time, "time");
        }

        /** Reflux's version, the user running it and the current time. */
        public static ExportInfo now(String software) {
            return new ExportInfo(software, System.getProperty("user.name"), Instant.now());
        }
    }

    public RouteExport {
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(info, "info");
        structures = structures == null ? Map.of() : Map.copyOf(structures);
    }

    /** Runs the variant with {@code executor} and resolves every substance with {@code structures}. */
    public static RouteExport of(Route route, Variant variant, Executor executor, RouteStructures structures,
                                 String file, ExportInfo info) {
        return new RouteExport(route, variant, executor.run(route, variant), structures.resolve(route, variant), file,
                info);
    }

    /** The stages exported, in run order. */
    public List<Stage> stages() {
        return run.stages().stream().map(s -> route.stage(s.stageId()).orElseThrow()).toList();
    }

    /** The run of a stage. */
    public Optional<StageRun> stageRun(String stageId) {
        return run.stages().stream().filter(s -> s.stageId().equals(stageId)).findFirst();
    }

    /** The substance a route id stands for under the variant (its replacement where the variant substitutes one). */
    public Optional<SubstanceRef> substance(String id) {
        if (id == null) {
            return Optional.empty();
        }
        String effective = variant == null ? id : variant.substances().getOrDefault(id, id);
        return route.substance(effective).or(() -> route.substance(id));
    }

    /** The structure of a route substance id, or null. */
    public Resolution structure(String id) {
        return id == null ? null : structures.get(id);
    }
}
