package reflux.identity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import reflux.data.TsvTable;

/**
 * The curated name dictionary ({@code dictionary.tsv}): INN and trade names, abbreviations, reagents and solvents,
 * each with a stereo-explicit SMILES and its source. Lookup ignores case, spaces and hyphens.
 *
 * <p>Immutable and thread-safe.
 */
public final class Dictionary {

    /**
     * One compound with all its names (the first is the preferred one). {@code iupac} is a systematic name (components
     * separated by {@code ;}) and {@code check} an independent check ({@code inchikey=...} or {@code smiles=...}) for
     * rows that cannot be named; either may be empty, never both ({@code DictionaryTest}).
     */
    public record Entry(String id, List<String> names, String smiles, String ref, String iupac, String check,
                        String source, String note, int line) {
        public Entry {
            names = List.copyOf(names);
        }
    }

    private static final Dictionary STANDARD = load();

    private final List<Entry> entries;
    private final Map<String, Entry> byKey;
    /** Every name of every entry in file order, and its lookup key at the same position (for suggestions). */
    private final List<String> allNames;
    private final List<String> allKeys;

    private Dictionary(List<Entry> entries, Map<String, Entry> byKey) {
        this.entries = List.copyOf(entries);
        this.byKey = Map.copyOf(byKey);
        List<String> names = new ArrayList<>();
        this.entries.forEach(e -> names.addAll(e.names()));
        this.allNames = List.copyOf(names);
        this.allKeys = names.stream().map(Dictionary::key).toList();
    }

    /** The shipped dictionary. */
    public static Dictionary standard() {
        return STANDARD;
    }

    /** All entries in file order. */
    public List<Entry> entries() {
        return entries;
    }

    /** The entry one of whose names matches (case, spaces and hyphens ignored). */
    public Optional<Entry> lookup(String name) {
        return Optional.ofNullable(byKey.get(key(name)));
    }

    /** Every name of every entry, for suggestions. */
    public List<String> allNames() {
        return allNames;
    }

    /** The {@link #key} of each of {@link #allNames()}, at the same positions. */
    List<String> allKeys() {
        return allKeys;
    }

    /** The lookup key: lower case without white space and hyphens. */
    static String key(String name) {
        // a loop rather than replaceAll("[\\s\\-]+", ""): every name is looked up, most of them once
        String lower = name.toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c != '-' && c != ' ' && c != '\t' && c != '\n' && c != '\u000B' && c != '\f' && c != '\r') {
                sb.append(c);
            }
        }
        return sb.length() == lower.length() ? lower : sb.toString();
    }

    private static Dictionary load() {
        List<Entry> entries = new ArrayList<>();
        Map<String, Entry> byKey = new HashMap<>();
        for (TsvTable.Row row : TsvTable.load("/reflux/identity/dictionary.tsv",
                "id", "names", "smiles", "source")) {
            List<String> names = List.of(row.get("names").split("\\|"));
            Entry e = new Entry(row.get("id"), names.stream().map(String::trim).toList(), row.get("smiles"),
                    row.get("ref"), row.get("iupac"), row.get("check"), row.get("source"), row.get("note"),
                    row.line());
            entries.add(e);
            for (String n : e.names()) {
                Entry clash = byKey.put(key(n), e);
                if (clash != null && clash != e) {
                    throw new IllegalStateException("dictionary.tsv:" + row.line() + ": name '" + n
                            + "' also belongs to " + clash.id() + " (line " + clash.line() + ")");
                }
            }
        }
        return new Dictionary(entries, byKey);
    }
}
