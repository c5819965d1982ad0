package reflux.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import reflux.data.TsvTable;

/**
 * Recognises names that are not one compound ({@code name-checks.tsv}): generic (Markush) names and names with a
 * known chemical defect. Immutable and thread-safe.
 */
final class NameChecks {

    enum Kind { MARKUSH, DEFECT }

    record Check(Kind kind, Pattern pattern, String meaning, LiteralGate gate) {
    }

    /** What matched: kind and one explanation per matching row. */
    record Hit(Kind kind, List<String> reasons) {
        Hit {
            reasons = List.copyOf(reasons);
        }
    }

    private static final List<Check> CHECKS = load();

    private NameChecks() {
    }

    /** The patterns behind {@link LiteralGate}s here (the gate test checks that a closed gate hides no match). */
    static List<Pattern> gatedPatterns() {
        return CHECKS.stream().map(Check::pattern).toList();
    }

    /** The defects of a name, if any, else its generic terms, if any. */
    static List<Hit> find(String name) {
        List<String> defects = new ArrayList<>();
        List<String> generic = new ArrayList<>();
        NameText text = NameText.of(name);
        for (Check c : CHECKS) {
            if (!c.gate().mayFind(text)) {
                continue;
            }
            Matcher m = c.pattern().matcher(name);
            if (m.find()) {
                String reason = "'" + m.group().trim() + "': " + c.meaning();
                (c.kind() == Kind.DEFECT ? defects : generic).add(reason);
            }
        }
        List<Hit> hits = new ArrayList<>();
        if (!defects.isEmpty()) {
            hits.add(new Hit(Kind.DEFECT, defects));
        }
        if (!generic.isEmpty()) {
            hits.add(new Hit(Kind.MARKUSH, generic));
        }
        return hits;
    }

    private static List<Check> load() {
        List<Check> checks = new ArrayList<>();
        for (TsvTable.Row row : TsvTable.load("/reflux/identity/name-checks.tsv",
                "kind", "pattern", "meaning", "source")) {
            Pattern p = Pattern.compile(row.get("pattern"));
            checks.add(new Check(Kind.valueOf(row.get("kind").toUpperCase(Locale.ROOT)), p, row.get("meaning"),
                    LiteralGate.of(p)));
        }
        return List.copyOf(checks);
    }
}
