package reflux.extract.patent;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the extractor's tab-separated knowledge files: '#' comments, one header row, a non-empty source column last. */
final class Tables {
    private Tables() {
    }

    /** The rows of {@code resource} (under /reflux/extract/patent/), each with exactly {@code columns} cells. */
    static List<String[]> read(String resource, int columns) {
        String path = "/reflux/extract/patent/" + resource;
        try (InputStream in = Tables.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " missing from the jar");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> rows = new ArrayList<>();
            String line;
            int n = 0;
            boolean header = true;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length != columns || f[columns - 1].isBlank()) {
                    throw new IllegalStateException(resource + ":" + n + ": need " + columns
                            + " tab-separated cells, the last a source");
                }
                for (int i = 0; i < f.length; i++) {
                    f[i] = f[i].strip();
                }
                rows.add(f);
            }
            return List.copyOf(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
