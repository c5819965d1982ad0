package reflux.route.io;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML value with the line and column where it starts, so every later check can say where a problem is.
 * Built by {@link YamlTreeReader}; immutable once built.
 */
sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Seq, YamlNode.Mapping {

    /** 1-based line. */
    int line();

    /** 1-based column. */
    int column();

    /** The scalar type as YAML resolved it (plain {@code 300} is INT, {@code "300"} is STRING). */
    enum ScalarType { STRING, INT, FLOAT, BOOLEAN, NULL }

    /** A scalar with its text exactly as written (numbers keep their printed digits). */
    record Scalar(String text, ScalarType type, int line, int column) implements YamlNode {
    }

    /** A sequence. */
    record Seq(List<YamlNode> items, int line, int column) implements YamlNode {
        public Seq {
            items = List.copyOf(items);
        }
    }

    /** A key of a mapping with where it was written. */
    record Key(String name, int line, int column) {
    }

    /** A mapping in document order; keys are unique (duplicates are rejected while reading). */
    record Mapping(Map<String, YamlNode> entries, Map<String, Key> keys, int line, int column) implements YamlNode {
        public Mapping {
            entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
            keys = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(keys));
        }
    }

    /** "a mapping", "a list", "a string", ... for messages. */
    static String describe(YamlNode n) {
        if (n instanceof Mapping) {
            return "a mapping";
        }
        if (n instanceof Seq) {
            return "a list";
        }
        return switch (((Scalar) n).type()) {
            case STRING -> "a string";
            case INT, FLOAT -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
        };
    }
}
