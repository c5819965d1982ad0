package reflux.route.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads YAML text into a located {@link YamlNode} tree with Jackson's streaming parser (SnakeYAML underneath),
 * refusing what a route file never needs: anchors and aliases (the "billion laughs" bomb), explicit tags,
 * duplicate keys, several documents, nesting deeper than {@value #MAX_DEPTH}. Thread-safe (the factory is).
 */
final class YamlTreeReader {

    static final int MAX_DEPTH = 40;

    /** The tree, or the one problem that stopped reading. */
    record Result(YamlNode root, RouteProblem problem) {
    }

    private final YAMLFactory factory;

    YamlTreeReader(int maxChars) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(0);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(MAX_DEPTH + 10);
        options.setCodePointLimit(Math.max(maxChars, 1024));
        this.factory = YAMLFactory.builder().loaderOptions(options)
                .disable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH + 10).build())
                .build();
    }

    Result read(Path file, String text) {
        try (YAMLParser p = (YAMLParser) factory.createParser(text)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                return fail(file, 1, 1, "the file is empty", "start with 'schema: reflux.route/1'");
            }
            Builder b = new Builder(file, p);
            YamlNode root = b.value(t, 0);
            if (b.problem != null) {
                return new Result(null, b.problem);
            }
            JsonToken next = p.nextToken();
            if (next != null) {
                JsonLocation l = p.currentTokenLocation();
                return fail(file, l.getLineNr(), l.getColumnNr(), "more than one YAML document in the file",
                        "keep one route per file; remove the second '---' document");
            }
            return new Result(root, null);
        } catch (JsonProcessingException e) {
            return new Result(null, syntax(file, e));
        } catch (IOException | RuntimeException e) {
            // SnakeYAML reports some limits (code points, depth) as unchecked exceptions.
            return new Result(null, syntaxOf(file, e));
        }
    }

    private static Result fail(Path file, int line, int col, String message, String suggestion) {
        return new Result(null, new RouteProblem(file, line, col, "", message, suggestion));
    }

    private static RouteProblem syntax(Path file, JsonProcessingException e) {
        Throwable c = e.getCause();
        if (c instanceof MarkedYAMLException m) {
            return marked(file, m);
        }
        JsonLocation l = e.getLocation();
        String msg = firstLine(e.getOriginalMessage());
        return new RouteProblem(file, l == null ? 0 : l.getLineNr(), l == null ? 0 : l.getColumnNr(), "",
                "YAML syntax error: " + msg, "check indentation, colons and quotes around this place");
    }

    private static RouteProblem syntaxOf(Path file, Exception e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof MarkedYAMLException m) {
                return marked(file, m);
            }
            if (c instanceof JsonProcessingException j) {
                return syntax(file, j);
            }
        }
        return new RouteProblem(file, 0, 0, "", "YAML cannot be read: " + firstLine(String.valueOf(e.getMessage())),
                "check the file is a plain YAML route file");
    }

    private static RouteProblem marked(Path file, MarkedYAMLException m) {
        var mark = m.getProblemMark() != null ? m.getProblemMark() : m.getContextMark();
        String problem = m.getProblem() != null ? m.getProblem() : firstLine(m.getMessage());
        String context = m.getContext();
        String msg = "YAML syntax error: " + problem + (context != null ? " (" + context + ")" : "");
        String suggestion = problem.contains("mapping values are not allowed")
                ? "quote a value that contains ': ', e.g. name: \"a: b\""
                : problem.toLowerCase(java.util.Locale.ROOT).contains("tab") ? "indent with spaces, not tabs"
                : "check indentation, colons and quotes around this place";
        return new RouteProblem(file, mark == null ? 0 : mark.getLine() + 1, mark == null ? 0 : mark.getColumn() + 1,
                "", msg.replaceAll("\\s+", " ").trim(), suggestion);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unknown error";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).trim();
    }

    /** Builds the tree from the token stream; stops at the first problem. */
    private static final class Builder {
        private final Path file;
        private final YAMLParser p;
        RouteProblem problem;

        Builder(Path file, YAMLParser p) {
            this.file = file;
            this.p = p;
        }

        YamlNode value(JsonToken t, int depth) throws IOException {
            JsonLocation l = p.currentTokenLocation();
            int line = l.getLineNr();
            int col = l.getColumnNr();
            if (p.isCurrentAlias() || p.getObjectId() != null) {
                problem = new RouteProblem(file, line, col, "",
                        "YAML anchors and aliases (&name, *name) are not allowed in route files",
                        "write each value out in full");
                return null;
            }
            String tag = p.getTypeId();
            if (tag != null) {
                problem = new RouteProblem(file, line, col, "", "YAML tag '" + tag + "' is not allowed in route files",
                        "remove the tag; write plain values");
                return null;
            }
            if (depth > MAX_DEPTH) {
                problem = new RouteProblem(file, line, col, "", "nesting deeper than " + MAX_DEPTH + " levels",
                        "a route file needs about 10 levels; check the indentation");
                return null;
            }
            switch (t) {
                case START_OBJECT:
                    return mapping(line, col, depth);
                case START_ARRAY:
                    return seq(line, col, depth);
                case VALUE_STRING:
                    return new YamlNode.Scalar(p.getText(), YamlNode.ScalarType.STRING, line, col);
                case VALUE_NUMBER_INT:
                    return new YamlNode.Scalar(p.getText(), YamlNode.ScalarType.INT, line, col);
                case VALUE_NUMBER_FLOAT:
                    return new YamlNode.Scalar(p.getText(), YamlNode.ScalarType.FLOAT, line, col);
                case VALUE_TRUE:
                case VALUE_FALSE:
                    return new YamlNode.Scalar(p.getText(), YamlNode.ScalarType.BOOLEAN, line, col);
                case VALUE_NULL:
                    return new YamlNode.Scalar(null, YamlNode.ScalarType.NULL, line, col);
                default:
                    problem = new RouteProblem(file, line, col, "", "unexpected YAML content (" + t + ")",
                            "write plain mappings, lists and values");
                    return null;
            }
        }

        private YamlNode mapping(int line, int col, int depth) throws IOException {
            Map<String, YamlNode> entries = new LinkedHashMap<>();
            Map<String, YamlNode.Key> keys = new LinkedHashMap<>();
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                JsonLocation kl = p.currentTokenLocation();
                String name = p.currentName();
                YamlNode.Key first = keys.get(name);
                if (first != null) {
                    problem = new RouteProblem(file, kl.getLineNr(), kl.getColumnNr(), "",
                            "duplicate key '" + name + "' (first written at line " + first.line() + ")",
                            "keep one '" + name + "' entry");
                    return null;
                }
                keys.put(name, new YamlNode.Key(name, kl.getLineNr(), kl.getColumnNr()));
                YamlNode v = value(p.nextToken(), depth + 1);
                if (problem != null) {
                    return null;
                }
                entries.put(name, v);
            }
            return new YamlNode.Mapping(entries, keys, line, col);
        }

        private YamlNode seq(int line, int col, int depth) throws IOException {
            List<YamlNode> items = new ArrayList<>();
            JsonToken t;
            while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                if (t == null) {
                    problem = new RouteProblem(file, line, col, "", "unterminated list", "close the list with ']'");
                    return null;
                }
                YamlNode v = value(t, depth + 1);
                if (problem != null) {
                    return null;
                }
                items.add(v);
            }
            return new YamlNode.Seq(items, line, col);
        }
    }
}
