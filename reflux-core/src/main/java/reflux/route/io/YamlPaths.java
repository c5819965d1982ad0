package reflux.route.io;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Field paths in a located YAML tree. Internally (while binding) a path indexes every list ({@code
 * stages[0].steps[1].id}); the paths Reflux prints — reader problems, engine and audit findings — use one dialect:
 * an item that has an {@code id} is named by it, any other item by its 0-based index ({@code
 * stages[I].steps[A].operations[0].charges[1]}, {@code substances[dcm].name}). {@link #locate} reads that dialect,
 * {@link #toIds} converts an internal path to it.
 */
final class YamlPaths {

    private static final Pattern SEGMENT = Pattern.compile("([^.\\[\\]]+)|\\[(\\d+)\\]|\\[[^\\]]+\\]");

    private YamlPaths() {
    }

    /** The node at {@code path}, or the deepest existing node on the way (never null for a non-null root). */
    static YamlNode find(YamlNode root, String path) {
        YamlNode n = root;
        Matcher m = SEGMENT.matcher(path);
        while (m.find() && n != null) {
            YamlNode next = null;
            if (m.group(1) != null && n instanceof YamlNode.Mapping map) {
                next = map.entries().get(m.group(1));
                if (next == null && map.keys().containsKey(m.group(1))) {
                    YamlNode.Key k = map.keys().get(m.group(1));
                    return new YamlNode.Scalar(null, YamlNode.ScalarType.NULL, k.line(), k.column());
                }
            } else if (m.group(2) != null && n instanceof YamlNode.Seq seq) {
                int i = Integer.parseInt(m.group(2));
                next = i < seq.items().size() ? seq.items().get(i) : null;
            }
            if (next == null) {
                return n;
            }
            n = next;
        }
        return n;
    }

    /**
     * The node at a path in the printed dialect (a list item with an id named by it, others by index), or the
     * deepest existing node on the way; null when not even the first segment exists.
     */
    static YamlNode locate(YamlNode root, String path) {
        YamlNode n = root;
        Matcher m = SEGMENT.matcher(path);
        boolean first = true;
        while (m.find() && n != null) {
            YamlNode next = null;
            if (m.group(1) != null && n instanceof YamlNode.Mapping map) {
                next = map.entries().get(m.group(1));
            } else if (m.group(2) != null || m.group(0).startsWith("[")) {
                next = n instanceof YamlNode.Seq seq ? item(seq, m.group(0)) : null;
            }
            if (next == null) {
                return first ? null : n;
            }
            first = false;
            n = next;
        }
        return n;
    }

    /** An internal (all-index) path in the printed dialect: each index of an item that has an id becomes the id. */
    static String toIds(YamlNode root, String path) {
        if (path == null || path.isEmpty() || root == null) {
            return path;
        }
        StringBuilder out = new StringBuilder();
        YamlNode n = root;
        Matcher m = SEGMENT.matcher(path);
        int end = 0;
        while (m.find()) {
            out.append(path, end, m.start());
            end = m.end();
            if (m.group(1) != null) {
                out.append(m.group(1));
                n = n instanceof YamlNode.Mapping map ? map.entries().get(m.group(1)) : null;
            } else if (m.group(2) == null) {
                out.append(m.group(0));
                n = null;
            } else {
                int i = Integer.parseInt(m.group(2));
                YamlNode item = n instanceof YamlNode.Seq seq && i < seq.items().size() ? seq.items().get(i) : null;
                String id = idOf(item);
                out.append('[').append(id != null ? id : m.group(2)).append(']');
                n = item;
            }
        }
        return out.append(path.substring(end)).toString();
    }

    /** The item a printed segment ({@code [I]}, {@code [0]}) names: by id first, else by index. */
    private static YamlNode item(YamlNode.Seq seq, String segment) {
        String key = segment.substring(1, segment.length() - 1);
        for (YamlNode it : seq.items()) {
            if (key.equals(idOf(it))) {
                return it;
            }
        }
        if (key.chars().allMatch(Character::isDigit) && !key.isEmpty()) {
            int i = Integer.parseInt(key);
            if (i < seq.items().size() && idOf(seq.items().get(i)) == null) {
                return seq.items().get(i);
            }
        }
        return null;
    }

    private static String idOf(YamlNode item) {
        if (item instanceof YamlNode.Mapping map && map.entries().get("id") instanceof YamlNode.Scalar sc
                && sc.text() != null && !sc.text().isBlank() && !sc.text().contains("[") && !sc.text().contains("]")) {
            return sc.text();
        }
        return null;
    }
}
