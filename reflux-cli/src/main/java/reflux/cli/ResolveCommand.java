package reflux.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import reflux.identity.NameBatch;
import reflux.identity.NameResolver;
import reflux.model.identity.Resolution;
import reflux.text.TerminalText;

/**
 * {@code reflux resolve [--json] NAME... | --file names.txt}: each name to its structure, formula, masses, InChIKey,
 * CIP labels, source and assumptions. Exit 0 when every name resolved, 1 when any did not, 2 without names,
 * 3 when the names list cannot be read ({@link NamesFile}: a regular file or standard input, at most 5 MB). Above
 * {@link #PROGRESS_ABOVE} names a progress line goes to stderr every 5% (at most every 1000 names).
 */
@Command(name = "resolve", mixinStandardHelpOptions = true,
        description = "Resolve substance names to structures (SMILES, formula, masses, InChIKey, CIP labels, source, "
                + "assumptions). Exit 0 when all resolved, 1 when any did not, 2 without names, 3 unreadable file.")
final class ResolveCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print a JSON array of results.")
    boolean json;

    @Option(names = "--file", paramLabel = "FILE", description = "Read names from FILE, one per line "
            + "(blank lines and lines starting with # are skipped; - reads standard input). A regular file or "
            + "standard input, UTF-8, at most 5 MB.")
    Path file;

    @Parameters(paramLabel = "NAME", arity = "0..*", description = "Names as printed (quote names with spaces).")
    List<String> names = new ArrayList<>();

    /** Progress lines go to stderr above this many names (or above {@link #PROGRESS_ON_TERMINAL} interactively). */
    static final int PROGRESS_ABOVE = 1000;
    /** Progress threshold when the session is interactive ({@code System.console()} present). */
    static final int PROGRESS_ON_TERMINAL = 100;

    @Option(names = "--threads", paramLabel = "N", description = "Resolve on N threads (default: the processors, "
            + "${DEFAULT-VALUE}); each distinct name once, output in input order.")
    int threads = Runtime.getRuntime().availableProcessors();

    /** Where {@code --file -} reads from (tests replace it). */
    InputStream stdin = System.in;

    /** The resolver, built on first use (tests replace it). */
    Supplier<Function<String, Resolution>> resolver = () -> NameResolver.standard()::resolve;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<String> all = new ArrayList<>(names);
        if (file != null) {
            NamesFile.Result read = NamesFile.read(file, stdin, NamesFile.MAX_BYTES);
            if (read.problem() != null) {
                err.println("reflux resolve: " + read.problem());
                return ExitCode.INPUT;
            }
            all.addAll(read.names());
        }
        if (all.isEmpty()) {
            err.println("reflux resolve: no names given (NAME... or --file FILE)");
            err.println("Try 'reflux resolve --help'.");
            return ExitCode.USAGE;
        }
        boolean progress = all.size() > PROGRESS_ABOVE
                || System.console() != null && all.size() > PROGRESS_ON_TERMINAL;
        int every = Math.max(1, Math.min(1000, all.size() / 20));
        AtomicInteger reported = new AtomicInteger();
        List<Resolution> results = NameBatch.map(all, resolver.get(), threads, done -> {
            int bucket = done == all.size() ? Integer.MAX_VALUE : done / every;
            if (progress && bucket > reported.getAndAccumulate(bucket, Math::max)) {
                synchronized (err) {
                    err.println("reflux resolve: " + done + " of " + all.size() + " names");
                    err.flush();
                }
            }
        });
        if (json) {
            out.println(toJson(results));
        } else {
            results.forEach(r -> printText(out, r));
        }
        out.flush();
        return results.stream().allMatch(Resolution::isResolved) ? ExitCode.OK : ExitCode.FINDINGS;
    }

    /** JSON with exactly the field names of {@link Resolution}. */
    static String toJson(List<Resolution> results) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Resolution r : results) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", r.name());
            m.put("status", r.status().name());
            m.put("smiles", r.smiles());
            m.put("formula", r.formula());
            m.put("molarMass", r.molarMass());
            m.put("monoisotopicMass", r.monoisotopicMass());
            m.put("charge", r.charge());
            m.put("inchi", r.inchi());
            m.put("inchiKey", r.inchiKey());
            m.put("cip", r.cip());
            m.put("source", r.source());
            m.put("warnings", r.warnings());
            m.put("message", r.message());
            m.put("suggestions", r.suggestions());
            list.add(m);
        }
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(list);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    private static void printText(PrintWriter out, Resolution r) {
        // a pasted page of garbage is not echoed whole: the heading shows its start and its length
        String name = r.name() == null ? "" : r.name();
        out.println(t(name.length() <= 200 ? name : name.substring(0, 200)) + (name.length() <= 200 ? ""
                : "… (" + name.length() + " characters)"));
        line(out, "status", r.status().name());
        if (r.smiles() != null) {
            line(out, "SMILES", r.smiles());
            line(out, "formula", r.formula());
            line(out, "molar mass", String.format(Locale.ROOT, "%.3f g/mol", r.molarMass()));
            line(out, "monoisotopic", String.format(Locale.ROOT, "%.4f Da", r.monoisotopicMass()));
            line(out, "charge", String.valueOf(r.charge()));
            line(out, "InChIKey", r.inchiKey());
            line(out, "InChI", r.inchi());
            line(out, "CIP", r.cip().isEmpty() ? "(no stereocentres)" : String.join(" ", r.cip()));
            if (!r.cip().isEmpty()) {
                line(out, "stereo", reflux.chem.Locants.standard().describe(r.smiles(), r.cip()));
            }
        }
        if (r.source() != null) {
            line(out, "source", r.source());
        }
        if (r.message() != null) {
            line(out, "message", r.message());
        }
        r.warnings().forEach(w -> line(out, "warning", w));
        if (!r.suggestions().isEmpty()) {
            line(out, "did you mean", String.join(" | ", r.suggestions()));
        }
        out.println();
    }

    private static String t(String s) {
        return TerminalText.escape(s);
    }

    private static void line(PrintWriter out, String label, String value) {
        out.printf(Locale.ROOT, "  %-13s %s%n", label, value == null ? "-" : TerminalText.escape(value));
    }
}
