package reflux.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import reflux.extract.patent.PatentExtraction;
import reflux.extract.patent.PatentExtractor;
import reflux.extract.patent.Unparsed;
import reflux.model.route.Route;
import reflux.route.io.RouteWriter;
import reflux.text.TerminalText;

/**
 * {@code reflux extract PATENT.txt -o DIR} (and a folder of patents): one route file per example, plus
 * {@code unparsed.json} (or {@code STEM.unparsed.json} for a folder) listing what was not understood with offsets.
 * Every file is written to a temporary file and moved into place. Exit 0 routes written, 1 no example found in any
 * input, 3 unreadable input or output folder.
 */
final class ExtractRoutes {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final PrintWriter out;
    private final PrintWriter err;

    ExtractRoutes(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    int run(Path input, Path dir) {
        List<Path> files = new ArrayList<>();
        try {
            if (Files.isDirectory(input)) {
                try (Stream<Path> s = Files.list(input)) {
                    s.filter(p -> p.toString().endsWith(".txt") && Files.isRegularFile(p)).sorted().forEach(files::add);
                }
                if (files.isEmpty()) {
                    err.println("reflux extract: " + t(input) + ": no .txt files in this folder");
                    return ExitCode.INPUT;
                }
            } else if (Files.isRegularFile(input)) {
                files.add(input);
            } else {
                err.println("reflux extract: " + t(input) + ": no such file or folder");
                return ExitCode.INPUT;
            }
            if (Files.exists(dir) && !Files.isDirectory(dir)) {
                err.println("reflux extract: " + t(dir) + ": exists and is not a folder");
                return ExitCode.INPUT;
            }
            Files.createDirectories(dir);
        } catch (IOException e) {
            err.println("reflux extract: " + t(dir) + ": " + NamesFile.reason(e));
            return ExitCode.INPUT;
        }
        PatentExtractor x = PatentExtractor.standard();
        RouteWriter writer = new RouteWriter();
        int written = 0;
        boolean unreadable = false;
        for (Path f : files) {
            String stem = f.getFileName().toString().replaceFirst("\\.txt$", "");
            String text;
            try {
                text = utf8(f);
            } catch (IOException e) {
                err.println("reflux extract: " + t(f) + ": " + (e instanceof CharacterCodingException
                        ? "not UTF-8 text" : NamesFile.reason(e)));
                unreadable = true;
                continue;
            }
            PatentExtraction r = x.extract(stem, text);
            try {
                for (Route route : r.routes()) {
                    Path file = dir.resolve(route.id() + ".yaml");
                    writer.write(route, file);
                    out.println("reflux extract: " + t(f) + ": Example → " + t(file) + " (" + route.stages().size()
                            + " stages, " + route.substances().size() + " substances)");
                    written++;
                }
                Path un = dir.resolve(files.size() == 1 ? "unparsed.json" : stem + ".unparsed.json");
                ExtractCommand.write(un, List.of(JSON.writeValueAsString(document(stem, r))));
                out.println("reflux extract: " + t(f) + ": " + r.unparsed().size()
                        + " passages not understood → " + t(un));
            } catch (IOException e) {
                err.println("reflux extract: " + t(dir) + ": " + NamesFile.reason(e));
                return ExitCode.INPUT;
            }
            for (String m : r.messages()) {
                err.println("reflux extract: " + t(f) + ": " + m);
            }
        }
        out.flush();
        if (unreadable) {
            return ExitCode.INPUT;
        }
        return written > 0 ? ExitCode.OK : ExitCode.FINDINGS;
    }

    private static Map<String, Object> document(String stem, PatentExtraction r) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("document", stem);
        doc.put("routes", r.routes().stream().map(Route::id).toList());
        doc.put("messages", r.messages());
        List<Map<String, Object>> items = new ArrayList<>();
        for (Unparsed u : r.unparsed()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("example", u.example());
            m.put("start", u.start());
            m.put("end", u.end());
            m.put("text", u.text());
            m.put("reason", u.reason());
            items.add(m);
        }
        doc.put("unparsed", items);
        return doc;
    }

    /** The file as strict UTF-8 (a byte that is not UTF-8 is an error, not a replacement character). */
    static String utf8(Path f) throws IOException {
        if (Files.size(f) > ExtractCommand.MAX_BYTES) {
            throw new IOException("larger than " + ExtractCommand.MAX_BYTES / (1024 * 1024) + " MB");
        }
        byte[] b = Files.readAllBytes(f);
        String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
        if (s.indexOf('\0') >= 0) {
            throw new IOException("NUL bytes: a binary file, not text");
        }
        return s;
    }

    private static String t(Path p) {
        return TerminalText.escape(p.toString());
    }
}
