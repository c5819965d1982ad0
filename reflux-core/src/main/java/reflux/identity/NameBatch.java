package reflux.identity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * A batch of names answered by one function, each distinct name once, on up to {@code threads} threads of a pool
 * of its own (never the common pool), results in input order. For resolvers that are thread-safe, such as
 * {@link NameResolver}: OPSIN, CDK's parser (one per thread) and the caches run in parallel; only the InChI library,
 * which is not re-entrant, is entered by one thread at a time.
 *
 * <pre>{@code
 * List<Resolution> rs = NameBatch.map(names, resolver::resolve, 2, done -> { });
 * }</pre>
 */
public final class NameBatch {

    private NameBatch() {
    }

    /**
     * {@code fn} of every name, in the order of {@code names}; each distinct name is computed once. {@code done}
     * hears how many of {@code names} (repeats counted) are answered so far, after each distinct name (from
     * whichever thread finished it; may be called concurrently; the last call says {@code names.size()}).
     * {@code threads} below 2 computes on the calling thread.
     */
    public static <T> List<T> map(List<String> names, Function<String, T> fn, int threads, IntConsumer done) {
        Map<String, Integer> index = new HashMap<>();
        List<String> distinct = new ArrayList<>();
        List<Integer> repeats = new ArrayList<>();
        for (String n : names) {
            Integer known = index.putIfAbsent(n, distinct.size());
            if (known == null) {
                distinct.add(n);
                repeats.add(1);
            } else {
                repeats.set(known, repeats.get(known) + 1);
            }
        }
        Object[] results = new Object[distinct.size()];
        AtomicInteger finished = new AtomicInteger();
        IntConsumer one = i -> {
            results[i] = fn.apply(distinct.get(i));
            done.accept(finished.addAndGet(repeats.get(i)));
        };
        if (threads < 2 || distinct.size() < 2) {
            for (int i = 0; i < results.length; i++) {
                one.accept(i);
            }
        } else {
            ForkJoinPool pool = new ForkJoinPool(threads);
            try {
                pool.submit(() -> IntStream.range(0, results.length).parallel().forEach(one)).get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while resolving a batch of names", e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r
                        : new IllegalStateException("resolving a batch of names failed", e.getCause());
            } finally {
                pool.shutdown();
            }
        }
        List<T> out = new ArrayList<>(names.size());
        for (String n : names) {
            @SuppressWarnings("unchecked")
            T t = (T) results[index.get(n)];
            out.add(t);
        }
        return out;
    }
}
