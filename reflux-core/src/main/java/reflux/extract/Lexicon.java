package reflux.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The knowledge the extractor reads text with: unit words ({@code reflux/extract/units.tsv}) and word classes
 * ({@code reflux/extract/lexicon.tsv}), each row with its source. Immutable and thread-safe; load once with
 * {@link #standard()} and share.
 */
public final class Lexicon {

    /** The word classes of {@code lexicon.tsv}. */
    public enum WordClass {
        STOP, MODIFIER, PRODUCT_CUE, PRODUCT_NOUN, ABBREVIATION, TEMPERATURE_WORD, SOLVENT_CUE, ATMOSPHERE,
        WORKUP_CUE, FORM_NOUN, NAME_CLASS_WORD
    }

    /** One unit spelling: as printed, whether case matters, kind and ORD unit. */
    public record UnitWord(String spelling, boolean exactCase, QuantityKind kind, String ordUnit) {
    }

    private final List<UnitWord> units;
    private final Map<WordClass, Set<String>> words;

    private Lexicon(List<UnitWord> units, Map<WordClass, Set<String>> words) {
        this.units = List.copyOf(units);
        this.words = words;
    }

    /** The shipped tables; a malformed row is a programmer error (the tables are tested). */
    public static Lexicon standard() {
        List<UnitWord> units = new ArrayList<>();
        for (String[] row : rows("units.tsv", 5)) {
            units.add(new UnitWord(row[0], row[1].equals("s"), QuantityKind.valueOf(row[2]), row[3]));
        }
        units.sort(Comparator.comparingInt((UnitWord u) -> u.spelling().length()).reversed());
        Map<WordClass, Set<String>> words = new EnumMap<>(WordClass.class);
        for (WordClass c : WordClass.values()) {
            words.put(c, new HashSet<>());
        }
        for (String[] row : rows("lexicon.tsv", 3)) {
            words.get(WordClass.valueOf(row[1])).add(row[0].toLowerCase(Locale.ROOT));
        }
        words.replaceAll((k, v) -> Set.copyOf(v));
        return new Lexicon(units, words);
    }

    /** Unit spellings, longest first. */
    public List<UnitWord> units() {
        return units;
    }

    /** Whether {@code word} (any case) belongs to class {@code c}. */
    public boolean is(WordClass c, String word) {
        return words.get(c).contains(word.toLowerCase(Locale.ROOT));
    }

    /** The entries of one class (lower case). */
    public Set<String> entries(WordClass c) {
        return words.get(c);
    }

    /** The data rows (comment lines and the header skipped) of a resource, each with exactly {@code columns} cells. */
    static List<String[]> rows(String resource, int columns) {
        String path = "/reflux/extract/" + resource;
        List<String[]> out = new ArrayList<>();
        try (InputStream in = Lexicon.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            boolean header = true;
            int n = 0;
            for (String line; (line = r.readLine()) != null; ) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length != columns || cells[columns - 1].isBlank()) {
                    throw new IllegalStateException(path + ":" + n + ": expected " + columns + " cells with a source");
                }
                out.add(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
