package reflux.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A knowledge table shipped as a class-path resource (identity, audit and route data files): tab-separated, a header line, {@code #} comments, blank lines
 * ignored. Rows are column → value maps that remember their line number for messages.
 *
 * <p>A malformed resource is a programmer error (it ships with the jar), so loading throws with resource and line.
 */
public final class TsvTable {

    /** One data row with its 1-based line number in the resource. */
    public record Row(int line, Map<String, String> cells) {
        /** The trimmed cell of the column, or "" when absent. */
        public String get(String column) {
            String v = cells.get(column);
            return v == null ? "" : v.trim();
        }
    }

    private TsvTable() {
    }

    /**
     * Loads the class-path resource {@code path} (e.g. {@code /reflux/audit/densities.tsv}) and checks that every
     * row has the required columns non-empty.
     */
    public static List<Row> load(String path, String... required) {
        try (InputStream in = TsvTable.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String[] header = null;
            List<Row> rows = new ArrayList<>();
            int lineNo = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (header == null) {
                    header = cells;
                    continue;
                }
                if (cells.length != header.length) {
                    throw new IllegalStateException(path + ":" + lineNo + ": " + cells.length + " columns, header has "
                            + header.length);
                }
                Map<String, String> map = new LinkedHashMap<>();
                for (int i = 0; i < header.length; i++) {
                    map.put(header[i].trim(), cells[i]);
                }
                Row row = new Row(lineNo, map);
                for (String col : required) {
                    if (row.get(col).isEmpty()) {
                        throw new IllegalStateException(path + ":" + lineNo + ": column '" + col + "' is empty");
                    }
                }
                rows.add(row);
            }
            return List.copyOf(rows);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
