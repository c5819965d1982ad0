package reflux.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The {@code ./reflux} launcher, run by bash on a copy of itself in a scratch tree whose {@code mvn} and {@code java}
 * are stubs (a build writes a jar, in the concurrency test after 2 seconds; the stub java fails the archive probe when the archive
 * says "bad"): concurrent first runs build once, a waiting run gives up with a clear message, a damaged class-data
 * archive is removed instead of crashing the JVM, crash logs go to the temp folder. Takes a few seconds, no JVM.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class LauncherTest {

    @TempDir
    Path tree;

    private Path target;
    private Path bin;
    private Path buildLog;

    @BeforeEach
    void scratchTree() throws Exception {
        Path launcher = Path.of("").toAbsolutePath().getParent().resolve("reflux");
        Files.copy(launcher, tree.resolve("reflux"));
        Files.writeString(tree.resolve("pom.xml"), "<project/>");
        Files.createDirectories(tree.resolve("reflux-cli/src/main/java"));
        Files.writeString(tree.resolve("reflux-cli/pom.xml"), "<project/>");
        Files.writeString(tree.resolve("reflux-cli/src/main/java/Main.java"), "class Main {}");
        target = tree.resolve("reflux-cli/target");
        bin = Files.createDirectories(tree.resolve("bin"));
        buildLog = tree.resolve("builds.log");
        stub("mvn", """
                echo build >> "$BUILD_LOG"
                sleep "${BUILD_SECONDS:-0}"
                mkdir -p reflux-cli/target && echo jar > reflux-cli/target/reflux-cli.jar
                """);
        stub("java", """
                jsa=; mode=run
                for a in "$@"; do
                  case "$a" in
                    -XX:SharedArchiveFile=*) jsa="${a#*=}" ;;
                    -Xshare:on) mode=probe ;;
                    -Xshare:dump) mode=dump ;;
                    -XX:DumpLoadedClassList=*) mode=train ;;
                  esac
                done
                case "$mode" in
                  probe) [ "$(cat "$jsa")" = good ] ;;
                  dump) echo good > "$jsa" ;;
                  train) : ;;
                  run) echo "ran $*" ;;
                esac
                """);
    }

    private void stub(String name, String body) throws Exception {
        Path p = bin.resolve(name);
        Files.writeString(p, "#!/usr/bin/env bash\nset -eu\n" + body);
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private Process start(Map<String, String> env) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("bash", tree.resolve("reflux").toString(), "--version");
        pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        pb.environment().put("BUILD_LOG", buildLog.toString());
        pb.environment().put("REFLUX_NO_CACHE", "1");
        pb.environment().putAll(env);
        return pb.start();
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run finish(Process p) throws Exception {
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    private Run run(Map<String, String> env) throws Exception {
        return finish(start(env));
    }

    private long builds() throws Exception {
        return Files.exists(buildLog) ? Files.readAllLines(buildLog).size() : 0;
    }

    @ParameterizedTest
    @ValueSource(strings = {"flock", "mkdir"})
    void concurrentFirstRunsBuildOnceAndAllRunWithTheArchive(String lock) throws Exception {
        List<Process> runs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            runs.add(start(Map.of("REFLUX_LOCK", lock, "BUILD_SECONDS", "2")));
        }
        List<Run> done = new ArrayList<>();
        for (Process p : runs) {
            done.add(finish(p));
        }
        assertThat(builds()).isEqualTo(1);
        for (Run r : done) {
            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(r.out()).startsWith("ran ").contains("-XX:SharedArchiveFile=" + target.resolve("reflux.jsa"));
        }
        assertThat(done.stream().filter(r -> r.err().contains("reflux: building")).count()).isEqualTo(1);
        assertThat(run(Map.of("REFLUX_LOCK", lock)).err()).isEmpty(); // built: no lock, no message
        assertThat(builds()).isEqualTo(1);
    }

    @Test
    void aRunWaitingTooLongForTheBuildLockGivesUpWithAClearMessage() throws Exception {
        Files.createDirectories(target.resolve(".reflux-build.lock.d"));
        Files.writeString(target.resolve(".reflux-build.lock.d/pid"), Long.toString(ProcessHandle.current().pid()));
        Run r = run(Map.of("REFLUX_LOCK", "mkdir", "REFLUX_LOCK_TIMEOUT", "1"));
        assertThat(r.exit()).isEqualTo(4);
        assertThat(r.err()).contains("another reflux run is building").contains("gave up after 1 s")
                .contains(".reflux-build.lock.d");
        assertThat(builds()).isZero();
    }

    @Test
    void aLockLeftByADeadProcessIsTakenOver() throws Exception {
        Process dead = new ProcessBuilder("true").start();
        dead.waitFor();
        Files.createDirectories(target.resolve(".reflux-build.lock.d"));
        Files.writeString(target.resolve(".reflux-build.lock.d/pid"), Long.toString(dead.pid()));
        Run r = run(Map.of("REFLUX_LOCK", "mkdir", "REFLUX_LOCK_TIMEOUT", "5"));
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(builds()).isEqualTo(1);
        assertThat(target.resolve(".reflux-build.lock.d")).doesNotExist();
    }

    @Test
    void aDamagedArchiveIsRemovedAndTheRunGoesOnWithoutItThenItIsRebuilt() throws Exception {
        assertThat(run(Map.of()).exit()).isZero();
        Path jsa = target.resolve("reflux.jsa");
        assertThat(jsa).hasContent("good");
        Files.writeString(jsa, "bad");
        Files.setLastModifiedTime(jsa, FileTime.fromMillis(System.currentTimeMillis() + 5_000));
        Run damaged = run(Map.of());
        assertThat(damaged.exit()).isZero();
        assertThat(damaged.err()).contains("class-data archive").contains("damaged");
        assertThat(damaged.out()).startsWith("ran ").doesNotContain("SharedArchiveFile");
        assertThat(jsa).doesNotExist();
        Run next = run(Map.of());
        assertThat(next.out()).contains("-XX:SharedArchiveFile=" + jsa);
        assertThat(jsa).hasContent("good");
        assertThat(builds()).isEqualTo(1);
    }

    @Test
    void jvmCrashLogsGoToTheTempFolderNotTheWorkingTree() throws Exception {
        Run r = run(Map.of("TMPDIR", "/tmp"));
        assertThat(r.out()).contains("-XX:ErrorFile=/tmp/reflux-hs_err_pid%p.log");
    }
}
