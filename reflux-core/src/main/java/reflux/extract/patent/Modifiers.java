package reflux.extract.patent;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.isomorphism.Transform;
import org.openscience.cdk.smirks.Smirks;
import org.openscience.cdk.smirks.SmirksOption;
import reflux.chem.Structures;

/**
 * Modifier words printed before a name ("silylated 7-amino-..."): spelling repairs of the modifier word
 * ({@code modifier-repairs.tsv}: "silyalted" → "silylated") and what the modifier does to the named compound
 * ({@code modifiers.tsv}: SMIRKS applied until none matches: TMS on each carboxylic acid O-H, once on each primary
 * amine). The result is an assumption, recorded in the note. Thread-safe: each transform is used under its lock.
 *
 * <pre>{@code
 * Modifiers.standard().find("reacted with silyalted X hydrochloride as per ...")  // "silylated" at 12..22
 * }</pre>
 */
final class Modifiers {

    /** A modifier word found in text: where it is, as printed, and the word meant. */
    record Found(int start, int end, String printed, String modifier) {
        boolean repaired() {
            return !printed.equalsIgnoreCase(modifier);
        }
    }

    /** The modified structure and the note that says what was assumed. */
    record Applied(String smiles, String note) {
    }

    private record Row(String modifier, Transform transform, String group, String source) {
    }

    static final int MAX_REPEAT = 12;
    private final Map<String, String> repairs;
    private final Map<String, List<Row>> rows;
    private final Pattern words;

    private Modifiers(Map<String, String> repairs, Map<String, List<Row>> rows) {
        this.repairs = Map.copyOf(repairs);
        this.rows = Map.copyOf(rows);
        List<String> all = new ArrayList<>(rows.keySet());
        all.addAll(repairs.keySet());
        all.sort((a, b) -> b.length() - a.length());
        this.words = Pattern.compile("\\b(" + String.join("|", all.stream().map(Pattern::quote).toList()) + ")\\s+",
                Pattern.CASE_INSENSITIVE);
    }

    /** The shipped tables. */
    static Modifiers standard() {
        Map<String, String> repairs = new LinkedHashMap<>();
        for (String[] r : Tables.read("modifier-repairs.tsv", 3)) {
            repairs.put(r[0].toLowerCase(Locale.ROOT), r[1].toLowerCase(Locale.ROOT));
        }
        Map<String, List<Row>> rows = new LinkedHashMap<>();
        for (String[] r : Tables.read("modifiers.tsv", 4)) {
            Transform t = new Transform();
            if (!Smirks.parse(t, r[1], SmirksOption.RECOMPUTE_HYDROGENS)) {
                throw new IllegalStateException("modifiers.tsv: SMIRKS for " + r[0] + " does not compile: " + t.message());
            }
            rows.computeIfAbsent(r[0].toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(new Row(r[0], t, r[2], r[3]));
        }
        for (String target : repairs.values()) {
            if (!rows.containsKey(target)) {
                throw new IllegalStateException("modifier-repairs.tsv: '" + target + "' is no modifier of modifiers.tsv");
            }
        }
        return new Modifiers(repairs, rows);
    }

    /** The first modifier word of {@code text} followed by more text, or empty. */
    Optional<Found> find(String text) {
        Matcher m = words.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        String printed = m.group(1);
        String low = printed.toLowerCase(Locale.ROOT);
        return Optional.of(new Found(m.start(1), m.end(), printed, repairs.getOrDefault(low, low)));
    }

    /** {@code smiles} with the modifier's changes, or empty when none applies. */
    Optional<Applied> apply(Found f, String smiles) {
        IAtomContainer mol;
        try {
            mol = Structures.parseSmiles(smiles);
        } catch (CDKException | RuntimeException e) {
            return Optional.empty();
        }
        List<String> done = new ArrayList<>();
        for (Row r : rows.getOrDefault(f.modifier(), List.of())) {
            int n = 0;
            synchronized (r.transform()) {
                while (n < MAX_REPEAT && r.transform().apply(mol, 1)) {
                    n++;
                }
            }
            if (n > 0) {
                done.add(r.group() + " (" + n + "x; " + r.source() + ")");
            }
        }
        if (done.isEmpty()) {
            return Optional.empty();
        }
        try {
            String out = Structures.canonicalSmiles(mol);
            String note = (f.repaired() ? "Printed '" + f.printed() + "', read as '" + f.modifier()
                    + "' (modifier-repairs.tsv). " : "") + "Assumed, not printed: '" + f.modifier()
                    + "' is read as trimethylsilyl on: " + String.join("; ", done)
                    + " (modifiers.tsv); the text does not say which groups carry silyl groups.";
            return Optional.of(new Applied(out, note));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
