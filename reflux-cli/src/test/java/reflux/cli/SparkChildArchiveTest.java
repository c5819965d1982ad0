package reflux.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Spark child's class-data archive: written by a first run, kept only when that run succeeded, then mapped. */
class SparkChildArchiveTest {

    @TempDir
    Path target;

    @Test
    void aSuccessfulFirstRunLeavesTheArchiveThatLaterRunsMap() throws IOException {
        if (System.getenv("REFLUX_NO_CDS") != null) {
            return;
        }
        Files.writeString(target.resolve("reflux-spark-job.jar"), "jar");
        Path stale = Files.writeString(target.resolve("spark-child-0.jsa"), "an older build's archive");
        List<String> first = SparkChild.classDataFlags(target, "a.jar:b.jar");
        assertThat(first).hasSize(1).allMatch(f -> f.startsWith("-XX:ArchiveClassesAtExit="));
        Path tmp = Path.of(first.get(0).substring("-XX:ArchiveClassesAtExit=".length()));
        Files.writeString(tmp, "archive");
        SparkChild.keepArchive(first, 0);
        Path archive = SparkChild.archive(target, "a.jar:b.jar");
        assertThat(archive).hasContent("archive");
        assertThat(tmp).doesNotExist();
        assertThat(stale).doesNotExist();
        assertThat(SparkChild.classDataFlags(target, "a.jar:b.jar"))
                .containsExactly("-Xshare:auto", "-XX:SharedArchiveFile=" + archive);
        // another classpath is another archive: never a stale one mapped
        assertThat(SparkChild.archive(target, "a.jar:c.jar")).isNotEqualTo(archive);
    }

    @Test
    void aFailedFirstRunLeavesNoArchive() throws IOException {
        if (System.getenv("REFLUX_NO_CDS") != null) {
            return;
        }
        Files.writeString(target.resolve("reflux-spark-job.jar"), "jar");
        List<String> first = SparkChild.classDataFlags(target, "a.jar");
        Path tmp = Path.of(first.get(0).substring("-XX:ArchiveClassesAtExit=".length()));
        Files.writeString(tmp, "half an archive");
        SparkChild.keepArchive(first, 3);
        assertThat(tmp).doesNotExist();
        assertThat(SparkChild.archive(target, "a.jar")).doesNotExist();
    }
}
