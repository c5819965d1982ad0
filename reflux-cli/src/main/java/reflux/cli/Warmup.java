package reflux.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.Set;
import reflux.chem.FactsStore;
import reflux.chem.PersistentCache;
import reflux.engine.RuleLibrary;
import reflux.identity.ResolutionCache;
import reflux.route.io.RouteSchema;

/**
 * Start-up overlap for a fresh {@code reflux} process: while the main thread parses the command line and reads the
 * route file, a second thread builds what the command will need next and that does not depend on its input — the
 * compiled route schema, the rule library, CDK's and the InChI library's first use. Nothing is skipped or
 * precomputed: the main thread does the same calls and finds them done (or waits on the class/lock initialising
 * them). Failures here are ignored; the main thread meets and reports them itself.
 */
final class Warmup {

    /** {@code -Dreflux.warmup=false} turns the warm-up off (to measure what it gains). */
    static final String PROPERTY = "reflux.warmup";

    private static final Set<String> ROUTE_COMMANDS = Set.of("check", "run", "audit", "validate", "show");
    private static final Set<String> EXECUTING = Set.of("check", "run");
    /** The commands whose reports the persistent memo keeps ({@link CheckMemo}). */
    private static final Set<String> MEMOIZED = Set.of("check", "audit");

    private Warmup() {
    }

    /**
     * Starts the warm-up thread for the command named first in {@code args} (no thread for other commands). Not for
     * {@code check} and {@code audit} with the persistent memo on: their reports may all come from the memo, which
     * needs none of this; they start it themselves ({@link #startFor}) when a file is not memoized.
     */
    static void start(String[] args) {
        String command = Main.commandName(args);
        if (command == null || MEMOIZED.contains(command) && PersistentCache.folderFromEnvironment().isPresent()) {
            return;
        }
        startFor(command);
    }

    /** Starts the warm-up thread for {@code command} (no thread for commands that read no route). */
    static void startFor(String command) {
        if (!ROUTE_COMMANDS.contains(command) || "false".equals(System.getProperty(PROPERTY))) {
            return;
        }
        boolean executing = EXECUTING.contains(command);
        Thread t = new Thread(() -> run(executing), "reflux-warmup");
        t.setDaemon(true);
        t.start();
    }

    /** The warm-up work itself (also run by {@code bench train}, so that its classes are archived). */
    static void run(boolean executing) {
        try {
            // a minimal valid route: compiling the schema is the point; producing messages is not
            RouteSchema.validate(JsonNodeFactory.instance.objectNode().put("schema", "reflux.route/1")
                    .put("id", "warm-up").put("kind", "example"));
            if (executing) {
                ResolutionCache.codeKey();
                RuleLibrary.standard();
                // through the facts store: with a filled persistent cache this needs neither CDK nor the InChI library
                FactsStore.standard().facts("C[C@@H](C(=O)O)N");
            }
        } catch (Exception | LinkageError e) {
            // warming only: the command itself reports any real problem
        }
    }
}
