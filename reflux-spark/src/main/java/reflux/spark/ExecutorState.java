package reflux.spark;

import reflux.corpus.DerivedRules;
import reflux.corpus.RecordProcessor;
import reflux.corpus.RuleMatcher;
import reflux.corpus.RulePlan;
import reflux.extract.ParagraphExtractor;
import reflux.identity.NameResolver;

/**
 * What an executor JVM shares between its Spark tasks: one extractor, the corpus resolver
 * ({@link NameResolver#bulk()}, its bounded caches) and the templates' {@link RulePlan}, with one
 * {@link RecordProcessor} per task thread (a matcher is not thread-safe). Built on first use in each executor — Spark ships no objects of these; the holder is the JVM-wide cache Spark jobs use instead.
 */
final class ExecutorState {
    private static final class Holder {
        static final ParagraphExtractor EXTRACTOR = ParagraphExtractor.standard();
        static final RulePlan PLAN = RulePlan.of(DerivedRules.standard());
        static final ThreadLocal<RecordProcessor> PROCESSORS = ThreadLocal.withInitial(() ->
                new RecordProcessor(EXTRACTOR, NameResolver.bulk()::resolve, new RuleMatcher(PLAN)));
    }

    private ExecutorState() {
    }

    /** The calling task thread's processor. */
    static RecordProcessor processor() {
        return Holder.PROCESSORS.get();
    }
}
