package reflux.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Reads a corpus: JSON lines (plain or {@code .gz}), each either {@code {"id","text"}} or an ORD {@code Reaction} in
 * protobuf's JSON mapping (snake_case or lowerCamelCase; the text is {@code notes.procedure_details}, as
 * {@code ordscore.py texts} takes it). A line that is not such an object becomes a record with its problem (so the
 * run writes a row saying why), never an exception. Thread-safe.
 *
 * <pre>{@code
 * List<CorpusRecord> rs = CorpusReader.read(Path.of("reactions.jsonl.gz"));
 * }</pre>
 */
public final class CorpusReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private CorpusReader() {
    }

    /** A UTF-8 reader of a JSON-lines file, gzip read through when its name ends in {@code .gz}. */
    public static BufferedReader open(Path file) throws IOException {
        InputStream raw = Files.newInputStream(file);
        try {
            InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        } catch (IOException e) {
            raw.close();
            throw e;
        }
    }

    /** All records of {@code file} in input order; IOException only when the file itself cannot be read. */
    public static List<CorpusRecord> read(Path file) throws IOException {
        List<CorpusRecord> out = new ArrayList<>();
        try (BufferedReader r = open(file)) {
            String line;
            int lineNo = 0;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                out.add(record(out.size(), file.getFileName() + ":" + lineNo, line));
            }
        }
        return out;
    }

    /** The record of one line ({@code where} = FILE:LINE, used as id and in the problem when it is unreadable). */
    static CorpusRecord record(int index, String where, String line) {
        JsonNode n;
        try {
            n = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            int col = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getColumnNr());
            return new CorpusRecord(index, where, "", null, null,
                    where + ":" + col + ": not a JSON object (" + e.getOriginalMessage() + ")");
        }
        if (n == null || !n.isObject()) {
            return new CorpusRecord(index, where, "", null, null, where + ":1: not a JSON object");
        }
        if (n.path("text").isTextual()) {
            String id = n.path("id").isValueNode() ? n.get("id").asText() : where;
            return new CorpusRecord(index, id, n.get("text").asText(), null, null,
                    n.path("id").isValueNode() ? null : where + ": id: missing (the row takes FILE:LINE as id)");
        }
        JsonNode id = field(n, "reaction_id");
        JsonNode notes = field(n, "notes");
        JsonNode text = notes == null ? null : field(notes, "procedure_details");
        if (id == null || !id.isTextual()) {
            return new CorpusRecord(index, where, "", null, null,
                    where + ":1: expected {\"id\",\"text\"} or an ORD Reaction with reaction_id");
        }
        String product = null;
        JsonNode outcomes = field(n, "outcomes");
        if (outcomes != null && outcomes.isArray()) {
            for (JsonNode o : outcomes) {
                JsonNode ps = field(o, "products");
                if (ps == null || !ps.isArray()) {
                    continue;
                }
                for (JsonNode p : ps) {
                    String s = identifier(p, "SMILES");
                    if (s != null && product == null) {
                        product = s;
                    }
                }
            }
        }
        String mapped = null;
        JsonNode ids = field(n, "identifiers");
        if (ids != null && ids.isArray()) {
            for (JsonNode i : ids) {
                if ("REACTION_CXSMILES".equals(i.path("type").asText()) || "REACTION_SMILES".equals(i.path("type").asText())) {
                    mapped = i.path("value").asText(null);
                }
            }
        }
        return new CorpusRecord(index, id.asText(), text != null && text.isTextual() ? text.asText() : "", product,
                mapped, text != null && text.isTextual() ? null : where + ": notes.procedure_details: missing");
    }

    private static String identifier(JsonNode compound, String type) {
        JsonNode ids = compound.get("identifiers");
        if (ids != null && ids.isArray()) {
            for (JsonNode i : ids) {
                if (type.equals(i.path("type").asText())) {
                    return i.path("value").asText(null);
                }
            }
        }
        return null;
    }

    /** A field by its snake_case name or its lowerCamelCase twin. */
    static JsonNode field(JsonNode n, String snake) {
        JsonNode v = n.get(snake);
        if (v != null) {
            return v;
        }
        StringBuilder camel = new StringBuilder();
        boolean up = false;
        for (char c : snake.toCharArray()) {
            if (c == '_') {
                up = true;
            } else {
                camel.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        return n.get(camel.toString());
    }
}
