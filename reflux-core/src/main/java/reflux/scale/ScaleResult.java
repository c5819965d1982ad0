package reflux.scale;

/**
 * The outcome of scaling: a sheet, or why there is none ({@code usage}: the request does not fit the route — an
 * unknown or unproduced target, a stage without a yield; else the route cannot be scaled). Never thrown.
 *
 * @param sheet   the batch sheet, or null
 * @param message why there is no sheet, or null
 * @param usage   true when the request (target, yields) is at fault: the CLI's exit 2
 */
public record ScaleResult(BatchSheet sheet, String message, boolean usage) {

    public ScaleResult {
        if ((sheet == null) == (message == null)) {
            throw new IllegalArgumentException("a scale result has a sheet or a message");
        }
    }

    static ScaleResult ok(BatchSheet sheet) {
        return new ScaleResult(sheet, null, false);
    }

    static ScaleResult refused(String message) {
        return new ScaleResult(null, message, true);
    }

    /** True when there is a sheet. */
    public boolean isOk() {
        return sheet != null;
    }
}
