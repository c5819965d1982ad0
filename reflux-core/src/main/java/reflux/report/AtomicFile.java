package reflux.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes a text file so that a reader (or a crash) sees either the old content or the whole new one, never a half
 * written file: the text goes to a temporary file in the same directory, which is then moved over the target with
 * {@link StandardCopyOption#ATOMIC_MOVE} (a plain replacing move only where the file system has no atomic move).
 * A temporary file left behind by a crash has a name of its own ({@code .NAME.*.tmp}) and never replaces the target.
 */
public final class AtomicFile {

    private AtomicFile() {
    }

    /** The target's permissions for the new file (rw-r--r-- for a new one), where the file system has them. */
    private static void permissions(Path target, Path tmp) throws IOException {
        if (!Files.getFileStore(tmp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        Files.setPosixFilePermissions(tmp, Files.exists(target) ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--"));
    }

    /** Writes {@code text} (UTF-8) to {@code file}. */
    public static void write(Path file, String text) throws IOException {
        Path abs = file.toAbsolutePath();
        Path tmp = Files.createTempFile(abs.getParent(), "." + abs.getFileName() + ".", ".tmp");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            permissions(abs, tmp);
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
