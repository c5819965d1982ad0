package reflux.scale;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** The sheet as JSON (field names of {@link BatchSheet}), indented. Thread-safe. */
public final class SheetJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SheetJson() {
    }

    /** The JSON text. */
    public static String render(BatchSheet sheet) {
        try {
            return MAPPER.writeValueAsString(sheet) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a batch sheet did not serialise", e);   // records only: a bug
        }
    }
}
