package reflux.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Paragraphs per second of Reflux's extractor and of ChemicalTagger 1.6.2 on the same paragraphs, in one run: cold
 * (engine set-up plus the first paragraph), then warm rounds in which the two engines take turns (the order swapped
 * every round), single thread, wall and CPU time; then Reflux on all cores. ChemicalTagger is not thread-safe (see
 * {@link TaggerEngine}) and is not run on several threads.
 */
@Command(name = "extract-vs-tagger", mixinStandardHelpOptions = true,
        description = "Reflux extraction against ChemicalTagger 1.6.2: cold and warm paragraphs/s, side by side.")
public final class ExtractVsTagger implements java.util.concurrent.Callable<Integer> {
    static final int OK = 0;
    static final int USAGE = 2;
    static final int INPUT = 3;

    @Spec
    CommandSpec spec;

    @Option(names = "--paragraphs", paramLabel = "FILE", required = true,
            description = "Paragraphs as JSON lines {\"id\", \"text\"} (ordscore.py texts writes them).")
    Path paragraphs;

    @Option(names = "--limit", description = "Use the first N paragraphs (default ${DEFAULT-VALUE}; 0: all).",
            defaultValue = "100")
    int limit;

    @Option(names = "--rounds", description = "Warm rounds, engines taking turns (default ${DEFAULT-VALUE}).",
            defaultValue = "3")
    int rounds;

    @Option(names = "--warmup", description = "Untimed passes of each engine before the rounds (default "
            + "${DEFAULT-VALUE}).", defaultValue = "1")
    int warmup;

    @Option(names = "--threads", description = "Threads for the all-cores figure (default: the processors).",
            defaultValue = "0")
    int threads;

    @Option(names = "--min-seconds", description = "Repeat a fast engine's pass until this long (default "
            + "${DEFAULT-VALUE}: about as long as one ChemicalTagger pass over 500 paragraphs, so that a burst of "
            + "machine load weighs on both engines' windows alike).", defaultValue = "8")
    double minSeconds;

    /** Runs the benchmark; exit 0 done, 2 bad option, 3 unreadable or empty paragraphs file. */
    public static void main(String[] args) {
        // OSCAR4 and OpenNLP log through log4j 2 → slf4j-simple; keep their INFO lines out of the table
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        System.exit(new CommandLine(new ExtractVsTagger()).execute(args));
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (rounds < 1 || limit < 0 || warmup < 0 || threads < 0 || !(minSeconds >= 0)) {
            err.println("extract-vs-tagger: --rounds must be at least 1; --limit, --warmup, --threads, --min-seconds not "
                    + "negative");
            return USAGE;
        }
        Paragraphs.Read read = Paragraphs.read(paragraphs, limit);
        if (!read.ok()) {
            err.println("extract-vs-tagger: " + read.problem());
            return INPUT;
        }
        List<String> texts = read.paragraphs().stream().map(Paragraph::text).toList();
        int cores = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        long chars = texts.stream().mapToLong(String::length).sum();
        out.printf(Locale.ROOT, "extract-vs-tagger: %d paragraphs (%.2f MB) from %s; %d processors, Java %s%n",
                texts.size(), chars / 1e6, paragraphs, Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        out.flush();

        // cold: set-up + first paragraph; Reflux first, so the JVM's own warm-up is charged to Reflux
        long t0 = System.nanoTime();
        RefluxEngine reflux = RefluxEngine.standard();
        reflux.read(texts.get(0));
        double refluxCold = (System.nanoTime() - t0) / 1e6;
        t0 = System.nanoTime();
        TaggerEngine tagger = TaggerEngine.standard();
        tagger.read(texts.get(0));
        double taggerCold = (System.nanoTime() - t0) / 1e6;
        out.printf(Locale.ROOT, "cold (set-up + first paragraph, one JVM, Reflux first)%n");
        out.printf(Locale.ROOT, "  %-26s %10.0f ms%n", tagger.name(), taggerCold);
        out.printf(Locale.ROOT, "  %-26s %10.0f ms%n", reflux.name(), refluxCold);
        out.printf(Locale.ROOT, "  ratio (ChemicalTagger / Reflux) %6.1f x%n", taggerCold / refluxCold);
        out.flush();

        long minNanos = (long) (minSeconds * 1e9);
        RefluxEngine rules = RefluxEngine.rulesOnly();
        for (int w = 0; w < warmup; w++) {
            Timing.pass(tagger, texts);
            Timing.passes(reflux, texts, minNanos);
            Timing.passes(rules, texts, minNanos);
        }
        List<Double> tWall = new ArrayList<>();
        List<Double> tCpu = new ArrayList<>();
        List<Double> rWall = new ArrayList<>();
        List<Double> rCpu = new ArrayList<>();
        out.printf(Locale.ROOT, "warm (after %d untimed pass%s each), 1 thread, engines taking turns%n", warmup,
                warmup == 1 ? "" : "es");
        out.printf(Locale.ROOT, "                                          paragraphs/s wall   per CPU-second  "
                + "failed%n");
        for (int r = 1; r <= rounds; r++) {
            boolean taggerFirst = r % 2 == 1;
            for (int turn = 0; turn < 2; turn++) {
                boolean isTagger = (turn == 0) == taggerFirst;
                Engine e = isTagger ? tagger : reflux;
                Timing.Pass p = isTagger ? Timing.pass(e, texts) : Timing.passes(e, texts, minNanos);
                (isTagger ? tWall : rWall).add(p.perWallSecond());
                (isTagger ? tCpu : rCpu).add(p.perCpuSecond());
                out.printf(Locale.ROOT, "  round %d %-26s %12.1f %16.1f %7d%n", r, e.name(), p.perWallSecond(),
                        p.perCpuSecond(), p.failures());
                out.flush();
            }
        }
        // beside them, once per round: the ChEMU roles from the rules instead of the role model (what the model costs)
        List<Double> qWall = new ArrayList<>();
        List<Double> qCpu = new ArrayList<>();
        for (int r = 1; r <= rounds; r++) {
            Timing.Pass p = Timing.passes(rules, texts, minNanos);
            qWall.add(p.perWallSecond());
            qCpu.add(p.perCpuSecond());
        }
        double tw = Timing.median(tWall);
        double rw = Timing.median(rWall);
        double tc = Timing.median(tCpu);
        double rc = Timing.median(rCpu);
        out.printf(Locale.ROOT, "median of %d rounds%n", rounds);
        out.printf(Locale.ROOT, "  %-34s %12.1f %16.1f%n", tagger.name(), tw, tc);
        out.printf(Locale.ROOT, "  %-34s %12.1f %16.1f%n", reflux.name(), rw, rc);
        out.printf(Locale.ROOT, "  ratio (Reflux / ChemicalTagger)    %11.1fx %15.1fx   target >= 10x: %s%n",
                rw / tw, rc / tc, rw / tw >= 10 ? "met" : "NOT met");
        double qw = Timing.median(qWall);
        double qc = Timing.median(qCpu);
        out.printf(Locale.ROOT, "  %-34s %12.1f %16.1f   (%.1fx ChemicalTagger; %d passes after the rounds)%n",
                rules.name(), qw, qc, qw / tw, rounds);

        double all = allCores(reflux, texts, cores, minNanos);
        out.printf(Locale.ROOT, "all cores (%d threads, wall)%n", cores);
        out.printf(Locale.ROOT, "  %-34s %12.1f paragraphs/s (%.2f x its 1-thread median)%n", reflux.name(), all,
                all / rw);
        out.printf(Locale.ROOT, "  %-34s not run: not thread-safe (one shared OpenNLP POSTaggerME in "
                + "getDefaultInstance())%n", tagger.name());
        out.flush();
        return OK;
    }

    /** Paragraphs per wall second with {@code n} threads sharing one engine, each pass over the texts repeated. */
    static double allCores(Engine engine, List<String> texts, int n, long minNanos) {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            AtomicLong done = new AtomicLong();
            AtomicInteger next = new AtomicInteger();
            long t0 = System.nanoTime();
            List<Future<?>> jobs = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                jobs.add(pool.submit(() -> {
                    while (System.nanoTime() - t0 < minNanos || next.get() < texts.size()) {
                        int k = next.getAndIncrement();
                        try {
                            engine.read(texts.get(Math.floorMod(k, texts.size())));
                        } catch (RuntimeException | StackOverflowError e) {
                            // counted as read: a failure costs the same time in both engines' figures
                        }
                        done.incrementAndGet();
                    }
                }));
            }
            for (Future<?> f : jobs) {
                f.get();
            }
            return done.get() / ((System.nanoTime() - t0) / 1e9);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Double.NaN;
        } catch (java.util.concurrent.ExecutionException e) {
            return Double.NaN;
        } finally {
            pool.shutdownNow();
        }
    }
}
