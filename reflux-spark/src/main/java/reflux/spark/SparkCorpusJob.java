package reflux.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import reflux.corpus.CorpusReader;
import reflux.corpus.CorpusRecord;
import reflux.corpus.CorpusRow;
import reflux.corpus.CorpusSummary;
import reflux.corpus.Partitions;
import reflux.corpus.RecordProcessor;
import reflux.corpus.RowSchema;

/**
 * The corpus run on Apache Spark: the same partitions, per-record function ({@link RecordProcessor}) and output
 * folder as the local engine — each Spark task processes one unfinished partition and writes it with its marker
 * (the output folder must be on a filesystem every executor sees), the driver merges them into {@code rows.jsonl}
 * and writes {@code rows.parquet} (Spark's Parquet writer, one file, the schema stated in {@code rows.ddl}) and the
 * summary.
 *
 * <pre>{@code
 * spark-submit --class reflux.spark.SparkCorpusJob --master local[2] reflux-spark-job.jar IN --out DIR [--resume]
 * }</pre>
 */
public final class SparkCorpusJob {
    private SparkCorpusJob() {
    }

    /** {@code IN --out DIR [--master URL] [--partitions N] [--resume]}; exit 0 ok, 2 usage, 3 unreadable input. */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        String in = null;
        String out = null;
        String master = null;
        Integer partitions = null;
        boolean resume = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--out" -> out = i + 1 < args.length ? args[++i] : null;
                case "--master" -> master = i + 1 < args.length ? args[++i] : null;
                case "--partitions" -> {
                    try {
                        partitions = Integer.parseInt(i + 1 < args.length ? args[++i] : "");
                    } catch (NumberFormatException e) {
                        System.err.println("reflux-spark: --partitions: not a number");
                        return 2;
                    }
                }
                case "--resume" -> resume = true;
                default -> {
                    if (in != null || args[i].startsWith("-")) {
                        System.err.println("reflux-spark: unknown argument " + args[i]);
                        return 2;
                    }
                    in = args[i];
                }
            }
        }
        if (in == null || out == null || (partitions != null && partitions < 1)) {
            System.err.println("usage: SparkCorpusJob IN --out DIR [--master URL] [--partitions N] [--resume]");
            return 2;
        }
        long t0 = System.nanoTime();
        Path input = Path.of(in);
        Path dir = Path.of(out).toAbsolutePath();
        List<CorpusRecord> records;
        try {
            records = CorpusReader.read(input);
        } catch (IOException e) {
            System.err.println("reflux-spark: " + in + ": " + e.getMessage());
            return 3;
        }
        int parts = partitions == null ? Partitions.defaultCount(records.size()) : partitions;
        try {
            String problem = Partitions.prepare(dir, Partitions.plan(input.getFileName().toString(), records.size(),
                    parts), resume);
            if (problem != null) {
                System.err.println("reflux-spark: " + problem);
                return 2;
            }
            List<Integer> todo;
            // in local mode this JVM runs the tasks: the extractor, rule plan and per-thread processors are built on
            // a thread of their own while the session starts, instead of by the first tasks after it
            Thread warm = null;
            int localThreads = localThreads(master);
            if (localThreads > 0) {
                warm = new Thread(() -> {
                    try {
                        ExecutorState.prepare(localThreads);
                    } catch (RuntimeException | Error e) {
                        // nothing prepared: the first tasks build their processors and report what fails there
                    }
                }, "reflux-prepare");
                warm.setDaemon(true);
                warm.start();
            }
            SparkSession.Builder b = SparkSession.builder().appName("reflux corpus");
            if (master != null) {
                b = b.master(master);
            }
            // one session for the whole job. Java serialization, not Kryo: Spark 4's Kryo (4.x) cannot serialize Java
            // records ("can't get field offset on a record class"), and the job ships each slice once, so the
            // serializer is not where its time goes
            SparkSession spark = b.config("spark.ui.enabled", "false").getOrCreate();
            try {
                List<List<CorpusRecord>> split = Partitions.split(records, parts);
                todo = new ArrayList<>();
                for (int k = 0; k < split.size(); k++) {
                    if (!Partitions.isFinished(dir, k)) {
                        todo.add(k);
                    }
                }
                if (!todo.isEmpty()) {
                    List<Slice> slices = new ArrayList<>();
                    for (int k : todo) {
                        slices.add(new Slice(k, split.get(k)));
                    }
                    if (warm != null) {
                        warm.join();
                    }
                    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
                    String d = dir.toString();
                    // one Spark task per partition, so that Spark hands the next partition to whichever core is free
                    // (as the local engine's pool does; two static halves left one core idle while the other
                    // finished the heavier half); the processor is per executor thread (ExecutorState), warm across
                    // tasks; the count comes back by reduce: no shuffle
                    int tasks = Math.max(1, slices.size());
                    JavaRDD<Slice> rdd = sc.parallelize(slices, tasks);
                    long written = rdd.map(s -> process(s, d)).reduce(Integer::sum);
                    if (written != records.size() - done(split, todo)) {
                        System.err.println("reflux-spark: " + written + " rows written, expected more");
                        return 4;
                    }
                }
                Partitions.merge(dir, split.size());
                // the stated schema, not one inferred from the rows (a second pass over them, and columns that
                // come and go with the data); FAILFAST: a row that does not fit the schema stops the job
                spark.read().schema(rowSchema()).option("mode", "FAILFAST").json(dir.resolve("rows.jsonl").toString())
                        .coalesce(1).write().mode("overwrite").parquet(dir.resolve("rows.parquet").toString());
            } finally {
                spark.stop();
            }
            double wall = (System.nanoTime() - t0) / 1e9;
            var s = CorpusSummary.write(dir, "spark " + (master == null ? "(spark-submit master)" : master), wall);
            System.out.printf(Locale.ROOT, "reflux corpus (spark): %d records in %d partitions (%d run, %d resumed) → "
                    + "%s; execution coverage %.1f %% of records with a stored product; %.1f s%n", records.size(), parts,
                    todo.size(), parts - todo.size(), dir, s.get("execution_coverage").get("share_of_stored").asDouble() * 100, wall);
            return 0;
        } catch (IOException e) {
            System.err.println("reflux-spark: " + e.getMessage());
            return 3;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            System.err.println("reflux-spark: interrupted");
            return 3;
        }
    }

    /** A local master URL: "local", "local[N]", "local[*]", "local[N,F]" (F = task failures allowed). */
    private static final java.util.regex.Pattern LOCAL_MASTER = java.util.regex.Pattern.compile(
            "local(?:\\[(\\*|\\d+)(?:,\\d+)?\\])?");

    /**
     * The task threads of a local master ("local" 1, "local[4]" 4, "local[*]" the machine's cores, "local[2,3]" 2);
     * 0 for any other master (the tasks run in executor JVMs, not here).
     */
    static int localThreads(String master) {
        if (master == null) {
            return 0;
        }
        java.util.regex.Matcher m = LOCAL_MASTER.matcher(master.strip());
        if (!m.matches()) {
            return 0;
        }
        if (m.group(1) == null) {
            return 1;
        }
        return m.group(1).equals("*") ? Runtime.getRuntime().availableProcessors() : Integer.parseInt(m.group(1));
    }

    /** The Parquet schema of a row: {@code reflux/corpus/rows.ddl} ({@link RowSchema}), the local engine's too. */
    static StructType rowSchema() {
        return StructType.fromDDL(RowSchema.standard().ddl());
    }

    private static int done(List<List<CorpusRecord>> split, List<Integer> todo) {
        int n = 0;
        for (int k = 0; k < split.size(); k++) {
            if (!todo.contains(k)) {
                n += split.get(k).size();
            }
        }
        return n;
    }

    /** One partition as a Spark task's input. */
    record Slice(int k, List<CorpusRecord> records) implements java.io.Serializable {
        Slice {
            records = List.copyOf(records);
        }
    }

    /** Processes one partition on an executor and writes it; returns its row count. */
    static int process(Slice s, String dir) {
        RecordProcessor p = ExecutorState.processor();
        List<CorpusRow> rows = new ArrayList<>(s.records().size());
        for (Iterator<CorpusRecord> it = s.records().iterator(); it.hasNext();) {
            rows.add(p.process(it.next()));
        }
        try {
            Partitions.write(Path.of(dir), s.k(), rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows.size();
    }
}
