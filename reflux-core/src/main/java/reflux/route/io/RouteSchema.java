package reflux.route.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The published JSON Schema of route files ({@code schemas/route.schema.json}, bundled as
 * {@code reflux/route/route.schema.json}) and validation of a located YAML tree against it with networknt
 * json-schema-validator, each message mapped back to a line and column. Thread-safe (the compiled schema is).
 */
public final class RouteSchema {

    /** Classpath location of the bundled copy of {@code schemas/route.schema.json}. */
    public static final String RESOURCE = "/reflux/route/route.schema.json";

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    private static volatile JsonSchema schema;

    private RouteSchema() {
    }

    /** The schema text as bundled. */
    public static String text() {
        try (InputStream in = RouteSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("route schema missing from the classpath: " + RESOURCE);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonSchema schema() {
        JsonSchema s = schema;
        if (s == null) {
            synchronized (RouteSchema.class) {
                s = schema;
                if (s == null) {
                    s = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(text());
                    schema = s;
                }
            }
        }
        return s;
    }

    /** Validates a located tree; problems sorted by position. */
    static List<RouteProblem> validate(Path file, YamlNode root) {
        Set<ValidationMessage> messages = schema().validate(toJson(root));
        List<RouteProblem> out = new ArrayList<>();
        for (ValidationMessage m : messages) {
            String path = path(m);
            // 'required' and 'additionalProperties' are reported on the parent object; point at the key itself.
            String field = m.getProperty() != null ? Fields.join(path, m.getProperty()) : path;
            YamlNode n = YamlPaths.find(root, field);
            out.add(new RouteProblem(file, n.line(), n.column(), field, "schema: " + stripPath(m.getMessage()),
                    null));
        }
        out.sort(Comparator.comparingInt(RouteProblem::line).thenComparingInt(RouteProblem::column));
        return out;
    }

    /** Validates a JSON/YAML tree given as Jackson nodes (tests: the schema alone). */
    public static List<String> validate(JsonNode node) {
        return schema().validate(node).stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    private static String path(ValidationMessage m) {
        StringBuilder sb = new StringBuilder();
        var loc = m.getInstanceLocation();
        for (int i = 0; i < loc.getNameCount(); i++) {
            Object e = loc.getElement(i);
            if (e instanceof Integer idx) {
                sb.append('[').append(idx).append(']');
            } else {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(e);
            }
        }
        return sb.toString();
    }

    private static String stripPath(String message) {
        return message.replaceFirst("^\\$[^:]*: ", "");
    }

    /** The tree as Jackson nodes, scalars typed as YAML resolved them. */
    static JsonNode toJson(YamlNode n) {
        if (n instanceof YamlNode.Mapping m) {
            ObjectNode o = NODES.objectNode();
            m.entries().forEach((k, v) -> o.set(k, toJson(v)));
            return o;
        }
        if (n instanceof YamlNode.Seq s) {
            ArrayNode a = NODES.arrayNode();
            s.items().forEach(i -> a.add(toJson(i)));
            return a;
        }
        YamlNode.Scalar s = (YamlNode.Scalar) n;
        try {
            return switch (s.type()) {
                case STRING -> NODES.textNode(s.text());
                case INT -> NODES.numberNode(new BigInteger(s.text().replace("_", "")));
                case FLOAT -> NODES.numberNode(new BigDecimal(s.text()));
                case BOOLEAN -> NODES.booleanNode(Boolean.parseBoolean(s.text().toLowerCase()));
                case NULL -> NODES.nullNode();
            };
        } catch (NumberFormatException e) {
            return NODES.textNode(s.text());
        }
    }
}
