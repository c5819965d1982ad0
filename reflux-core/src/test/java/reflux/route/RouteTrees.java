package reflux.route;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import reflux.testkit.SharedFiles;

/**
 * Test-side access to the seed route files as plain YAML trees (independent of the route reader), plus the number
 * tokenizer shared by the seed-vs-route comparisons.
 */
final class RouteTrees {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");

    private RouteTrees() {
    }

    /** A route file under {@code routes/} as a YAML tree, e.g. {@code route("cefepime-001-example1.yaml")}. */
    static JsonNode route(String fileName) {
        Path p = SharedFiles.repoRoot().resolve("routes").resolve(fileName);
        try {
            return YAML.readTree(p.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every number printed in {@code text}, as printed ("0.0040", "-25"). ASCII digits only: superscript and
     * subscript digits (¹H, d₆, cm⁻¹, ⁷⁹Br) are notation, not values. A '-' is a minus sign only when it does
     * not follow a letter or digit ("20-25" is 20 and 25; "at -25" is -25).
     */
    static List<String> numbers(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            int i = m.start();
            boolean minus = i > 0 && text.charAt(i - 1) == '-'
                    && (i < 2 || !Character.isLetterOrDigit(text.charAt(i - 2)));
            out.add(minus ? "-" + m.group() : m.group());
        }
        return out;
    }

    /** A numeric or text YAML scalar as printed (decimals keep their scale: 99.42, 2.10). */
    static String scalar(JsonNode n) {
        return n.isBigDecimal() ? n.decimalValue().toPlainString() : n.asText();
    }

    /** Visits every object node of the tree, depth first. */
    static void walk(JsonNode node, Consumer<JsonNode> visitor) {
        if (node.isObject()) {
            visitor.accept(node);
        }
        if (node.isContainerNode()) {
            node.forEach(child -> walk(child, visitor));
        }
    }
}
