package reflux.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import reflux.identity.NameBatch;
import reflux.identity.NameResolver;
import reflux.model.identity.Resolution;
import uk.ac.cam.ch.wwmm.opsin.NameToStructure;
import uk.ac.cam.ch.wwmm.opsin.OpsinResult;

/**
 * {@code reflux bench names}: accuracy and speed of the resolver against bare OPSIN 2.9.0 (+ CDK InChIKey) on a
 * seeded sample of distinct names with their stored structures from the USPTO/ORD development set. Prints per
 * engine resolved %, full-InChIKey agreement %, skeleton (first block) agreement %, resolved-but-wrong % (a key
 * whose skeleton differs from the stored one), then warm names/s (in a warm JVM, every name resolved in full: a fresh
 * resolver per pass with its caches off, {@link NameResolver#withoutCaches()}) and the cold wall time of a child JVM resolving the whole sample once; Reflux with all facts, in
 * {@link NameResolver#identityOnly()} mode (structure, formula, charge, InChI/InChIKey only) and in
 * {@link NameResolver#keyOnly()} mode (InChI/InChIKey only: what bare OPSIN + CDK gives and the comparison needs).
 */
@Command(name = "names", mixinStandardHelpOptions = true,
        description = "Resolver vs bare OPSIN on a seeded sample of USPTO names with stored structures.")
final class BenchNamesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "FILE", description = "ORD reactions JSONL(.gz) (default: "
            + "../shared/data/uspto-ord-dev/reactions.jsonl.gz above the working directory).")
    Path data;

    @Option(names = "--seed", defaultValue = "10", description = "Sample seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--size", defaultValue = "3000", description = "Sample size (default ${DEFAULT-VALUE}).")
    int size;

    @Option(names = "--rounds", defaultValue = "3", description = "Warm passes per engine (median; default "
            + "${DEFAULT-VALUE}); 0 skips timing.")
    int rounds;

    @Option(names = "--threads", defaultValue = "2", description = "Threads of the parallel warm figures, for "
            + "Reflux (NameBatch) and bare OPSIN alike (default ${DEFAULT-VALUE}; 1 prints the 1-thread figures only).")
    int threads;

    @Option(names = "--no-cold", description = "Skip the cold child-JVM timing.")
    boolean noCold;

    @Option(names = "--rows", paramLabel = "FILE", description = "Write one TSV row per sampled name (both answers).")
    Path rows;

    @Option(names = "--child", hidden = true, description = "Internal: resolve the names of FILE once with ENGINE.")
    String child;

    @Option(names = "--child-names", hidden = true)
    Path childNames;

    /** One engine's answer: status word and InChIKey (null when unresolved). */
    record Answer(String status, String key, String smiles) {
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (child != null) {
            List<String> names = Files.readAllLines(childNames, StandardCharsets.UTF_8);
            Function<String, Answer> engine = "opsin".equals(child) ? opsin()
                    : "reflux-identity".equals(child) ? reflux(NameResolver.identityOnly())
                    : "reflux-key".equals(child) ? reflux(NameResolver.keyOnly()) : reflux();
            int n = 0;
            for (String name : names) {
                if (engine.apply(name).key() != null) {
                    n++;
                }
            }
            out.println(n);
            out.flush();
            return ExitCode.OK;
        }
        Path file = data != null ? data : findData();
        if (file == null || !Files.isReadable(file)) {
            err.println("reflux bench names: ../shared/data/uspto-ord-dev/reactions.jsonl.gz not found; give --data");
            return ExitCode.INPUT;
        }
        NameSample.Sample sample = NameSample.draw(file, seed, size);
        List<NameSample.Item> items = sample.items();
        out.printf(Locale.ROOT, "reflux bench names: %d of %d distinct names (seed %d, %d without a usable stored "
                + "structure skipped) from %s%n", items.size(), sample.distinct(), seed, sample.unusable(), file);
        Function<String, Answer> reflux = reflux();
        Function<String, Answer> opsin = opsin();
        List<Answer> r = new ArrayList<>();
        List<Answer> o = new ArrayList<>();
        for (NameSample.Item item : items) {
            r.add(reflux.apply(item.name()));
            o.add(opsin.apply(item.name()));
        }
        long judged = items.stream().filter(i -> i.erratum() != null).count();
        out.printf(Locale.ROOT, "  %d stored structures judged wrong (stored-structure-errata.tsv) left out of the "
                + "figures below; denominator %d%n", judged, items.size() - judged);
        out.printf(Locale.ROOT, "  %-12s %10s %12s %12s %10s %12s%n", "engine", "resolved", "full-key", "skeleton",
                "wrong", "stereo-diff");
        print(out, "Reflux", items, r);
        print(out, "bare OPSIN", items, o);
        if (judged > 0) {
            out.printf(Locale.ROOT, "  on the %d judged-wrong stored structures: Reflux agrees %d, OPSIN %d%n", judged,
                    agreeOnErrata(items, r), agreeOnErrata(items, o));
        }
        if (rows != null) {
            writeRows(items, r, o);
        }
        List<String> names = items.stream().map(NameSample.Item::name).toList();
        if (rounds > 0) {
            warmFigures(out, names);
        }
        if (!noCold) {
            Path tmp = Files.createTempFile("reflux-bench-names", ".txt");
            try {
                Files.write(tmp, names, StandardCharsets.UTF_8);
                double rk = cold("reflux-key", tmp);
                double rc = cold("reflux", tmp);
                double ric = cold("reflux-identity", tmp);
                double oc = cold("opsin", tmp);
                out.printf(Locale.ROOT, "  cold (child JVM with this JVM's -XX/-Xss/-Xshare options, 1 thread, start "
                        + "to exit, %d names): Reflux %.2f s (key only), %.2f s (identity only), %.2f s (all facts), "
                        + "bare OPSIN+CDK InChIKey %.2f s (ratios to OPSIN %.2f, %.2f, %.2f)%n", names.size(), rk, ric,
                        rc, oc, rk / oc, ric / oc, rc / oc);
            } finally {
                Files.deleteIfExists(tmp);
            }
        }
        out.flush();
        return ExitCode.OK;
    }

    private static Function<String, Answer> reflux() {
        return reflux(NameResolver.fresh());
    }

    private static Function<String, Answer> reflux(NameResolver resolver) {
        return name -> {
            Resolution res = resolver.resolve(name);
            return new Answer(res.status().name(), res.isResolved() ? res.inchiKey() : null, res.smiles());
        };
    }

    private static Function<String, Answer> opsin() {
        NameToStructure n2s = NameToStructure.getInstance();
        return name -> {
            OpsinResult res = n2s.parseChemicalName(name);
            String smiles = res.getStatus() == OpsinResult.OPSIN_RESULT_STATUS.FAILURE ? null : res.getSmiles();
            String key = smiles == null ? null : NameSample.key(smiles);
            return new Answer(key == null ? "UNRESOLVED" : "RESOLVED", key, smiles);
        };
    }

    private static void print(PrintWriter out, String engine, List<NameSample.Item> items, List<Answer> answers) {
        int n = 0;
        int resolved = 0;
        int full = 0;
        int skeleton = 0;
        int wrong = 0;
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).erratum() != null) {
                continue;
            }
            n++;
            String want = items.get(i).storedKey();
            String got = answers.get(i).key();
            if (got == null) {
                continue;
            }
            resolved++;
            if (got.equals(want)) {
                full++;
            }
            if (got.substring(0, 14).equals(want.substring(0, 14))) {
                skeleton++;
            } else {
                wrong++;
            }
        }
        out.printf(Locale.ROOT, "  %-12s %9.1f%% %11.1f%% %11.1f%% %9.2f%% %11.1f%%   (%d/%d/%d/%d of %d)%n",
                engine, pct(resolved, n), pct(full, n), pct(skeleton, n), pct(wrong, n), pct(skeleton - full, n),
                resolved, full, skeleton, wrong, n);
    }

    private static int agreeOnErrata(List<NameSample.Item> items, List<Answer> answers) {
        int n = 0;
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).erratum() != null && items.get(i).storedKey().equals(answers.get(i).key())) {
                n++;
            }
        }
        return n;
    }

    private static double pct(int a, int n) {
        return n == 0 ? 0 : 100.0 * a / n;
    }

    private void writeRows(List<NameSample.Item> items, List<Answer> r, List<Answer> o) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("class\tname\tstored_smiles\tstored_key\treflux_status\treflux_key\treflux_smiles\topsin_key"
                + "\topsin_smiles\terratum");
        for (int i = 0; i < items.size(); i++) {
            NameSample.Item it = items.get(i);
            lines.add(String.join("\t", classify(it.storedKey(), r.get(i).key()) + "/"
                    + classify(it.storedKey(), o.get(i).key()), it.name(), it.storedSmiles(), it.storedKey(),
                    r.get(i).status(), String.valueOf(r.get(i).key()), String.valueOf(r.get(i).smiles()),
                    String.valueOf(o.get(i).key()), String.valueOf(o.get(i).smiles()),
                    it.erratum() == null ? "" : it.erratum()));
        }
        Files.write(rows, lines, StandardCharsets.UTF_8);
    }

    private static String classify(String want, String got) {
        if (got == null) {
            return "none";
        }
        if (got.equals(want)) {
            return "ok";
        }
        return got.substring(0, 14).equals(want.substring(0, 14)) ? "stereo" : "wrong";
    }

    /**
     * One engine of the warm figures: a fresh engine per pass; Reflux resolvers {@link NameResolver#withoutCaches()},
     * so that no pass and no name profits from another name's work (the sample's names are distinct, but names of
     * one compound would otherwise share its structure facts).
     */
    private record Engine(String label, Supplier<Function<String, Answer>> make) {
    }

    /**
     * Warm names/s, 1 thread and {@link #threads} threads, every engine on the same names: the engines take turns
     * within each round (so that a change in machine load falls on all of them), median of {@link #rounds}; beside
     * the wall-clock figure the names per CPU-second of the whole process (GC and compiler threads included), which
     * a loaded machine disturbs much less.
     */
    private void warmFigures(PrintWriter out, List<String> names) {
        List<Engine> engines = List.of(
                new Engine("Reflux (key only)", () -> reflux(NameResolver.keyOnly().withoutCaches())),
                new Engine("Reflux (identity only)", () -> reflux(NameResolver.identityOnly().withoutCaches())),
                new Engine("Reflux (all facts)", () -> reflux(NameResolver.fresh().withoutCaches())),
                new Engine("bare OPSIN+CDK InChIKey", BenchNamesCommand::opsin));
        out.printf(Locale.ROOT, "  warm (no caching: every name resolved in full in every pass — Reflux with its name"
                + " and structure-facts caches off, bare OPSIN has none; engines in turn, median of %d; names/s wall"
                + " | names per CPU-second):%n", rounds);
        List<Integer> counts = threads > 1 ? List.of(1, threads) : List.of(1);
        for (int t : counts) {
            double[][] wall = new double[engines.size()][rounds];
            double[][] cpu = new double[engines.size()][rounds];
            for (int k = 0; k < rounds; k++) {
                for (int e = 0; e < engines.size(); e++) {
                    Function<String, Answer> engine = engines.get(e).make().get();
                    long c0 = processCpuNanos();
                    long t0 = System.nanoTime();
                    NameBatch.map(names, engine, t, done -> { });
                    wall[e][k] = (System.nanoTime() - t0) / 1e9;
                    cpu[e][k] = (processCpuNanos() - c0) / 1e9;
                }
            }
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "    %d thread%s:", t,
                    t == 1 ? " " : "s"));
            for (int e = 0; e < engines.size(); e++) {
                line.append(String.format(Locale.ROOT, "%s %s %.0f | %.0f", e == 0 ? "" : ",", engines.get(e).label(),
                        names.size() / median(wall[e]), names.size() / median(cpu[e])));
            }
            line.append(String.format(Locale.ROOT, "; speed Reflux (key only) / OPSIN %.2f wall, %.2f CPU",
                    median(wall[3]) / median(wall[0]), median(cpu[3]) / median(cpu[0])));
            out.println(line);
            out.flush();
        }
    }

    private static double median(double[] xs) {
        double[] t = xs.clone();
        Arrays.sort(t);
        return t[t.length / 2];
    }

    /** CPU time of this process so far (all threads), or wall time where the JVM does not report it. */
    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            long n = os.getProcessCpuTime();
            if (n >= 0) {
                return n;
            }
        }
        return System.nanoTime();
    }

    private static double cold(String engine, Path names) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> cmd = new ArrayList<>(List.of(java));
        cmd.addAll(childJvmOptions());
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "bench", "names", "--child", engine, "--child-names", names.toString()));
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        p.waitFor();
        return (System.nanoTime() - t0) / 1e9;
    }

    /**
     * The JVM options this process runs with that shape a cold start (the launcher's class-data archive, compiler,
     * GC and stack settings: {@code -XX:}, {@code -Xss}, {@code -Xshare}), given to every child alike; system
     * properties are not passed on, so the children never use the persistent resolution cache.
     */
    private static List<String> childJvmOptions() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("-XX:") && !a.startsWith("-XX:StartFlightRecording")
                        && !a.startsWith("-XX:FlightRecorderOptions")
                        || a.startsWith("-Xss") || a.startsWith("-Xshare"))
                .toList();
    }

    private static Path findData() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null) {
            Path candidate = p.resolveSibling("shared").resolve("data/uspto-ord-dev/reactions.jsonl.gz");
            if (Files.isReadable(candidate)) {
                return candidate;
            }
            p = p.getParent();
        }
        return null;
    }
}
