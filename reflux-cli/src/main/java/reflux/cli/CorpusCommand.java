package reflux.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import reflux.corpus.CorpusReader;
import reflux.corpus.CorpusRecord;
import reflux.corpus.CorpusSummary;
import reflux.corpus.DerivedRules;
import reflux.corpus.LocalEngine;
import reflux.corpus.Partitions;
import reflux.corpus.RecordProcessor;
import reflux.corpus.RuleMatcher;
import reflux.corpus.RulePlan;
import reflux.extract.ParagraphExtractor;
import reflux.identity.NameResolver;

/**
 * {@code reflux corpus IN --out DIR}: extract → resolve → execute → audit-lite of every record of a corpus (paragraph
 * or ORD JSON lines), in resumable partitions, with the local engine (threads) or Apache Spark (a child JVM with the
 * reflux-spark job jar and Spark on its classpath, so Spark never enters this JVM).
 */
@Command(name = "corpus", mixinStandardHelpOptions = true,
        description = "Run extract, resolve, execute and audit-lite over a corpus (JSON lines {id,text} or ORD "
                + "reactions, .gz allowed); write DIR/rows.jsonl, DIR/rows.parquet, "
                + "DIR/timings.jsonl, DIR/summary.json, DIR/summary.html. Exit 0 ok, 2 usage, 3 unreadable input.")
final class CorpusCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IN", description = "Corpus file (JSON lines, optionally .gz).")
    Path input;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Output folder.")
    Path out;

    @Option(names = "--engine", defaultValue = "local", description = "local (default) or spark.")
    String engine;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master (default local[THREADS]).")
    String master;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
    Integer threads;

    @Option(names = "--partitions", paramLabel = "N", description = "Partitions (default: one per "
            + Partitions.DEFAULT_SIZE + " records).")
    Integer partitions;

    @Option(names = "--resume", description = "Continue an interrupted run in DIR: finished partitions are kept.")
    boolean resume;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter o = spec.commandLine().getOut();
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1 || (partitions != null && partitions < 1)) {
            err.println("reflux corpus: --threads and --partitions must be at least 1");
            return ExitCode.USAGE;
        }
        if (!engine.equals("local") && !engine.equals("spark")) {
            err.println("reflux corpus: --engine: '" + engine + "' is neither local nor spark");
            return ExitCode.USAGE;
        }
        if (!Files.isRegularFile(input)) {
            err.println("reflux corpus: " + input + ": no such file");
            return ExitCode.INPUT;
        }
        if (engine.equals("spark")) {
            return SparkChild.run(input, out, master == null ? "local[" + n + "]" : master, partitions, resume, err,
                    o);
        }
        long t0 = System.nanoTime();
        try {
            List<CorpusRecord> records = CorpusReader.read(input);
            int parts = partitions == null ? Partitions.defaultCount(records.size()) : partitions;
            String problem = Partitions.prepare(out, Partitions.plan(input.getFileName().toString(), records.size(),
                    parts), resume);
            if (problem != null) {
                err.println("reflux corpus: " + problem);
                return ExitCode.USAGE;
            }
            Progress bar = new Progress(err, records.size(), System.console() != null);
            int ran = new LocalEngine(n, processors(NameResolver.bulk())).run(records, out, parts, bar::update);
            bar.finish();
            double wall = (System.nanoTime() - t0) / 1e9;
            var s = CorpusSummary.write(out, "local, " + n + " threads", wall);
            o.printf(Locale.ROOT, "reflux corpus: %d records in %d partitions (%d run, %d resumed) → %s; execution "
                    + "coverage %.1f %% of records with a stored product; %.1f s%n", records.size(), parts, ran,
                    parts - ran, out, s.get("execution_coverage").get("share_of_stored").asDouble() * 100, wall);
            return ExitCode.OK;
        } catch (IOException e) {
            err.println("reflux corpus: " + e.getMessage());
            return ExitCode.INPUT;
        }
    }

    /** Processors sharing one extractor, one resolver and the shipped templates' plan (one matcher each). */
    static Supplier<RecordProcessor> processors(NameResolver resolver) {
        ParagraphExtractor x = ParagraphExtractor.standard();
        RulePlan plan = RulePlan.of(DerivedRules.standard());
        return () -> new RecordProcessor(x, resolver::resolve, new RuleMatcher(plan));
    }

    /** A one-line progress bar on stderr, drawn only on a terminal. */
    static final class Progress {
        private final PrintWriter err;
        private final int total;
        private final boolean on;
        private int shown = -1;

        Progress(PrintWriter err, int total, boolean on) {
            this.err = err;
            this.total = Math.max(1, total);
            this.on = on;
        }

        synchronized void update(int done) {
            int pct = 100 * done / total;
            if (!on || pct == shown) {
                return;
            }
            shown = pct;
            int w = 40 * done / total;
            err.print("\r[" + "#".repeat(w) + " ".repeat(40 - w) + "] " + done + "/" + total);
            err.flush();
        }

        void finish() {
            if (on) {
                err.println();
            }
        }
    }
}
