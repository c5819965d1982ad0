package reflux.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import reflux.data.TsvTable;

/**
 * Recognises compound labels and references ("compound 3", "title compound", "( 38 )", "Example 12", "II",
 * "white solid") from {@code compound-labels.tsv}; the resolver answers them with status LABEL. Immutable and
 * thread-safe.
 */
final class CompoundLabels {

    /** A matched label: its kind ({@code label}, {@code reference}, {@code description}) and the row's reason. */
    record Hit(String kind, String reason) {
    }

    private record Row(Pattern pattern, String kind, String reason, LiteralGate gate) {
    }

    private static final List<Row> ROWS = load();

    private CompoundLabels() {
    }

    /** The patterns behind {@link LiteralGate}s here (the gate test checks that a closed gate hides no match). */
    static List<Pattern> gatedPatterns() {
        return ROWS.stream().map(Row::pattern).toList();
    }

    /** The label row the whole text matches, or empty when it is no label. */
    static Optional<Hit> match(String text) {
        String t = text.strip();
        NameText scanned = NameText.of(t);
        for (Row row : ROWS) {
            if (row.gate().mayFind(scanned) && row.pattern().matcher(t).matches()) {
                return Optional.of(new Hit(row.kind(), row.reason()));
            }
        }
        return Optional.empty();
    }

    private static List<Row> load() {
        List<Row> rows = new ArrayList<>();
        for (TsvTable.Row row : TsvTable.load("/reflux/identity/compound-labels.tsv", "pattern", "kind", "reason",
                "source")) {
            try {
                Pattern p = Pattern.compile(row.get("pattern"), Pattern.CASE_INSENSITIVE);
                rows.add(new Row(p, row.get("kind"), row.get("reason"), LiteralGate.of(p)));
            } catch (PatternSyntaxException e) {
                throw new IllegalStateException("compound-labels.tsv:" + row.line() + ": " + e.getMessage(), e);
            }
        }
        return List.copyOf(rows);
    }
}
