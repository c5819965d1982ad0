package reflux.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import reflux.corpus.CorpusReader;
import reflux.corpus.CorpusRecord;
import reflux.corpus.LocalEngine;
import reflux.corpus.Partitions;
import reflux.identity.NameResolver;

/**
 * {@code reflux bench corpus [--ord FILE] [--limit N]}: the corpus run timed in one go — the local engine on 1 and 2
 * threads in this JVM (each with a fresh resolver, so neither inherits the other's cache; the second with the JIT
 * warm), the local engine on 2 threads in a child JVM and the Spark engine on local[2] in a child JVM (both with JVM
 * start-up, cold JIT and no cache on disk) — records per second side by side, the Spark overhead against the local
 * engine in its own JVM and in this one, and whether the four {@code rows.jsonl} agree record for record (byte for
 * byte).
 */
@Command(name = "corpus", mixinStandardHelpOptions = true,
        description = "Corpus throughput: local engine on 1 and 2 threads, Spark local[2], and their agreement.")
final class BenchCorpusCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--ord", paramLabel = "FILE", description = "Corpus (default: "
            + "../shared/data/uspto-ord-dev/reactions.jsonl.gz above the working directory).")
    Path ord;

    @Option(names = "--limit", defaultValue = "0", description = "Use the first N records (default: all).")
    int limit;

    @Option(names = "--no-spark", description = "Skip the Spark run.")
    boolean noSpark;

    @Option(names = "--keep", paramLabel = "DIR", description = "Keep the runs' folders under DIR.")
    Path keep;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path data = ord != null ? ord : BenchNamesCommandData.find();
        if (data == null || !Files.isRegularFile(data)) {
            err.println("reflux bench corpus: no corpus found; give --ord FILE");
            return ExitCode.INPUT;
        }
        List<CorpusRecord> records = CorpusReader.read(data);
        Path input = data;
        Path base = keep != null ? Files.createDirectories(keep) : Files.createTempDirectory("reflux-bench-corpus");
        if (limit > 0 && records.size() > limit) {
            records = records.subList(0, limit);
            input = base.resolve("input.jsonl");
            Partitions.atomicWriteLines(input, firstLines(data, limit));
        }
        int parts = Partitions.defaultCount(records.size());
        out.printf(Locale.ROOT, "reflux bench corpus: %d records of %s, %d partitions, %d cores, load average %.1f%n",
                records.size(), data.getFileName(), parts, Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        List<String> names = new ArrayList<>();
        List<Double> walls = new ArrayList<>();
        for (int threads : new int[] {1, 2}) {
            Path dir = base.resolve("local-" + threads);
            Partitions.prepare(dir, Partitions.plan(input.getFileName().toString(), records.size(), parts), true);
            NameResolver fresh = NameResolver.freshBulk();
            long c0 = cpu();
            long t0 = System.nanoTime();
            new LocalEngine(threads, CorpusCommand.processors(fresh)).run(records, dir, parts, d -> { });
            double wall = (System.nanoTime() - t0) / 1e9;
            double cpu = (cpu() - c0) / 1e9;
            names.add("local-" + threads);
            walls.add(wall);
            out.printf(Locale.ROOT, "  local, %d thread%s   %7.1f s  %7.1f records/s  (process CPU %.1f s: %.0f %% of "
                    + "%d core%s busy)%n", threads, threads == 1 ? " " : "s", wall, records.size() / wall, cpu,
                    100 * cpu / wall / threads, threads, threads == 1 ? "" : "s");
            out.println("      " + stages(dir.resolve("timings.jsonl")));
        }
        // the local engine as `reflux corpus` runs it, a fresh JVM like Spark's child (cold JIT, no name cache on
        // disk): the fair reference for the Spark overhead
        Double cold = null;
        {
            Path dir = base.resolve("local-2-jvm");
            Child c = Child.run(localChild(input, dir, parts));
            double wall = c.wall();
            if (c.rc() != 0) {
                out.println("  local, 2 threads, own JVM: failed with exit code " + c.rc());
            } else {
                cold = wall;
                names.add("local-2-jvm");
                walls.add(wall);
                out.printf(Locale.ROOT, "  local, 2 threads, own JVM %5.1f s  %7.1f records/s  (`reflux corpus "
                        + "--threads 2` in a fresh JVM: JVM start-up and cold JIT included, as for Spark)%n", wall,
                        records.size() / wall);
            }
        }
        if (!noSpark) {
            Path dir = base.resolve("spark-2");
            List<String> cmd = SparkChild.command(input, dir, "local[2]", parts, false, List.of("-Dreflux.cache=off"));
            if (cmd == null) {
                out.println("  spark: not built (reflux-spark/target/reflux-spark-job.jar missing)");
            } else {
                if (SparkChild.writesArchive(cmd)) {
                    // the first Spark run writes the child's class-data archive (a one-off cost, ~15 s here): done
                    // here on a few records, so that the timed run starts as every later Spark run does
                    out.println("  spark: writing the Spark child's class-data archive first (one-off)");
                    Path warm = base.resolve("spark-archive");
                    Path few = base.resolve("few.jsonl");
                    Files.write(few, firstLines(input, 20));
                    List<String> w = SparkChild.command(few, warm, "local[2]", null, false, List.of("-Dreflux.cache=off"));
                    SparkChild.keepArchive(w, Child.run(w).rc());
                    cmd = SparkChild.command(input, dir, "local[2]", parts, false, List.of("-Dreflux.cache=off"));
                }
                Child c = Child.run(cmd);
                double wall = c.wall();
                if (c.rc() != 0) {
                    out.println("  spark local[2]: failed with exit code " + c.rc());
                } else {
                    names.add("spark-2");
                    walls.add(wall);
                    out.printf(Locale.ROOT, "  spark local[2]     %7.1f s  %7.1f records/s  (JVM and Spark start-up "
                            + "included: %s%.2f× the in-process local 2-thread wall)%n", wall, records.size() / wall,
                            cold == null ? "" : String.format(Locale.ROOT, "%.2f× the local engine in its own JVM, ",
                                    wall / cold), wall / walls.get(1));
                }
            }
        }
        byte[] ref = Files.readAllBytes(base.resolve("local-1").resolve("rows.jsonl"));
        for (int i = 1; i < names.size(); i++) {
            byte[] other = Files.readAllBytes(base.resolve(names.get(i)).resolve("rows.jsonl"));
            out.printf(Locale.ROOT, "  rows.jsonl of %s %s local-1%n", names.get(i),
                    Arrays.equals(ref, other) ? "is byte-identical to" : "DIFFERS from");
        }
        if (keep == null) {
            try (var s = Files.walk(base)) {
                s.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
        return ExitCode.OK;
    }

    /** A child JVM's exit code and wall time (seconds, start to exit; its output discarded). */
    record Child(int rc, double wall) {
        static Child run(List<String> cmd) throws IOException, InterruptedException {
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            int rc = p.waitFor();
            return new Child(rc, (System.nanoTime() - t0) / 1e9);
        }
    }

    /** The first {@code limit} non-blank lines of a JSON-lines file (gzip read through). */
    private static List<String> firstLines(Path data, int limit) throws IOException {
        List<String> lines = new ArrayList<>();
        try (var r = CorpusReader.open(data)) {
            String l;
            while (lines.size() < limit && (l = r.readLine()) != null) {
                if (!l.isBlank()) {
                    lines.add(l);
                }
            }
        }
        return lines;
    }

    /** {@code reflux corpus IN --out DIR --threads 2} in a child JVM with the flags of the Spark child. */
    static List<String> localChild(Path input, Path dir, int parts) {
        List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command().orElse("java"));
        cmd.addAll(List.of("-XX:+UseSerialGC", "-Xss4m"));
        cmd.addAll(JitChoice.flags(input));
        // the launcher's class-data archive of the CLI jar, as `./reflux corpus` maps it (when this runs from that jar)
        Path jsa = Path.of(System.getProperty("java.class.path")).resolveSibling("reflux.jsa");
        if (Files.isRegularFile(jsa) && System.getenv("REFLUX_NO_CDS") == null) {
            cmd.addAll(List.of("-Xshare:auto", "-XX:SharedArchiveFile=" + jsa));
        }
        cmd.addAll(List.of("-Dreflux.cache=off", "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "corpus", input.toString(), "--out",
                dir.toString(), "--threads", "2", "--partitions", String.valueOf(parts)));
        return cmd;
    }

    /** The per-stage wall time summed over the rows of a run (thread time in the stage, all workers together). */
    static String stages(Path timings) throws IOException {
        String[] names = {"extract", "resolve", "execute", "audit"};
        double[] ms = new double[names.length];
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        try (var lines = Files.lines(timings)) {
            for (String l : (Iterable<String>) lines::iterator) {
                var n = json.readTree(l);
                for (int i = 0; i < names.length; i++) {
                    ms[i] += n.path(names[i] + "_ms").asDouble();
                }
            }
        }
        double total = Arrays.stream(ms).sum();
        StringBuilder b = new StringBuilder("stages (summed over workers):");
        for (int i = 0; i < names.length; i++) {
            b.append(String.format(Locale.ROOT, " %s %.1f s (%.0f %%)", names[i], ms[i] / 1e3,
                    total == 0 ? 0 : 100 * ms[i] / total));
        }
        return b.toString();
    }

    /** CPU time of this process so far, in nanoseconds (0 where the JVM does not say). */
    private static long cpu() {
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean s ? s.getProcessCpuTime() : 0;
    }

    /** Where the dev corpus is, above the working directory. */
    static final class BenchNamesCommandData {
        private BenchNamesCommandData() {
        }

        static Path find() {
            Path p = Path.of("").toAbsolutePath();
            while (p != null) {
                Path c = p.resolveSibling("shared").resolve("data/uspto-ord-dev/reactions.jsonl.gz");
                if (Files.isReadable(c)) {
                    return c;
                }
                p = p.getParent();
            }
            return null;
        }
    }
}
