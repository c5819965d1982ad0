package reflux.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

/**
 * The local engine of a corpus run: the unfinished partitions processed by {@code threads} worker threads, each
 * with its own {@link RecordProcessor} (from the supplier; the resolver and extractor behind them shared), each
 * partition written and marked by {@link Partitions}, then merged into {@code rows.jsonl} and copied to
 * {@code rows.parquet} ({@link ParquetRows}). Thread-safe to call; no state between calls.
 *
 * <pre>{@code
 * new LocalEngine(2, processors).run(records, Path.of("out"), 25, false, done -> {});
 * }</pre>
 */
public final class LocalEngine {
    private final int threads;
    private final Supplier<RecordProcessor> processors;

    /** An engine with {@code threads} workers (≥ 1), each taking a processor from {@code processors}. */
    public LocalEngine(int threads, Supplier<RecordProcessor> processors) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        this.threads = threads;
        this.processors = processors;
    }

    /**
     * Processes every unfinished partition of {@code records} into {@code dir} and merges them; {@code progress}
     * hears the number of records done after each record. Returns how many partitions it ran (the rest were finished).
     */
    public int run(List<CorpusRecord> records, Path dir, int partitions, IntConsumer progress) throws IOException {
        List<List<CorpusRecord>> parts = Partitions.split(records, partitions);
        List<Integer> todo = new ArrayList<>();
        AtomicInteger done = new AtomicInteger();
        for (int k = 0; k < parts.size(); k++) {
            if (Partitions.isFinished(dir, k)) {
                done.addAndGet(parts.get(k).size());
            } else {
                todo.add(k);
            }
        }
        progress.accept(done.get());
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "reflux-corpus");
            t.setDaemon(true);
            return t;
        });
        ThreadLocal<RecordProcessor> local = ThreadLocal.withInitial(processors);
        try {
            List<Future<?>> fs = new ArrayList<>();
            for (int k : todo) {
                List<CorpusRecord> part = parts.get(k);
                fs.add(pool.submit(() -> {
                    RecordProcessor p = local.get();
                    List<CorpusRow> rows = new ArrayList<>(part.size());
                    for (CorpusRecord r : part) {
                        rows.add(p.process(r));
                        progress.accept(done.incrementAndGet());
                    }
                    try {
                        Partitions.write(dir, k, rows);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    return null;
                }));
            }
            for (Future<?> f : fs) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof UncheckedIOException u) {
                        throw u.getCause();
                    }
                    throw new IllegalStateException("a corpus worker failed", e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted", e);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        Partitions.merge(dir, parts.size());
        ParquetRows.write(dir.resolve("rows.jsonl"), dir.resolve("rows.parquet"), RowSchema.standard());
        return todo.size();
    }
}
