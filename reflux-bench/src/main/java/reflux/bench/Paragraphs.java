package reflux.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads paragraphs as JSON lines {@code {"id": ..., "text": "..."}} (what {@code ../shared/tools/ordscore.py texts}
 * writes). A bad line is a located problem ({@code FILE:LINE: ...}), never an exception.
 */
public final class Paragraphs {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Paragraphs() {
    }

    /**
     * What was read: the paragraphs, or the problem that stopped the reading.
     *
     * @param paragraphs the paragraphs in file order (empty when there is a problem)
     * @param problem    {@code FILE:LINE: message}, or null when all lines were read
     */
    public record Read(List<Paragraph> paragraphs, String problem) {
        public Read {
            paragraphs = List.copyOf(paragraphs);
        }

        /** True when every line was read. */
        public boolean ok() {
            return problem == null;
        }
    }

    /** At most {@code limit} paragraphs (0: all) of {@code file}. */
    public static Read read(Path file, int limit) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return new Read(List.of(), file + ": cannot read (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + ")");
        }
        List<Paragraph> out = new ArrayList<>();
        for (int i = 0; i < lines.size() && (limit <= 0 || out.size() < limit); i++) {
            String l = lines.get(i).strip();
            if (l.isEmpty()) {
                continue;
            }
            JsonNode n;
            try {
                n = JSON.readTree(l);
            } catch (JsonProcessingException e) {
                return new Read(List.of(), file + ":" + (i + 1) + ": not a JSON object (" + e.getOriginalMessage()
                        + ")");
            }
            if (n == null || !n.isObject() || !n.path("id").isValueNode() || !n.path("text").isTextual()) {
                return new Read(List.of(), file + ":" + (i + 1) + ": expected {\"id\": ..., \"text\": \"...\"}");
            }
            out.add(new Paragraph(n.get("id").asText(), n.get("text").asText()));
        }
        if (out.isEmpty()) {
            return new Read(List.of(), file + ": no paragraphs");
        }
        return new Read(out, null);
    }
}
