package reflux.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;

/**
 * Times passes of an engine over paragraphs on the calling thread: wall seconds and this thread's CPU seconds (the
 * machine is shared, so CPU seconds are the steadier figure), and how many paragraphs failed with an exception.
 */
final class Timing {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private Timing() {
    }

    /**
     * One timed pass (or several, see {@link #passes}).
     *
     * @param paragraphs paragraphs read
     * @param wallNanos  wall time
     * @param cpuNanos   CPU time of the calling thread (-1 when the JVM cannot tell)
     * @param failures   paragraphs on which the engine threw
     * @param produced   sum of what the engine returned (keeps the work observable)
     */
    record Pass(long paragraphs, long wallNanos, long cpuNanos, long failures, long produced) {
        double perWallSecond() {
            return paragraphs / (wallNanos / 1e9);
        }

        double perCpuSecond() {
            return cpuNanos <= 0 ? Double.NaN : paragraphs / (cpuNanos / 1e9);
        }
    }

    /** Reads every text once. */
    static Pass pass(Engine engine, List<String> texts) {
        return passes(engine, texts, 0);
    }

    /** Reads every text, again and again until at least {@code minNanos} of wall time have passed (at least once). */
    static Pass passes(Engine engine, List<String> texts, long minNanos) {
        boolean cpu = THREADS.isCurrentThreadCpuTimeSupported();
        long c0 = cpu ? THREADS.getCurrentThreadCpuTime() : 0;
        long t0 = System.nanoTime();
        long n = 0;
        long failures = 0;
        long produced = 0;
        do {
            for (String t : texts) {
                try {
                    produced += engine.read(t);
                } catch (RuntimeException | StackOverflowError e) {
                    failures++;
                }
                n++;
            }
        } while (System.nanoTime() - t0 < minNanos);
        long wall = System.nanoTime() - t0;
        long cpuNanos = cpu ? THREADS.getCurrentThreadCpuTime() - c0 : -1;
        return new Pass(n, wall, cpuNanos, failures, produced);
    }

    /** The median of the values (the mean of the middle two for an even count). */
    static double median(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (v.length == 0) {
            return Double.NaN;
        }
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
