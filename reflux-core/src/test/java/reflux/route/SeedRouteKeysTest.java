package reflux.route;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import reflux.model.quantity.Quantity;
import reflux.model.quantity.Range;
import reflux.model.route.Route;

/**
 * The seed route files follow {@code docs/route-format.md} structurally: every key is a component of the record the
 * place in the file maps to, every enum value is a lower-case constant, every scalar has the component's type.
 * Checked by reflection over {@code reflux.model.route}, independent of the route reader.
 */
class SeedRouteKeysTest {

    @ParameterizedTest
    @ValueSource(strings = {"cefepime-001-example1.yaml", "cefepime-001-example2.yaml", "cefepime-000-claims.yaml", "ceftobiprole-002-claims.yaml"})
    void everyKeyIsARecordComponentAndEveryValueHasItsType(String file) {
        check(RouteTrees.route(file), Route.class, file);
    }

    @ParameterizedTest
    @ValueSource(strings = {"cefepime-001-example1.yaml", "cefepime-001-example2.yaml", "cefepime-000-claims.yaml", "ceftobiprole-002-claims.yaml"})
    void everyReferenceNamesSomethingDeclaredEarlier(String file) {
        JsonNode route = RouteTrees.route(file);
        Set<String> substances = new HashSet<>();
        route.path("substances").forEach(s -> assertThat(substances.add(s.path("id").asText()))
                .as("%s: substance id %s is unique", file, s.path("id")).isTrue());
        Set<String> streams = new HashSet<>();
        Set<String> stages = new HashSet<>();
        for (JsonNode stage : route.path("stages")) {
            stages.add(stage.path("id").asText());
            stage.path("reactants").forEach(r -> assertThat(substances).as("%s: reactant", file).contains(r.asText()));
            assertThat(substances).as("%s: product", file).contains(stage.path("product").asText());
            RouteTrees.walk(stage.path("steps"), o -> {
                if (o.has("role")) {
                    if (o.has("substance")) {
                        assertThat(substances).as("%s: charged substance", file).contains(o.path("substance").asText());
                    }
                    if (o.has("from")) {
                        assertThat(streams).as("%s: 'from' names an earlier stream", file).contains(o.path("from").asText());
                    }
                }
                if (o.has("produces")) {
                    assertThat(streams.add(o.path("produces").asText())).as("%s: stream id unique", file).isTrue();
                }
            });
            for (JsonNode outcome : stage.path("outcomes")) {
                assertThat(substances).as("%s: outcome substance", file).contains(outcome.path("substance").asText());
                assertThat(streams.add(outcome.path("id").asText())).as("%s: outcome id unique", file).isTrue();
            }
        }
        for (JsonNode v : route.path("variants")) {
            v.path("stages").forEach(s -> assertThat(stages).as("%s: variant stage", file).contains(s.asText()));
            v.path("substances").fields().forEachRemaining(e -> assertThat(substances).as("%s: variant substitution", file)
                    .contains(e.getKey(), e.getValue().asText()));
        }
    }

    private static void check(JsonNode node, Type type, String path) {
        Class<?> raw = raw(type);
        if (raw.isRecord() && raw != Quantity.class && raw != Range.class) {
            assertThat(node.isObject()).as("%s is a mapping (%s)", path, raw.getSimpleName()).isTrue();
            RecordComponent[] components = raw.getRecordComponents();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                Optional<RecordComponent> c = Arrays.stream(components)
                        .filter(rc -> rc.getName().equals(e.getKey())).findFirst();
                assertThat(c).as("%s.%s is a component of %s", path, e.getKey(), raw.getSimpleName()).isPresent();
                if (!e.getValue().isNull()) {
                    check(e.getValue(), c.get().getGenericType(), path + "." + e.getKey());
                }
            }
        } else if (raw == List.class) {
            assertThat(node.isArray()).as("%s is a list", path).isTrue();
            Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
            for (int i = 0; i < node.size(); i++) {
                check(node.get(i), element, path + "[" + i + "]");
            }
        } else if (raw == Map.class) {
            assertThat(node.isObject()).as("%s is a mapping", path).isTrue();
            node.forEach(v -> assertThat(v.isTextual()).as("%s values are text", path).isTrue());
        } else if (raw.isEnum()) {
            String value = node.asText();
            assertThat(value).as("%s is lower case", path).isEqualTo(value.toLowerCase());
            assertThat(Arrays.stream(raw.getEnumConstants()).map(Object::toString))
                    .as("%s: '%s' is a %s", path, value, raw.getSimpleName()).contains(value.toUpperCase());
        } else if (raw == Quantity.class || raw == Range.class || raw == String.class) {
            assertThat(node.isTextual()).as("%s is text", path).isTrue();
        } else if (raw == Double.class || raw == double.class) {
            assertThat(node.isNumber()).as("%s is a number", path).isTrue();
        } else if (raw == Integer.class || raw == int.class) {
            assertThat(node.isIntegralNumber()).as("%s is a whole number", path).isTrue();
        } else if (raw == boolean.class || raw == Boolean.class) {
            assertThat(node.isBoolean()).as("%s is true or false", path).isTrue();
        } else {
            throw new AssertionError(path + ": no rule for " + type);
        }
    }

    private static Class<?> raw(Type type) {
        return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
    }
}
