package reflux.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import reflux.extract.ChemuSpans;
import reflux.extract.Extraction;
import reflux.extract.OrdJson;
import reflux.extract.ParagraphExtractor;
import reflux.identity.NameResolver;
import reflux.model.identity.Resolution;

/**
 * {@code reflux extract PARAGRAPHS.jsonl --ord OUT.jsonl} (one ORD Reaction per {@code {"id","text"}} line) and
 * {@code reflux extract DIR --mentions MENTIONS.jsonl} (ChEMU 2020 spans per {@code .txt} snippet). Output files are
 * written to a temporary file and moved into place; a bad input line stops the run before anything is written.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Read experimental text: a patent's full text (or a folder of them) to route files (-o DIR), "
                + "paragraphs (JSON lines) to ORD reactions (--ord), a folder of .txt snippets to ChEMU 2020 mention "
                + "spans (--mentions). Exit 0 ok, 1 no example found (-o), 2 usage, 3 unreadable input.")
final class ExtractCommand implements Callable<Integer> {
    /** Largest input file read (paragraph sets of USPTO size are a few MB). */
    static final long MAX_BYTES = 512L * 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "INPUT", description = "Paragraphs as JSON lines, or a folder of .txt files.")
    Path input;

    @Option(names = "--ord", paramLabel = "OUT.jsonl", description = "Write one ORD Reaction (JSON) per paragraph.")
    Path ord;

    @Option(names = "--mentions", paramLabel = "MENTIONS.jsonl", description = "Write ChEMU 2020 spans per snippet.")
    Path mentions;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "Patent full text (a .txt file, or a folder "
            + "of them) → one route file per example in DIR, plus unparsed.json (what was not understood).")
    Path out;

    @Option(names = "--one-amount", description = "Strict ORD: one amount per component (mass, else volume, else "
            + "moles); by default the others printed with it go under the extension field 'amounts'.")
    boolean oneAmount;

    @Option(names = "--no-resolve", description = "Do not look names up (no SMILES/InChI in the ORD output).")
    boolean noResolve;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (out != null) {
            int rc = new ExtractRoutes(spec.commandLine().getOut(), err).run(input, out);
            if (mentions == null || rc == ExitCode.INPUT) {
                return rc;
            }
        }
        if (ord == null && mentions == null) {
            err.println("reflux extract: say what to write (-o DIR, --ord OUT.jsonl or --mentions MENTIONS.jsonl)");
            return ExitCode.USAGE;
        }
        ParagraphExtractor x = ParagraphExtractor.standard();
        ChemuSpans labeller = mentions != null ? new ChemuSpans() : null;
        List<String> lines = new ArrayList<>();
        try {
            if (Files.isDirectory(input)) {
                if (ord != null) {
                    err.println("reflux extract: --ord reads a JSON-lines file of paragraphs, not a folder");
                    return ExitCode.USAGE;
                }
                for (Path f : snippets(input)) {
                    String doc = f.getFileName().toString().replaceFirst("\\.txt$", "");
                    lines.add(mentionLine(labeller, doc, x.extract(read(f))));
                }
                write(mentions, lines);
                spec.commandLine().getOut().println("reflux extract: " + lines.size() + " snippets → " + mentions);
                return ExitCode.OK;
            }
            if (!Files.isRegularFile(input)) {
                err.println("reflux extract: " + input + ": no such file or folder");
                return ExitCode.INPUT;
            }
            Function<String, Resolution> resolver = noResolve ? null : NameResolver.standard()::resolve;
            OrdJson writer = new OrdJson(resolver, !oneAmount);
            List<String> ids = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            String problem = Paragraphs.read(input, ids, texts);
            if (problem != null) {
                err.println("reflux extract: " + problem);
                return ExitCode.INPUT;
            }
            List<String> spans = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                Extraction e = x.extract(texts.get(i));
                if (ord != null) {
                    lines.add(OrdJson.line(writer.reaction(ids.get(i), e)));
                }
                if (mentions != null) {
                    spans.add(mentionLine(labeller, ids.get(i), e));
                }
            }
            if (ord != null) {
                write(ord, lines);
            }
            if (mentions != null) {
                write(mentions, spans);
            }
            spec.commandLine().getOut().println("reflux extract: " + ids.size() + " paragraphs"
                    + (ord != null ? " → " + ord : "") + (mentions != null ? " → " + mentions : ""));
            return ExitCode.OK;
        } catch (IOException e) {
            err.println("reflux extract: " + input + ": " + NamesFile.reason(e));
            return ExitCode.INPUT;
        }
    }

    static String mentionLine(ChemuSpans labeller, String doc, Extraction e) {
        return mentionLine(doc, labeller.of(e));
    }

    static String mentionLine(String doc, List<ChemuSpans.Labelled> spans) {
        ObjectNode o = JSON.createObjectNode();
        o.put("doc", doc);
        ArrayNode a = o.putArray("spans");
        for (ChemuSpans.Labelled l : spans) {
            a.addObject().put("label", l.label()).put("start", l.span().start()).put("end", l.span().end())
                    .put("text", l.span().text());
        }
        return o.toString();
    }

    private static List<Path> snippets(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".txt") && Files.isRegularFile(p)).sorted().toList();
        }
    }

    static String read(Path f) throws IOException {
        if (Files.size(f) > MAX_BYTES) {
            throw new IOException("larger than " + MAX_BYTES / (1024 * 1024) + " MB");
        }
        return new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
    }

    /** Writes the lines to a temporary file next to {@code out} and moves it into place. */
    static void write(Path out, List<String> lines) throws IOException {
        Path abs = out.toAbsolutePath();
        Path dir = abs.getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        Path tmp = Files.createTempFile(dir, ".reflux-extract", ".tmp");
        try {
            try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                for (String l : lines) {
                    w.write(l);
                    w.write('\n');
                }
            }
            Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Reads {"id","text"} lines. */
    static final class Paragraphs {
        private Paragraphs() {
        }

        /** Fills ids and texts; returns a located problem ("FILE:LINE: ...") or null. */
        static String read(Path f, List<String> ids, List<String> texts) throws IOException {
            String all = ExtractCommand.read(f);
            String[] ls = all.split("\n", -1);
            for (int i = 0; i < ls.length; i++) {
                String l = ls[i].strip();
                if (l.isEmpty()) {
                    continue;
                }
                JsonNode n;
                try {
                    n = JSON.readTree(l);
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    return f + ":" + (i + 1) + ": not a JSON object (" + e.getOriginalMessage() + ")";
                }
                if (n == null || !n.isObject() || !n.path("id").isValueNode() || !n.path("text").isTextual()) {
                    return f + ":" + (i + 1) + ": expected {\"id\": ..., \"text\": \"...\"}";
                }
                ids.add(n.get("id").asText());
                texts.add(n.get("text").asText());
            }
            return null;
        }
    }
}
