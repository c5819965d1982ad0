package reflux.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import reflux.data.TsvTable;
import reflux.model.identity.ResolverWarning;

/**
 * Repair and retry ({@code name-repairs.tsv}): spelling and punctuation repairs tried only after the name as
 * written has failed, each alone and then all together, accepted only when the parser then succeeds. Immutable and
 * thread-safe.
 */
final class NameRepairs {

    /** The repaired name and one NAME_REPAIRED warning per repair applied. */
    record Repaired(String text, List<String> warnings) {
        Repaired {
            warnings = List.copyOf(warnings);
        }
    }

    private record Rule(Pattern pattern, String replacement, String reason) {
    }

    private static final NameRepairs STANDARD = new NameRepairs(load());

    private final List<Rule> rules;

    private NameRepairs(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    static NameRepairs standard() {
        return STANDARD;
    }

    /** The first repaired spelling that {@code parses} accepts, or empty (the name is left as written). */
    Optional<Repaired> retry(String text, Predicate<String> parses) {
        List<Rule> applicable = rules.stream().filter(r -> r.pattern().matcher(text).find()).toList();
        for (Rule r : applicable) {
            String fixed = r.pattern().matcher(text).replaceAll(r.replacement());
            if (!fixed.equals(text) && parses.test(fixed)) {
                return Optional.of(new Repaired(fixed, List.of(warning(r, text, fixed))));
            }
        }
        if (applicable.size() > 1) {
            String s = text;
            List<String> warnings = new ArrayList<>();
            for (Rule r : applicable) {
                Matcher m = r.pattern().matcher(s);
                String next = m.replaceAll(r.replacement());
                if (!next.equals(s)) {
                    warnings.add(warning(r, s, next));
                    s = next;
                }
            }
            if (!s.equals(text) && parses.test(s)) {
                return Optional.of(new Repaired(s, warnings));
            }
        }
        return Optional.empty();
    }

    private static String warning(Rule r, String before, String after) {
        return ResolverWarning.NAME_REPAIRED.format(r.reason() + ": '" + before + "' read as '" + after + "'");
    }

    private static List<Rule> load() {
        List<Rule> rules = new ArrayList<>();
        for (TsvTable.Row row : TsvTable.load("/reflux/identity/name-repairs.tsv", "pattern", "reason", "source")) {
            try {
                rules.add(new Rule(Pattern.compile(row.get("pattern")),
                        row.cells().get("replacement").replace("\\s", " "), row.get("reason")));
            } catch (PatternSyntaxException e) {
                throw new IllegalStateException("name-repairs.tsv:" + row.line() + ": " + e.getMessage(), e);
            }
        }
        return rules;
    }
}
