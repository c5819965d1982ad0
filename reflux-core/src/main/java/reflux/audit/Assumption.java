package reflux.audit;

import reflux.model.finding.FindingCode;

/**
 * One assumption a figure of the audit rests on, placed at the route field whose figure it changes (a charge, an
 * outcome, a substance) and with the source of the assumed value.
 *
 * <pre>{@code
 * new Assumption(FindingCode.DENSITY_ASSUMED, "stages[I].steps[A].operations[0].charges[0]",
 *         "dcm: 100 mL taken as 132.66 g at 1.3266 g/mL", "CRC Handbook, 97th ed.");
 * }</pre>
 *
 * @param code      what kind of assumption (an INFO finding code)
 * @param path      the field whose figure depends on it
 * @param statement what is assumed and which figure it gives
 * @param source    where the assumed value comes from (a data table's source, the route's note, a convention)
 */
record Assumption(FindingCode code, String path, String statement, String source) {

    /** The line the report's assumption list prints: {@code path: statement (source)}. */
    String text() {
        return path + ": " + statement + (source == null || source.isBlank() ? "" : " (" + source + ")");
    }

    /** The finding's message: the statement and its source. */
    String message() {
        return "Assumed: " + statement + "." + (source == null || source.isBlank() ? "" : " Source: " + source + ".");
    }
}
