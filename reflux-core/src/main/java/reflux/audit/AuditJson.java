package reflux.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The JSON form of audit reports (and anything else {@code reflux audit/check --json} prints): record components
 * become fields, nulls are left out, doubles are written as they are. Thread-safe.
 */
public final class AuditJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private AuditJson() {
    }

    /** The shared mapper (records, lists and maps serialise as JSON objects and arrays). */
    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
