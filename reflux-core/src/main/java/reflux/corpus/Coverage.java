package reflux.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Execution coverage of a corpus — the share of records with a stored product whose extracted route executes to it
 * (same standard InChIKey; {@code verdict = MATCH}, as {@link CorpusSummary} counts it) — measured three ways so the
 * in-sample figure is not mistaken for a held-out one: with the shipped templates (derived from these very records,
 * in-sample), k-fold held out (records at position {@code index % k == f} processed with templates derived from the
 * other folds only), and with a fixed rule set (e.g. the engine's hand-written rules). Stateless; thread-safe.
 *
 * <pre>{@code
 * Coverage.Figure held = Coverage.heldOut(records, 5, rules -> processorFor(rules), 2);
 * held.share(); // matched / with a stored product
 * }</pre>
 */
public final class Coverage {
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One coverage figure.
     *
     * @param name      what was measured
     * @param templates templates used (for k-fold: their mean over the folds)
     * @param records   records processed
     * @param stored    records with a stored product (the denominator)
     * @param matched   of those, records whose extracted route executes to it
     * @param verdicts  verdict → records, over the records with a stored product (the reasons for the rest)
     */
    public record Figure(String name, int templates, int records, int stored, int matched,
            Map<String, Integer> verdicts) {
        public Figure {
            verdicts = Map.copyOf(verdicts);
        }

        /** {@code matched / stored} (0 when nothing had a stored product). */
        public double share() {
            return stored == 0 ? 0 : (double) matched / stored;
        }
    }

    private Coverage() {
    }

    /** Processes {@code records} with processors over {@code rules} (one per thread) and counts. */
    public static Figure of(String name, List<CorpusRecord> records, DerivedRules rules,
            Function<DerivedRules, RecordProcessor> processors, int threads) {
        Tally t = new Tally();
        t.add(process(records, rules, processors, threads));
        return t.figure(name, rules.rules().size());
    }

    /**
     * k-fold held out: fold {@code f} holds the records whose input position is {@code f} modulo {@code k}; its
     * records are processed with templates derived ({@link RuleDerivation}) from the other folds' records only.
     */
    public static Figure heldOut(List<CorpusRecord> records, int k, Function<DerivedRules, RecordProcessor> processors,
            int threads) {
        if (k < 2) {
            throw new IllegalArgumentException("k-fold needs k >= 2");
        }
        Tally t = new Tally();
        long templates = 0;
        for (int f = 0; f < k; f++) {
            List<CorpusRecord> train = new ArrayList<>();
            List<CorpusRecord> test = new ArrayList<>();
            for (CorpusRecord r : records) {
                (r.index() % k == f ? test : train).add(r);
            }
            DerivedRules rules = RuleDerivation.derive(train).rules();
            templates += rules.rules().size();
            t.add(process(test, rules, processors, threads));
        }
        return t.figure(k + "-fold held out", (int) (templates / k));
    }

    private static List<CorpusRow> process(List<CorpusRecord> records, DerivedRules rules,
            Function<DerivedRules, RecordProcessor> processors, int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread th = new Thread(r, "reflux-coverage");
            th.setDaemon(true);
            return th;
        });
        ThreadLocal<RecordProcessor> local = ThreadLocal.withInitial(() -> processors.apply(rules));
        try {
            List<Future<CorpusRow>> fs = new ArrayList<>(records.size());
            for (CorpusRecord r : records) {
                fs.add(pool.submit(() -> local.get().process(r)));
            }
            List<CorpusRow> rows = new ArrayList<>(records.size());
            for (Future<CorpusRow> f : fs) {
                rows.add(f.get());
            }
            return rows;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a coverage worker failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Counts rows as {@link CorpusSummary} does. */
    private static final class Tally {
        int records;
        int stored;
        int matched;
        final Map<String, Integer> verdicts = new TreeMap<>();

        void add(List<CorpusRow> rows) {
            for (CorpusRow row : rows) {
                JsonNode r;
                try {
                    r = JSON.readTree(row.json());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                records++;
                if (!"stored".equals(r.path("execution").path("target").asText())) {
                    continue;
                }
                stored++;
                String v = r.path("verdict").asText();
                verdicts.merge(v, 1, Integer::sum);
                if ("MATCH".equals(v)) {
                    matched++;
                }
            }
        }

        Figure figure(String name, int templates) {
            return new Figure(name, templates, records, stored, matched, verdicts);
        }
    }
}
