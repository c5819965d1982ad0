package reflux.extract.patent;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import reflux.model.route.OperationType;

/**
 * Action words → operation types, from {@code reflux/extract/patent/operations.tsv} (each row with its source).
 * Immutable, thread-safe.
 *
 * @param rows the rows, longest spelling first
 */
record ActionWords(List<Row> rows) {

    /** One row: a spelling (one or more words) and the operation it starts. */
    record Row(String word, OperationType type, Pattern pattern) {
    }

    /** A found action word. */
    record Hit(int start, int end, OperationType type) {
    }

    ActionWords {
        rows = List.copyOf(rows);
    }

    /** The shipped table. */
    static ActionWords standard() {
        try (InputStream in = ActionWords.class.getResourceAsStream("/reflux/extract/patent/operations.tsv")) {
            if (in == null) {
                throw new IllegalStateException("reflux/extract/patent/operations.tsv missing from the jar");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Row> rows = new ArrayList<>();
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#") || line.startsWith("word\t")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length < 3 || f[2].isBlank()) {
                    throw new IllegalStateException("operations.tsv:" + n + ": need word, operation, source");
                }
                OperationType t = OperationType.valueOf(f[1].strip().toUpperCase(Locale.ROOT));
                rows.add(new Row(f[0].strip(), t, Pattern.compile("\\b" + Pattern.quote(f[0].strip()) + "\\b",
                        Pattern.CASE_INSENSITIVE)));
            }
            rows.sort(Comparator.comparingInt((Row x) -> -x.word().length()));
            return new ActionWords(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every action word of {@code text} in text order (longer spellings win where two overlap). */
    List<Hit> find(String text) {
        List<Hit> out = new ArrayList<>();
        for (Row row : rows) {
            Matcher m = row.pattern().matcher(text);
            while (m.find()) {
                int s = m.start();
                int e = m.end();
                if (out.stream().noneMatch(h -> h.start() < e && s < h.end())) {
                    out.add(new Hit(s, e, row.type()));
                }
            }
        }
        out.sort(Comparator.comparingInt(Hit::start));
        return out;
    }
}
