package reflux.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import reflux.corpus.CorpusReader;

/**
 * Which JIT a corpus JVM gets: on a corpus of at most {@value #QUICK_MAX_RECORDS} records the compile time of C2
 * (the optimising compiler) is not earned back — on this 2-core machine the dev corpus (6,164 records) took 27.8–33.3 s
 * with C1 alone against 35.2–39.8 s with full tiered compilation, while four copies of it (24,656 records) took
 * 78.8 s against 71.1 s — so such a run gets C1 only; a larger one full tiered compilation. The launcher
 * ({@code ./reflux corpus}) applies the same rule with the same limit before the JVM starts; this class gives it to
 * the child JVMs Reflux starts itself (the Spark engine, {@code bench corpus}). {@code REFLUX_JIT=c1|c2} overrides.
 */
final class JitChoice {
    /** The largest corpus (in records, i.e. lines) that runs with C1 only; the launcher states the same number. */
    static final int QUICK_MAX_RECORDS = 12_000;

    private JitChoice() {
    }

    /** The JIT flags for a JVM that runs over {@code input}: C1 only for a small corpus, none otherwise. */
    static List<String> flags(Path input) {
        String forced = System.getenv("REFLUX_JIT");
        if ("c1".equals(forced)) {
            return List.of("-XX:TieredStopAtLevel=1");
        }
        if ("c2".equals(forced)) {
            return List.of();
        }
        return isSmall(input) ? List.of("-XX:TieredStopAtLevel=1") : List.of();
    }

    /** Whether the file has at most {@link #QUICK_MAX_RECORDS} lines (gzip read through); unreadable: no. */
    static boolean isSmall(Path input) {
        try (BufferedReader r = CorpusReader.open(input)) {
            int lines = 0;
            while (r.readLine() != null) {
                if (++lines > QUICK_MAX_RECORDS) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
