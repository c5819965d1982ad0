package reflux.corpus;

/**
 * One output row of a corpus run: the record's JSON line (deterministic: the same record gives the same bytes on any
 * engine, thread count or partitioning) and how long each step took (kept apart, since timings never repeat).
 *
 * @param index   the record's input position
 * @param id      the record's id
 * @param json    the row as one line of JSON
 * @param nanos   extract, resolve, execute and audit time in nanoseconds (4 values)
 */
public record CorpusRow(int index, String id, String json, long[] nanos) {
    public CorpusRow {
        if (json == null || nanos == null || nanos.length != 4) {
            throw new IllegalArgumentException("row needs its JSON and 4 timings");
        }
        nanos = nanos.clone();
    }

    /** The timings line of this row ({@code {"id":..,"extract_ms":..,...}}). */
    public String timingsJson() {
        return "{\"index\":" + index + ",\"id\":" + com.fasterxml.jackson.databind.node.TextNode.valueOf(id)
                + String.format(java.util.Locale.ROOT, ",\"extract_ms\":%.3f,\"resolve_ms\":%.3f,\"execute_ms\":%.3f,"
                + "\"audit_ms\":%.3f}", nanos[0] / 1e6, nanos[1] / 1e6, nanos[2] / 1e6, nanos[3] / 1e6);
    }

    @Override
    public long[] nanos() {
        return nanos.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CorpusRow r && r.index == index && r.id.equals(id) && r.json.equals(json)
                && java.util.Arrays.equals(r.nanos, nanos);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(index, id, json) * 31 + java.util.Arrays.hashCode(nanos);
    }

    @Override
    public String toString() {
        return json;
    }
}
