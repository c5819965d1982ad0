package reflux.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Maps the route part of a request path ({@code /route/<relpath>}, as sent: still percent-encoded) to a file under
 * the server's root, or refuses it. Refused: an empty path, encoded dots, slashes or backslashes ({@code %2e},
 * {@code %2f}, {@code %5c}), a malformed escape, a backslash, NUL or another control character, an absolute path
 * or a drive letter, a {@code .} or {@code ..} segment, a path that leaves the root once normalised, and a file
 * whose real path (symlinks followed) is outside the root's real path. Only {@code .yaml}/{@code .yml} files are
 * served. Nothing is read or written here beyond {@link Path#toRealPath}. Thread-safe (immutable).
 *
 * <pre>{@code
 * PathGuard guard = new PathGuard(Path.of("routes"));
 * PathGuard.Result r = guard.resolve("cefepime-001-example1.yaml");
 * if (r.ok()) Files.readString(r.file());
 * }</pre>
 */
public final class PathGuard {

    /**
     * The outcome of a lookup.
     *
     * @param file     the file under the root (absolute, normalised), or null when refused
     * @param relative its path relative to the root with {@code /} separators, or null
     * @param status   the HTTP status of a refusal (400 bad path, 403 outside the root, 404 no such route), 0 when ok
     * @param reason   why refused, one sentence, or null
     */
    public record Result(Path file, String relative, int status, String reason) {

        /** True when the path is a route file under the root. */
        public boolean ok() {
            return status == 0;
        }

        static Result refuse(int status, String reason) {
            return new Result(null, null, status, reason);
        }
    }

    private final Path root;
    private final Path realRoot;

    /** A guard over {@code root} (which must exist: its real path is taken once). */
    public PathGuard(Path root) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.realRoot = this.root.toRealPath();
    }

    /** The root (absolute, normalised). */
    public Path root() {
        return root;
    }

    /** Resolves the raw (percent-encoded) relative path; {@code mustExist} false for a file about to be created. */
    public Result resolve(String raw, boolean mustExist) {
        if (raw == null || raw.isEmpty()) {
            return Result.refuse(400, "no route path given");
        }
        String lower = raw.toLowerCase(Locale.ROOT);
        if (lower.contains("%2e") || lower.contains("%2f") || lower.contains("%5c") || lower.contains("%00")) {
            return Result.refuse(400, "encoded dots, slashes, backslashes and NUL are not accepted in a route path");
        }
        String path = decode(raw);
        if (path == null) {
            return Result.refuse(400, "malformed percent escape in the route path");
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '\\') {
                return Result.refuse(400, "control characters and backslashes are not accepted in a route path");
            }
        }
        if (path.startsWith("/") || path.matches("^[A-Za-z]:.*")) {
            return Result.refuse(400, "absolute paths are not accepted; give the path relative to the root");
        }
        for (String seg : path.split("/", -1)) {
            if (seg.equals("..") || seg.equals(".") || seg.isEmpty()) {
                return Result.refuse(400, "'.', '..' and empty segments are not accepted in a route path");
            }
        }
        String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        if (!name.endsWith(".yaml") && !name.endsWith(".yml")) {
            return Result.refuse(404, "only route files (.yaml, .yml) are served");
        }
        Path file;
        try {
            file = root.resolve(path).normalize();
        } catch (InvalidPathException e) {
            return Result.refuse(400, "not a valid path: " + e.getReason());
        }
        if (!file.startsWith(root) || file.equals(root)) {
            return Result.refuse(403, "the path leaves the root");
        }
        // symlinks: the real path of the file (or, for a new file, of its folder) must stay under the real root
        Path probe = Files.exists(file, LinkOption.NOFOLLOW_LINKS) ? file : file.getParent();
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) || !mustExist) {
            try {
                if (!probe.toRealPath().startsWith(realRoot)) {
                    return Result.refuse(403, "the path leads outside the root through a symbolic link");
                }
            } catch (IOException e) {
                return Result.refuse(404, "no such route");
            }
        }
        if (mustExist && !Files.isRegularFile(file)) {
            return Result.refuse(404, "no such route");
        }
        return new Result(file, root.relativize(file).toString().replace('\\', '/'), 0, null);
    }

    /** Percent-decoding of a path (UTF-8; {@code +} stays a plus), or null when an escape is malformed. */
    static String decode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        byte[] out = new byte[s.length() * 3];
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%') {
                if (i + 2 >= s.length()) {
                    return null;
                }
                int hi = Character.digit(s.charAt(i + 1), 16);
                int lo = Character.digit(s.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return null;
                }
                out[n++] = (byte) (hi * 16 + lo);
                i += 2;
            } else {
                for (byte b : String.valueOf(c).getBytes(StandardCharsets.UTF_8)) {
                    out[n++] = b;
                }
            }
        }
        return new String(out, 0, n, StandardCharsets.UTF_8);
    }
}
