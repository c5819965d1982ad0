package reflux.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the Spark engine in a child JVM: the reflux-spark job jar and the Spark classpath its build wrote
 * ({@code reflux-spark/target/reflux-spark-job.jar}, {@code reflux-spark/target/spark.classpath}) with the
 * {@code --add-opens} flags Spark 4 needs on Java 17. Without them (a CLI jar copied elsewhere) it prints the
 * {@code spark-submit} command instead and exits 2.
 */
final class SparkChild {
    /** The JVM flags Spark 4 needs on Java 17 (those of Spark's own launcher, JavaModuleOptions). */
    static final List<String> ADD_OPENS = List.of("--add-opens=java.base/java.lang=ALL-UNNAMED",
            "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED", "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED",
            "--add-opens=java.base/java.io=ALL-UNNAMED", "--add-opens=java.base/java.net=ALL-UNNAMED",
            "--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/java.util=ALL-UNNAMED",
            "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
            "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED",
            "--add-opens=java.base/jdk.internal.ref=ALL-UNNAMED", "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
            "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED", "--add-opens=java.base/sun.security.action=ALL-UNNAMED",
            "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED", "-Djdk.reflect.useDirectMethodHandle=false",
            "-Dio.netty.tryReflectionSetAccessible=true");

    /** The JVM flag by which a child writes its class-data archive at exit. */
    private static final String ARCHIVE_AT_EXIT = "-XX:ArchiveClassesAtExit=";

    private SparkChild() {
    }

    /** The reflux-spark build folder next to this CLI's jar or classes, or null. */
    static Path sparkTarget() {
        try {
            Path here = Path.of(SparkChild.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            // reflux-cli/target/reflux-cli.jar or reflux-cli/target/classes → repo root
            Path root = here.getParent() == null ? null : here.getParent().getParent();
            root = root == null ? null : root.getParent();
            if (root == null) {
                return null;
            }
            Path t = root.resolve("reflux-spark").resolve("target");
            return Files.isRegularFile(t.resolve("reflux-spark-job.jar")) && Files.isRegularFile(t.resolve("spark.classpath"))
                    ? t : null;
        } catch (java.net.URISyntaxException | SecurityException e) {
            return null;
        }
    }

    /** The child command (java, flags, classpath, job class, arguments), or null when the build is absent. */
    static List<String> command(Path input, Path out, String master, Integer partitions, boolean resume,
            List<String> jvmFlags) throws IOException {
        Path t = sparkTarget();
        if (t == null) {
            return null;
        }
        String cp = t.resolve("reflux-spark-job.jar") + java.io.File.pathSeparator
                + Files.readString(t.resolve("spark.classpath"), StandardCharsets.UTF_8).strip();
        List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command().orElse("java"));
        cmd.addAll(ADD_OPENS);
        // the launcher's settings for a corpus run (serial GC: on a small machine G1's threads compete with the
        // workers; the JIT the local engine gets for this corpus, JitChoice)
        cmd.addAll(List.of("-XX:+UseSerialGC", "-Xss4m"));
        cmd.addAll(JitChoice.flags(input));
        cmd.addAll(classDataFlags(t, cp));
        cmd.addAll(jvmFlags);
        cmd.add("-cp");
        cmd.add(cp);
        cmd.add("reflux.spark.SparkCorpusJob");
        cmd.add(input.toString());
        cmd.add("--out");
        cmd.add(out.toString());
        cmd.add("--master");
        cmd.add(master);
        if (partitions != null) {
            cmd.add("--partitions");
            cmd.add(partitions.toString());
        }
        if (resume) {
            cmd.add("--resume");
        }
        return cmd;
    }

    static int run(Path input, Path out, String master, Integer partitions, boolean resume, PrintWriter err,
            PrintWriter o) {
        try {
            List<String> cmd = command(input, out, master, partitions, resume, cacheFlag());
            if (cmd == null) {
                err.println("reflux corpus: the Spark engine is not built here (reflux-spark/target/reflux-spark-job.jar);"
                        + " build it with 'mvn -B -DskipTests package' or submit the job jar to a cluster:");
                err.println("  spark-submit --class reflux.spark.SparkCorpusJob --master " + master
                        + " reflux-spark/target/reflux-spark-job.jar " + input + " --out " + out);
                return ExitCode.USAGE;
            }
            Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            p.getOutputStream().close();
            try (var in = p.getInputStream()) {
                o.print(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                o.flush();
            }
            int rc = p.waitFor();
            keepArchive(cmd, rc);
            return rc;
        } catch (IOException e) {
            err.println("reflux corpus: cannot start the Spark engine: " + e.getMessage());
            return ExitCode.INTERNAL;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCode.INTERNAL;
        }
    }

    /**
     * The class-data-sharing flags of the child: a dynamic archive of the classes a Spark run loads (Spark, Hadoop,
     * Parquet, Jackson, Reflux: about 150 MB), made by the first run at its exit ({@code -XX:ArchiveClassesAtExit},
     * written under a temporary name and moved into place by {@link #keepArchive} only when that run succeeded) and
     * mapped by later runs. On this 2-core machine a 20-record Spark run took 8.1 s without it and 4.5 s with it
     * (the run that writes it 22.6 s). The file name holds a checksum of the JVM, the classpath and the job jar's
     * time stamp, so a rebuilt job or another JVM never maps a stale archive; {@code REFLUX_NO_CDS=1} turns it off,
     * as for the launcher.
     */
    static List<String> classDataFlags(Path target, String cp) {
        String off = System.getenv("REFLUX_NO_CDS");
        if (off != null && !off.isEmpty()) {
            return List.of();
        }
        Path archive = archive(target, cp);
        if (Files.isRegularFile(archive)) {
            return List.of("-Xshare:auto", "-XX:SharedArchiveFile=" + archive);
        }
        return List.of(ARCHIVE_AT_EXIT + archive + "." + ProcessHandle.current().pid() + ".tmp");
    }

    /** The archive file for this JVM, classpath and job build. */
    static Path archive(Path target, String cp) {
        long stamp;
        try {
            stamp = Files.getLastModifiedTime(target.resolve("reflux-spark-job.jar")).toMillis();
        } catch (IOException e) {
            stamp = 0;
        }
        String key = System.getProperty("java.home") + "|" + Runtime.version() + "|" + cp + "|" + stamp;
        return target.resolve("spark-child-" + Integer.toHexString(key.hashCode()) + ".jsa");
    }

    /** Whether the child of {@code cmd} writes the class-data archive (the first Spark run of a build). */
    static boolean writesArchive(List<String> cmd) {
        return cmd.stream().anyMatch(a -> a.startsWith(ARCHIVE_AT_EXIT));
    }

    /**
     * After the child of {@code cmd} exited with {@code rc}: moves the archive it wrote into place when it succeeded
     * (and removes a failed run's partial file). Older archives of other builds are removed.
     */
    static void keepArchive(List<String> cmd, int rc) {
        for (String a : cmd) {
            if (!a.startsWith(ARCHIVE_AT_EXIT)) {
                continue;
            }
            Path tmp = Path.of(a.substring(ARCHIVE_AT_EXIT.length()));
            String name = tmp.getFileName().toString();
            Path archive = tmp.resolveSibling(name.substring(0, name.indexOf(".jsa.") + 4));
            try {
                if (rc == 0 && Files.isRegularFile(tmp)) {
                    Files.move(tmp, archive, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                            java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                    try (var old = Files.list(archive.getParent())) {
                        for (Path p : old.toList()) {
                            String n = p.getFileName().toString();
                            if (n.startsWith("spark-child-") && n.endsWith(".jsa") && !p.equals(archive)) {
                                Files.deleteIfExists(p);
                            }
                        }
                    }
                } else {
                    Files.deleteIfExists(tmp);
                }
            } catch (IOException e) {
                // the archive only saves start-up time: without it the next run writes it again
            }
        }
    }

    /** The launcher's persistent-cache setting, passed on to the child. */
    static List<String> cacheFlag() {
        String c = System.getProperty("reflux.cache");
        return c == null ? List.of() : List.of("-Dreflux.cache=" + c);
    }
}
