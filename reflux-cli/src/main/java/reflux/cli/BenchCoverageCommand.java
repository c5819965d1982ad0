package reflux.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import reflux.corpus.CorpusReader;
import reflux.corpus.CorpusRecord;
import reflux.corpus.Coverage;
import reflux.corpus.DerivedRules;
import reflux.corpus.RecordProcessor;
import reflux.corpus.RuleMatcher;
import reflux.engine.Rule;
import reflux.engine.RuleLibrary;
import reflux.extract.ParagraphExtractor;
import reflux.identity.NameResolver;

/**
 * {@code reflux bench coverage [--ord FILE] [--folds K]}: execution coverage of the extracted routes (issue 12/15:
 * the share of records with a stored product whose extracted route executes to it, same InChIKey) three ways — the
 * shipped templates (derived from these records: in-sample), k-fold held out (each fold's records executed with
 * templates derived from the other folds only), and the engine's hand-written reaction rules alone — each with its
 * verdict counts (the reasons for the rest).
 */
@Command(name = "coverage", mixinStandardHelpOptions = true,
        description = "Execution coverage in-sample, k-fold held out and with the hand-written rules only.")
final class BenchCoverageCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--ord", paramLabel = "FILE", description = "Corpus (default: "
            + "../shared/data/uspto-ord-dev/reactions.jsonl.gz above the working directory).")
    Path ord;

    @Option(names = "--folds", defaultValue = "5", description = "k of the k-fold held-out figure (default 5).")
    int folds;

    @Option(names = "--limit", defaultValue = "0", description = "Use the first N records (default: all).")
    int limit;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
    Integer threads;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path data = ord != null ? ord : BenchCorpusCommand.BenchNamesCommandData.find();
        if (data == null || !Files.isRegularFile(data)) {
            err.println("reflux bench coverage: no corpus found; give --ord FILE");
            return ExitCode.INPUT;
        }
        if (folds < 2) {
            err.println("reflux bench coverage: --folds must be at least 2");
            return ExitCode.USAGE;
        }
        List<CorpusRecord> records = CorpusReader.read(data);
        if (limit > 0 && records.size() > limit) {
            records = records.subList(0, limit);
        }
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : Math.max(1, threads);
        ParagraphExtractor x = ParagraphExtractor.standard();
        NameResolver resolver = NameResolver.fresh();
        DerivedRules hand = handWritten();
        Function<DerivedRules, RecordProcessor> processors = rules -> new RecordProcessor(x, resolver::resolve,
                rules == hand ? RuleMatcher.recomputingHydrogens(rules) : new RuleMatcher(rules));
        out.printf(Locale.ROOT, "reflux bench coverage: %d records of %s (share = records whose extracted route "
                + "executes to the stored product, same InChIKey / records with a stored product)%n", records.size(),
                data.getFileName());
        long t0 = System.nanoTime();
        print(out, Coverage.of("shipped templates (in-sample)", records, DerivedRules.standard(), processors, n), t0);
        t0 = System.nanoTime();
        print(out, Coverage.heldOut(records, folds, processors, n), t0);
        t0 = System.nanoTime();
        print(out, Coverage.of("hand-written rules only", records, hand, processors, n), t0);
        return ExitCode.OK;
    }

    /**
     * The engine's reaction rules (rules.yaml) as templates for the corpus matcher: their SMIRKS applied to the pot
     * of resolved reactants; the engine's reagent requirements are not checked here.
     */
    static DerivedRules handWritten() {
        return new DerivedRules(RuleLibrary.standard().rules().stream().filter(Rule::isReaction)
                .map(r -> new DerivedRules.Template(r.id(), r.smirks(), List.of())).toList());
    }

    private static void print(PrintWriter out, Coverage.Figure f, long t0) {
        out.printf(Locale.ROOT, "  %-32s %5.1f %%  (%d of %d with a stored product; %d templates; %.0f s)%n", f.name(),
                100 * f.share(), f.matched(), f.stored(), f.templates(), (System.nanoTime() - t0) / 1e9);
        f.verdicts().entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
                .forEach(e -> out.printf(Locale.ROOT, "      %-16s %5d  %5.1f %%%n", e.getKey(), e.getValue(),
                        100.0 * e.getValue() / Math.max(1, f.stored())));
        out.flush();
    }
}
