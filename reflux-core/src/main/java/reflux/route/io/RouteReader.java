package reflux.route.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import reflux.model.route.Route;

/**
 * Reads a route file ({@code docs/route-format.md}, schema {@code reflux.route/1}) into a {@link Route}, or into
 * located problems: file, line, column, field path, message and suggestion. Never throws for bad input and never
 * writes anything. Thread-safe; one instance can serve many threads.
 *
 * <pre>{@code
 * RouteLoad load = new RouteReader().read(Path.of("routes/cefepime-001-example1.yaml"));
 * if (load.isOk()) { Route route = load.route(); } else { load.problems().forEach(p -> err.println(p.format())); }
 * }</pre>
 *
 * <p>Order of checks (each stops the read when it finds something): size cap and strict UTF-8 (a UTF-8 BOM is
 * skipped; UTF-16/32 refused); YAML syntax with anchors/aliases, tags, duplicate keys and several documents refused;
 * binding to the records (unknown keys, missing fields, quantities and their dimensions) together with the JSON
 * Schema; references between ids.
 */
public final class RouteReader {

    /** Default size cap: 5 MB; route files are a few kB. */
    public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;

    private final long maxBytes;
    private final YamlTreeReader yaml;

    /** A reader with the default 5 MB cap. */
    public RouteReader() {
        this(DEFAULT_MAX_BYTES);
    }

    /** A reader refusing files larger than {@code maxBytes}. */
    public RouteReader(long maxBytes) {
        this.maxBytes = maxBytes;
        this.yaml = new YamlTreeReader((int) Math.min(Integer.MAX_VALUE, maxBytes));
    }

    /** Reads one route file. */
    public RouteLoad read(Path file) {
        Text t = readText(file, maxBytes);
        return t.problem() != null ? RouteLoad.unreadable(file, t.problem()) : parse(file, t.text());
    }

    /** A file's text (strict UTF-8, BOM skipped), or the one problem that makes it unreadable. */
    record Text(String text, RouteProblem problem) {
    }

    /** Reads {@code file} as strict UTF-8 text no larger than {@code maxBytes} (shared with {@link LocatedYaml}). */
    static Text readText(Path file, long maxBytes) {
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                return new Text(null, whole(file, "is a directory, not a route file", null));
            }
            if (!Files.exists(file)) {
                return new Text(null, whole(file, "no such file", "check the path"));
            }
            if (!Files.isRegularFile(file)) {
                return new Text(null, whole(file, "not a regular file (a device, pipe or socket)",
                        "give the path of a route file"));
            }
            long size = Files.size(file);
            if (size > maxBytes) {
                return new Text(null, whole(file, "file is " + size + " bytes; route files are limited to "
                        + maxBytes + " bytes", "split the route or check this is the right file"));
            }
            // Bounded read: the size can change between the check and the read.
            try (var in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            }
        } catch (NoSuchFileException e) {
            return new Text(null, whole(file, "no such file", "check the path"));
        } catch (IOException | SecurityException e) {
            return new Text(null, whole(file, e instanceof java.nio.file.AccessDeniedException
                    ? "permission denied" : e instanceof java.nio.file.FileSystemException f && f.getReason() != null
                    ? "cannot read the file: " + f.getReason() : "cannot read the file", null));
        }
        if (bytes.length > maxBytes) {
            return new Text(null, whole(file, "file is larger than " + maxBytes + " bytes", null));
        }
        Decoded d = decode(file, bytes);
        return new Text(d.text, d.problem);
    }

    /** Reads route text already in memory ({@code file} is only used in messages). */
    public RouteLoad parse(Path file, String text) {
        try {
            return parseText(file, text);
        } catch (RuntimeException e) {
            // A bug in the reader must still not surface as a stack trace to a chemist editing a file.
            return RouteLoad.failed(file, List.of(whole(file, "internal error while reading the route (a bug in"
                    + " Reflux, please report it with this file)", null)), null);
        }
    }

    private RouteLoad parseText(Path file, String text) {
        YamlTreeReader.Result tree = yaml.read(file, text);
        if (tree.problem() != null) {
            return RouteLoad.failed(file, List.of(tree.problem()), null);
        }
        RouteBinder binder = new RouteBinder(file);
        Route route = binder.bind(tree.root());
        List<RouteProblem> problems = new ArrayList<>(binder.problems());
        for (RouteProblem s : RouteSchema.validate(file, tree.root())) {
            if (problems.stream().noneMatch(p -> related(p.field(), s.field()))) {
                problems.add(s);
            }
        }
        problems.replaceAll(new RouteLocations(file, tree.root())::printed);   // reference problems are printed already
        if (problems.isEmpty() && route != null) {
            problems.addAll(new RouteReferences(file, tree.root()).check(route));
        }
        if (problems.isEmpty() && route == null) {
            problems.add(whole(file, "route could not be read", null));
        }
        if (!problems.isEmpty()) {
            RouteLocations locations = new RouteLocations(file, tree.root());
            problems.sort(Comparator.comparingInt(RouteProblem::line).thenComparingInt(RouteProblem::column));
            return RouteLoad.failed(file, problems, locations);
        }
        return RouteLoad.ok(file, route, new RouteLocations(file, tree.root()));
    }

    /** Schema messages about a field the binder already reported (or its parent/child) add nothing. */
    private static boolean related(String a, String b) {
        return a.equals(b) || a.startsWith(b.isEmpty() ? "" : b + ".") || a.startsWith(b + "[")
                || b.startsWith(a + ".") || b.startsWith(a + "[") || a.isEmpty() || b.isEmpty();
    }

    private static RouteProblem whole(Path file, String message, String suggestion) {
        return new RouteProblem(file, 0, 0, "", message, suggestion);
    }

    private record Decoded(String text, RouteProblem problem) {
    }

    private static Decoded decode(Path file, byte[] bytes) {
        int start = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            start = 3;
        } else if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
                || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) {
            return new Decoded(null, whole(file, "file is UTF-16 encoded (byte-order mark " + String.format("%02X %02X",
                    bytes[0] & 0xFF, bytes[1] & 0xFF) + "); route files are UTF-8", "save the file as UTF-8"));
        }
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                int[] lc = lineColumn(bytes, start, i);
                return new Decoded(null, new RouteProblem(file, lc[0], lc[1], "",
                        "NUL byte at byte offset " + i + ": the file is binary or UTF-16/32, not UTF-8 text",
                        "save the file as UTF-8"));
            }
        }
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult r = dec.decode(in, out, true);
        if (!r.isError()) {
            r = dec.flush(out);
        }
        if (r.isError()) {
            int at = in.position();
            int[] lc = lineColumn(bytes, start, at);
            return new Decoded(null, new RouteProblem(file, lc[0], lc[1], "", String.format(
                    "invalid UTF-8 byte 0x%02X at byte offset %d (the file looks like Latin-1 or Windows-1252)",
                    bytes[at] & 0xFF, at), "save the file as UTF-8"));
        }
        out.flip();
        return new Decoded(out.toString(), null);
    }

    private static int[] lineColumn(byte[] bytes, int start, int at) {
        int line = 1;
        int col = 1;
        for (int i = start; i < at; i++) {
            if (bytes[i] == '\n') {
                line++;
                col = 1;
            } else if ((bytes[i] & 0xC0) != 0x80) {
                col++;
            }
        }
        return new int[] {line, col};
    }
}
