package reflux.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Action words of {@code reflux/extract/workups.tsv}: reaction steps ("added", "stirred") and work-ups ("washed",
 * "dried") with their ORD {@code WorkupType}. Immutable and thread-safe.
 */
public final class Workups {
    private static final Pattern WORD = Pattern.compile("\\b\\p{L}+\\b");
    private final Map<String, String> types;

    private Workups(Map<String, String> types) {
        this.types = Map.copyOf(types);
    }

    /** The shipped table. */
    public static Workups standard() {
        Map<String, String> m = new HashMap<>();
        for (String[] row : Lexicon.rows("workups.tsv", 3)) {
            m.put(row[0].toLowerCase(Locale.ROOT), row[1]);
        }
        return new Workups(m);
    }

    /** Every action word of {@code text}, in order. */
    public List<Span> find(String text) {
        List<Span> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            if (types.containsKey(m.group().toLowerCase(Locale.ROOT))) {
                out.add(Span.of(text, m.start(), m.end()));
            }
        }
        return out;
    }

    /** Whether the word is a reaction step rather than a work-up. */
    public boolean isStep(String word) {
        return "STEP".equals(types.get(word.toLowerCase(Locale.ROOT)));
    }

    /** The ORD WorkupType of a work-up word, or null for a step or an unknown word. */
    public String ordType(String word) {
        String t = types.get(word.toLowerCase(Locale.ROOT));
        return t == null || t.equals("STEP") ? null : t;
    }
}
