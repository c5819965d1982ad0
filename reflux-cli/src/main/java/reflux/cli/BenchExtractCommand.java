package reflux.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import reflux.extract.ChemuSpans;
import reflux.extract.Extraction;
import reflux.extract.OrdJson;
import reflux.extract.ParagraphExtractor;

/**
 * {@code reflux bench extract --paragraphs P.jsonl}: paragraphs per second of the extractor on one thread, first pass
 * (cold: includes class loading and JIT warm-up) and warm passes; extraction and ORD/ChEMU writing without name
 * resolution (resolution is {@code bench resolve}'s figure); then the same warm passes with the ChEMU compound roles from
 * the rules instead of the role model, so the model's cost is printed beside it.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Paragraphs per second of reflux extract on one thread (cold and warm, no name resolution).")
final class BenchExtractCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--paragraphs", paramLabel = "FILE", required = true,
            description = "Paragraphs as JSON lines {\"id\", \"text\"} (ordscore.py texts writes them).")
    Path paragraphs;

    @Option(names = "--rounds", description = "Warm passes (default ${DEFAULT-VALUE}).", defaultValue = "3")
    int rounds;

    @Option(names = "--limit", description = "Use at most this many paragraphs (default: all).", defaultValue = "0")
    int limit;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (rounds < 1) {
            err.println("reflux bench extract: --rounds must be at least 1");
            return ExitCode.USAGE;
        }
        List<String> ids = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        try {
            String problem = ExtractCommand.Paragraphs.read(paragraphs, ids, texts);
            if (problem != null) {
                err.println("reflux bench extract: " + problem);
                return ExitCode.INPUT;
            }
        } catch (IOException e) {
            err.println("reflux bench extract: cannot read " + paragraphs + ": " + NamesFile.reason(e));
            return ExitCode.INPUT;
        }
        if (limit > 0 && texts.size() > limit) {
            texts = texts.subList(0, limit);
        }
        if (texts.isEmpty()) {
            err.println("reflux bench extract: no paragraphs in " + paragraphs);
            return ExitCode.INPUT;
        }
        long chars = texts.stream().mapToLong(String::length).sum();
        out.printf(Locale.ROOT, "reflux bench extract: %d paragraphs (%.1f MB) from %s, 1 thread%n", texts.size(),
                chars / 1e6, paragraphs);
        long t0 = System.nanoTime();
        ParagraphExtractor x = ParagraphExtractor.standard();
        OrdJson ord = new OrdJson(null);
        ChemuSpans labeller = new ChemuSpans();
        double cold = pass(x, ord, labeller, texts, System.nanoTime() - t0);
        out.printf(Locale.ROOT, "  cold (incl. start-up)  %8.1f paragraphs/s%n", cold);
        for (int r = 1; r <= rounds; r++) {
            out.printf(Locale.ROOT, "  warm pass %d            %8.1f paragraphs/s%n", r, pass(x, ord, labeller, texts, 0));
        }
        // the same passes with the ChEMU compounds from the rules instead of the role model, side by side
        ChemuSpans rules = ChemuSpans.rulesOnly();
        for (int r = 1; r <= rounds; r++) {
            out.printf(Locale.ROOT, "  warm pass %d, rules only %8.1f paragraphs/s (ChEMU compounds without the role "
                    + "model)%n", r, pass(x, ord, rules, texts, 0));
        }
        return ExitCode.OK;
    }

    private static double pass(ParagraphExtractor x, OrdJson ord, ChemuSpans labeller, List<String> texts,
            long extraNanos) {
        long t = System.nanoTime();
        long sink = 0;
        for (String s : texts) {
            Extraction e = x.extract(s);
            sink += OrdJson.line(ord.reaction("r", e)).length();
            sink += labeller.of(e).size();
        }
        double secs = (System.nanoTime() - t + extraNanos) / 1e9;
        return sink < 0 ? 0 : texts.size() / secs;
    }
}
