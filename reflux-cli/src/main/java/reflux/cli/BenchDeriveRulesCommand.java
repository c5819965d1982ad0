package reflux.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import reflux.corpus.CorpusReader;
import reflux.corpus.CorpusRecord;
import reflux.corpus.HeldOut;
import reflux.corpus.Partitions;
import reflux.corpus.RuleDerivation;

/**
 * {@code reflux bench derive-rules --ord FILE [--write TSV]}: derives the reaction-centre templates of the ORD
 * records' atom-mapped reactions (the shipped {@code reflux/rules/derived-uspto.tsv} is this command's output over
 * the dev corpus), and measures them held out: templates derived from four fifths of the records (input position
 * not divisible by 5) applied to the mapped reactants of the other fifth, against each record's stored product.
 */
@Command(name = "derive-rules", mixinStandardHelpOptions = true,
        description = "Derive reaction-centre SMIRKS templates from ORD mapped reactions; held-out coverage.")
final class BenchDeriveRulesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--ord", paramLabel = "FILE", required = true, description = "ORD reactions JSONL(.gz).")
    Path ord;

    @Option(names = "--write", paramLabel = "TSV", description = "Write the templates of all records here.")
    Path write;

    @Option(names = "--no-holdout", description = "Skip the held-out measurement.")
    boolean noHoldout;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<CorpusRecord> records;
        try {
            records = CorpusReader.read(ord);
        } catch (IOException e) {
            err.println("reflux bench derive-rules: " + ord + ": " + NamesFile.reason(e));
            return ExitCode.INPUT;
        }
        long t0 = System.nanoTime();
        RuleDerivation.Outcome all = RuleDerivation.derive(records);
        out.printf(Locale.ROOT, "reflux bench derive-rules: %d records → %d templates (%d from more than one record) "
                + "in %.1f s%n", records.size(), all.rules().rules().size(),
                all.rules().rules().stream().filter(t -> t.sources().size() > 1).count(), (System.nanoTime() - t0) / 1e9);
        all.failures().entrySet().stream().sorted(Map.Entry.comparingByValue((a, b) -> b - a))
                .forEach(e -> out.printf(Locale.ROOT, "  no template: %-60s %5d%n", e.getKey(), e.getValue()));
        if (write != null) {
            try {
                StringWriter w = new StringWriter();
                RuleDerivation.write(all.rules(), ord.getFileName() + " (" + records.size() + " records)", w);
                Partitions.atomicWrite(write, w.toString().getBytes(StandardCharsets.UTF_8));
                out.println("  written to " + write);
            } catch (IOException e) {
                err.println("reflux bench derive-rules: cannot write " + write + ": " + NamesFile.reason(e));
                return ExitCode.INPUT;
            }
        }
        if (!noHoldout) {
            t0 = System.nanoTime();
            HeldOut.Result h = HeldOut.evaluate(records, 5);
            out.printf(Locale.ROOT, "  held out (train: index %% 5 != 0, %d templates; test: index %% 5 == 0): "
                    + "%d of %d records execute to their stored product (%.1f %%) in %.1f s%n", h.templates(), h.matched(),
                    h.tested(), 100.0 * h.matched() / Math.max(1, h.tested()), (System.nanoTime() - t0) / 1e9);
            Map<String, Integer> why = new TreeMap<>(h.reasons());
            why.forEach((k, v) -> out.printf(Locale.ROOT, "    %-40s %5d%n", k, v));
        }
        return ExitCode.OK;
    }

}
