package reflux.scale;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import reflux.model.identity.Resolution;
import reflux.model.route.Outcome;
import reflux.model.route.Route;
import reflux.model.route.Stage;
import reflux.model.route.SubstanceRef;
import reflux.route.RouteStructures;

/**
 * Finds the isolated outcome a target names: by route substance id or printed name (case and spacing ignored), else
 * by InChIKey (the target resolved as a name, or written as an InChIKey, against every substance's structure).
 * The last stage that isolates it wins (the final product rather than an earlier isolation of the same compound).
 */
final class TargetMatch {

    /** What matched: the stage, its outcome, and how. */
    record Match(Stage stage, Outcome outcome, String by) {
    }

    private final RouteStructures structures;
    private final Function<String, Resolution> names;

    TargetMatch(RouteStructures structures, Function<String, Resolution> names) {
        this.structures = structures;
        this.names = names;
    }

    /** The match, or a message saying why there is none. */
    Object find(Route route, String target) {
        String key = norm(target);
        SubstanceRef named = null;
        for (SubstanceRef s : route.substances()) {
            if (norm(s.id()).equals(key) || norm(s.name()).equals(key)
                    || norm(RouteStructures.nameWithForm(s)).equals(key)) {
                named = s;
            }
        }
        String by = "name";
        String inchiKey = null;
        if (named == null) {
            inchiKey = target.trim().matches("[A-Z]{14}-[A-Z]{10}-[A-Z]") ? target.trim() : null;
            if (inchiKey == null) {
                Resolution r = names.apply(target.trim());
                if (r == null || !r.isResolved() || r.inchiKey() == null) {
                    return "unknown substance '" + target.trim() + "': it is not a substance of route " + route.id()
                            + " and does not resolve to a structure" + (r != null && r.message() != null
                            ? " (" + r.message() + ")" : "") + "; products the route isolates: " + products(route);
                }
                inchiKey = r.inchiKey();
            }
            for (SubstanceRef s : route.substances()) {
                Resolution rs = structures.resolve(route, s, null);
                if (rs != null && inchiKey.equals(rs.inchiKey())) {
                    named = s;
                    by = "InChIKey " + inchiKey;
                }
            }
            if (named == null) {
                return "route " + route.id() + " does not produce '" + target.trim() + "' (InChIKey " + inchiKey
                        + "); products it isolates: " + products(route);
            }
        }
        Optional<Match> m = Optional.empty();
        for (Stage stage : route.stages()) {
            for (Outcome o : stage.outcomes()) {
                if (o.isolated() && o.substance().equals(named.id())) {
                    m = Optional.of(new Match(stage, o, by));
                }
            }
        }
        if (m.isEmpty()) {
            return "route " + route.id() + " does not isolate " + named.id() + " ('" + named.name() + "'): it is "
                    + "charged or made in solution only; products it isolates: " + products(route);
        }
        return m.get();
    }

    private static String products(Route route) {
        List<String> out = new ArrayList<>();
        for (Stage stage : route.stages()) {
            for (Outcome o : stage.outcomes()) {
                if (o.isolated()) {
                    out.add(route.substance(o.substance()).map(SubstanceRef::name).orElse(o.substance())
                            + " (stage " + stage.id() + ")");
                }
            }
        }
        return out.isEmpty() ? "none" : String.join(", ", out);
    }

    private static String norm(String s) {
        return s == null ? "" : s.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
