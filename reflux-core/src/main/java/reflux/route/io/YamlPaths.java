package reflux.route.io;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the node at a field path ({@code stages[0].steps[1].id}) in a located YAML tree. */
final class YamlPaths {

    private static final Pattern SEGMENT = Pattern.compile("([^.\\[\\]]+)|\\[(\\d+)\\]");

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
}
