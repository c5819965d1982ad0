package reflux.spark;

import java.util.concurrent.ConcurrentLinkedQueue;
import reflux.corpus.DerivedRules;
import reflux.corpus.RecordProcessor;
import reflux.corpus.RuleMatcher;
import reflux.corpus.RulePlan;
import reflux.extract.ParagraphExtractor;
import reflux.identity.NameResolver;

/**
 * What an executor JVM shares between its Spark tasks: one extractor, the corpus resolver
 * ({@link NameResolver#bulk()}, its bounded caches) and the templates' {@link RulePlan}, with one
 * {@link RecordProcessor} per task thread (a matcher is not thread-safe). Built on first use in each executor (Spark
 * ships no objects of these; the holder is the JVM-wide cache Spark jobs use instead), or ahead of the first task by
 * {@link #prepare} where the driver's JVM runs the tasks (local mode).
 */
final class ExecutorState {
    private static final class Holder {
        static final ParagraphExtractor EXTRACTOR = ParagraphExtractor.standard();
        static final RulePlan PLAN = RulePlan.of(DerivedRules.standard());
        /** Processors built ahead by {@link #prepare}, each taken by the first task thread that finds it. */
        static final ConcurrentLinkedQueue<RecordProcessor> READY = new ConcurrentLinkedQueue<>();
        static final ThreadLocal<RecordProcessor> PROCESSORS = ThreadLocal.withInitial(() -> {
            RecordProcessor ready = READY.poll();
            return ready != null ? ready : newProcessor();
        });

        static RecordProcessor newProcessor() {
            return new RecordProcessor(EXTRACTOR, NameResolver.bulk()::resolve, new RuleMatcher(PLAN));
        }
    }

    private ExecutorState() {
    }

    /**
     * Builds the shared state and {@code threads} processors now, for the task threads of this JVM to take (a
     * processor is handed over through a concurrent queue and then used by its one thread only).
     */
    static void prepare(int threads) {
        for (int i = 0; i < threads; i++) {
            Holder.READY.add(Holder.newProcessor());
        }
    }

    /** The calling task thread's processor. */
    static RecordProcessor processor() {
        return Holder.PROCESSORS.get();
    }
}
