package reflux.route.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads a YAML data file other than a route (claim sets) the way route files are read: strict UTF-8, size cap, no
 * anchors, tags or duplicate keys, validated against a bundled JSON Schema, every problem located at
 * file:line:col. Never throws for bad input. Thread-safe (the compiled schema is).
 *
 * <pre>{@code
 * LocatedYaml.Load load = new LocatedYaml("/reflux/claims/claims.schema.json").read(Path.of("claims/000.yaml"));
 * if (load.isOk()) { JsonNode tree = load.tree(); }
 * }</pre>
 */
public final class LocatedYaml {

    /**
     * A read file.
     *
     * @param file      the file as given
     * @param tree      the YAML as Jackson nodes, or null when it did not parse
     * @param locations where each field is (for later, semantic problems), or null
     * @param problems  located problems (schema included), sorted by position
     * @param readable  false when the file could not be read or parsed at all (exit 3)
     */
    public record Load(Path file, JsonNode tree, RouteLocations locations, List<RouteProblem> problems,
                       boolean readable) {
        public Load {
            problems = List.copyOf(problems);
        }

        /** Read, parsed and schema-valid. */
        public boolean isOk() {
            return readable && problems.isEmpty();
        }
    }

    private final JsonSchema schema;
    private final YamlTreeReader yaml = new YamlTreeReader((int) RouteReader.DEFAULT_MAX_BYTES);

    /** A reader validating against the JSON Schema bundled at classpath {@code schemaResource}. */
    public LocatedYaml(String schemaResource) {
        try (InputStream in = LocatedYaml.class.getResourceAsStream(schemaResource)) {
            if (in == null) {
                throw new IllegalStateException("schema missing from the classpath: " + schemaResource);
            }
            this.schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads and validates one file. */
    public Load read(Path file) {
        RouteReader.Text t = RouteReader.readText(file, RouteReader.DEFAULT_MAX_BYTES);
        if (t.problem() != null) {
            return new Load(file, null, null, List.of(t.problem()), false);
        }
        YamlTreeReader.Result tree = yaml.read(file, t.text());
        if (tree.problem() != null) {
            return new Load(file, null, null, List.of(tree.problem()), false);
        }
        JsonNode json = RouteSchema.toJson(tree.root());
        List<RouteProblem> out = new ArrayList<>();
        for (ValidationMessage m : schema.validate(json)) {
            String path = m.getInstanceLocation().toString().replaceFirst("^\\$\\.?", "");
            String field = m.getProperty() != null ? Fields.join(path, m.getProperty()) : path;
            YamlNode n = YamlPaths.find(tree.root(), field);
            out.add(new RouteProblem(file, n == null ? 0 : n.line(), n == null ? 0 : n.column(), field,
                    "schema: " + m.getMessage().replaceFirst("^\\$[^:]*: ", ""), null));
        }
        out.sort(Comparator.comparingInt(RouteProblem::line).thenComparingInt(RouteProblem::column));
        return new Load(file, json, new RouteLocations(file, tree.root()), out, true);
    }
}
