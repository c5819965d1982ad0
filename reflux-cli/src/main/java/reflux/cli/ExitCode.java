package reflux.cli;

/** The exit codes of every {@code reflux} command (docs: STYLE.md, README). */
public final class ExitCode {
    /** Success. */
    public static final int OK = 0;
    /** Findings at or above {@code --fail-on} (or validation errors). */
    public static final int FINDINGS = 1;
    /** Unusable arguments. */
    public static final int USAGE = 2;
    /** Unreadable input: a file that cannot be read or parsed. */
    public static final int INPUT = 3;
    /** Internal error: a bug in Reflux. */
    public static final int INTERNAL = 4;

    private ExitCode() {
    }
}
