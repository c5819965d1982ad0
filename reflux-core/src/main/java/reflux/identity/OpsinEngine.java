package reflux.identity;

import java.util.List;
import uk.ac.cam.ch.wwmm.opsin.NameToStructure;
import uk.ac.cam.ch.wwmm.opsin.NameToStructureConfig;
import uk.ac.cam.ch.wwmm.opsin.OpsinResult;
import uk.ac.cam.ch.wwmm.opsin.OpsinWarning;

/**
 * OPSIN 2.9.0, initialised on first use only (≈0.7 s), so names the dictionary answers never pay for it.
 * OPSIN's {@link NameToStructure} is documented thread-safe; one instance is shared.
 */
final class OpsinEngine {

    /** SMILES (null when OPSIN fails), OPSIN's message on failure, and its warnings. */
    record Parse(String smiles, String message, List<String> warnings) {
        boolean ok() {
            return smiles != null;
        }
    }

    private OpsinEngine() {
    }

    private static volatile boolean loaded;

    /** Holder idiom: the JVM initialises OPSIN when {@link #parse} first touches this class. */
    private static final class Holder {
        static final NameToStructure N2S = NameToStructure.getInstance();

        static {
            loaded = true;
        }
    }

    /** True once OPSIN has been initialised in this JVM (start-up diagnostics and tests). */
    static boolean loaded() {
        return loaded;
    }

    /**
     * One parse without OPSIN's detailed failure analysis (which costs a second pass over a failing name): the cheap
     * probe every layer tries first. On failure the message is OPSIN's short one; {@link #explain} gives the detail.
     */
    static Parse parse(String name) {
        return parse(name, false);
    }

    /** Why OPSIN cannot parse a name, with its detailed failure analysis (only for the final message). */
    static String explain(String name) {
        Parse p = parse(name, true);
        return p.ok() ? null : p.message();
    }

    private static Parse parse(String name, boolean detailed) {
        OpsinResult result;
        if (detailed) {
            NameToStructureConfig config = new NameToStructureConfig();
            config.setDetailedFailureAnalysis(true);
            result = Holder.N2S.parseChemicalName(name, config);
        } else {
            result = Holder.N2S.parseChemicalName(name);
        }
        // getSmiles() writes the SMILES anew on every call: once only
        String smiles = result.getStatus() == OpsinResult.OPSIN_RESULT_STATUS.FAILURE ? null : result.getSmiles();
        if (smiles == null) {
            return new Parse(null, result.getMessage(), List.of());
        }
        List<String> warnings = result.getWarnings().stream().map(OpsinEngine::describe).toList();
        return new Parse(smiles, null, warnings);
    }

    private static String describe(OpsinWarning w) {
        return "OPSIN: " + w.getType() + " " + w.getMessage();
    }
}
