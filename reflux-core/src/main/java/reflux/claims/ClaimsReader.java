package reflux.claims;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import reflux.route.io.LocatedYaml;
import reflux.route.io.RouteProblem;

/**
 * Reads a claim file ({@code claims/NNN.yaml}, schema {@code schemas/claims.schema.json}) into a {@link ClaimSet},
 * or into located problems (file:line:col: field: message) as route files are read. Never throws for bad input.
 * Thread-safe.
 *
 * <pre>{@code
 * ClaimsReader.Load load = new ClaimsReader().read(Path.of("claims/000.yaml"));
 * if (load.isOk()) { ClaimSet set = load.claims(); }
 * }</pre>
 */
public final class ClaimsReader {

    /** Classpath location of the bundled copy of {@code schemas/claims.schema.json}. */
    public static final String SCHEMA = "/reflux/claims/claims.schema.json";

    /** A read claim file: the claims, or why not. */
    public record Load(Path file, ClaimSet claims, List<RouteProblem> problems, boolean readable) {
        public Load {
            problems = List.copyOf(problems);
        }

        public boolean isOk() {
            return readable && problems.isEmpty() && claims != null;
        }
    }

    private final LocatedYaml yaml = new LocatedYaml(SCHEMA);

    public Load read(Path file) {
        LocatedYaml.Load l = yaml.read(file);
        if (!l.readable()) {
            return new Load(file, null, l.problems(), false);
        }
        if (!l.problems().isEmpty()) {
            return new Load(file, null, l.problems(), true);
        }
        try {
            ClaimSet set = bind(l.tree());
            List<RouteProblem> problems = check(set, l);
            return new Load(file, problems.isEmpty() ? set : null, problems, true);
        } catch (RuntimeException e) {
            return new Load(file, null, List.of(l.locations().problem("", "claim file could not be bound: "
                    + e.getMessage(), null)), true);
        }
    }

    /** References between ids: parents are earlier claims, genera exist, variable restrictions name variables. */
    private static List<RouteProblem> check(ClaimSet set, LocatedYaml.Load l) {
        List<RouteProblem> out = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < set.claims().size(); i++) {
            ClaimSet.Claim c = set.claims().get(i);
            if (!seen.add(c.number())) {
                out.add(l.locations().problem("claims[" + i + "].number", "claim " + c.number() + " appears twice",
                        null));
            }
            for (int d : c.dependsOn()) {
                if (d >= c.number() || set.claim(d).isEmpty()) {
                    out.add(l.locations().problem("claims[" + i + "].dependsOn", "claim " + c.number()
                            + " depends on claim " + d + ", which is not an earlier claim of the file", null));
                }
            }
            for (int r = 0; r < c.readings().size(); r++) {
                List<Limitation> lims = c.readings().get(r).limitations();
                for (int k = 0; k < lims.size(); k++) {
                    for (String g : lims.get(k).genus()) {
                        if (set.genus(g).isEmpty()) {
                            out.add(l.locations().problem("claims[" + i + "].readings[" + r + "].limitations[" + k
                                    + "].genus", "no genus '" + g + "' in this file", null));
                        }
                    }
                }
            }
        }
        return out;
    }

    private static ClaimSet bind(JsonNode root) {
        List<GenusSpec> genera = new ArrayList<>();
        for (JsonNode g : root.path("genera")) {
            List<GenusSpec.Variable> vars = new ArrayList<>();
            for (JsonNode v : g.path("variables")) {
                vars.add(new GenusSpec.Variable(text(v, "name"), v.has("role")
                        ? GenusSpec.Role.valueOf(text(v, "role").toUpperCase()) : GenusSpec.Role.CORE,
                        values(v.path("values")), v.path("min").asInt(0), v.path("max").asInt(0),
                        span(v.get("quote"))));
            }
            List<GenusSpec.NearMiss> near = new ArrayList<>();
            for (JsonNode n : g.path("nearMisses")) {
                near.add(new GenusSpec.NearMiss(text(n, "id"), text(n, "template"), text(n, "variable"),
                        n.has("value") ? value(n.get("value")) : null, text(n, "reason")));
            }
            genera.add(new GenusSpec(text(g, "id"), text(g, "label"), span(g.get("quote")), text(g, "template"),
                    g.has("match") ? GenusSpec.Match.valueOf(text(g, "match").toUpperCase()) : null, vars, near,
                    strings(g.path("notes"))));
        }
        List<ClaimSet.Claim> claims = new ArrayList<>();
        for (JsonNode c : root.path("claims")) {
            List<ClaimSet.Reading> readings = new ArrayList<>();
            if (c.has("readings")) {
                for (JsonNode r : c.path("readings")) {
                    readings.add(new ClaimSet.Reading(text(r, "id"), text(r, "defect"), limitations(r)));
                }
            } else {
                readings.add(new ClaimSet.Reading("as printed", null, limitations(c)));
            }
            List<Integer> deps = new ArrayList<>();
            c.path("dependsOn").forEach(d -> deps.add(d.asInt()));
            claims.add(new ClaimSet.Claim(c.path("number").asInt(), ClaimSet.Claim.Category.valueOf(
                    text(c, "category").toUpperCase()), span(c.get("text")), deps, c.path("allOf").asBoolean(false),
                    readings, strings(c.path("notes"))));
        }
        return new ClaimSet(text(root, "document"), text(root, "seed"), text(root, "title"), genera, claims);
    }

    private static List<Limitation> limitations(JsonNode parent) {
        List<Limitation> out = new ArrayList<>();
        for (JsonNode l : parent.path("limitations")) {
            Map<String, List<String>> where = new LinkedHashMap<>();
            l.path("where").fields().forEachRemaining(e -> where.put(e.getKey(), strings(e.getValue())));
            List<String> genus = l.has("genus") ? List.of(text(l, "genus").split("\\|")) : List.of();
            out.add(new Limitation(Limitation.Kind.valueOf(text(l, "kind").toUpperCase()), span(l.get("quote")),
                    genus, text(l, "role"), where, text(l, "during"), number(l, "low"), number(l, "high"),
                    text(l, "term"), strings(l.path("names")), text(l, "class"), text(l, "operation"),
                    text(l, "note")));
        }
        return out;
    }

    private static List<GenusSpec.Value> values(JsonNode vals) {
        List<GenusSpec.Value> out = new ArrayList<>();
        vals.forEach(v -> out.add(value(v)));
        return out;
    }

    private static GenusSpec.Value value(JsonNode v) {
        return new GenusSpec.Value(text(v, "id"), text(v, "smiles"), text(v, "acid"), text(v, "class"),
                text(v, "prefix"));
    }

    private static Span span(JsonNode q) {
        if (q == null || q.isNull()) {
            return null;
        }
        return new Span(q.path("text").asText(), q.has("start") ? q.get("start").asInt() : null,
                q.has("end") ? q.get("end").asInt() : null);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Double number(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asDouble();
    }

    private static List<String> strings(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n.isArray()) {
            n.forEach(x -> out.add(x.asText()));
        } else if (!n.isMissingNode() && !n.isNull()) {
            out.add(n.asText());
        }
        return out;
    }
}
