package reflux.extract.patent;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import reflux.extract.ParagraphExtractor;
import reflux.extract.QuantityScanner;
import reflux.extract.Span;
import reflux.model.route.Analytics;
import reflux.model.route.Operation;
import reflux.model.route.Outcome;
import reflux.model.route.Provenance;
import reflux.model.route.Route;
import reflux.model.route.Stage;
import reflux.model.route.Step;
import reflux.route.RouteStructures;

/**
 * A patent's full text → one route file per example: {@link PatentSections} finds the examples, stages and steps;
 * {@link ProcedureReader} reads each procedure paragraph into operations; {@link OutcomeReader} the products;
 * {@link AnalyticsReader} the NMR/IR/MS/HPLC lines; {@link SubstanceTable} gives every resolving name one substance
 * and follows cross-references ("the title compound", "bromo intermediate ... as obtained above", "Solution B was
 * added to solution A", "stage-I product"). Every value keeps its character offsets in its provenance; what is not
 * understood is listed, never guessed. Never throws for any text.
 *
 * <pre>{@code
 * PatentExtraction x = PatentExtractor.standard().extract("001_e911f9fb6bcc0e2c", text);
 * x.routes(); x.unparsed();
 * }</pre>
 *
 * <p>Thread-safe: each call builds its own tables.
 */
public final class PatentExtractor {

    private static final Pattern TITLE_PRODUCT = Pattern.compile(
            "^(?:PREPARATION|Preparation|SYNTHESIS|Synthesis)\\s+(?:OF|of)\\s+(?:THE\\s+|the\\s+)?(.+?)"
            + "(?:\\s+\\(([^()]+)\\))?\\s*:?$");
    private static final Pattern TITLE_STREAM = Pattern.compile("\\((?:SOLUTION|Solution)\\s+([A-Z])\\)\\s*:?$");
    private static final Pattern SOLUTION_ALIAS = Pattern.compile("^(?:SOLUTION|Solution)\\s+[A-Z]$");

    private final ParagraphExtractor paragraphs;
    private final RouteStructures structures;
    private final ActionWords words;
    private final QuantityScanner scanner;
    private final Referents referents;

    /** An extractor reading paragraphs with {@code paragraphs} and resolving names with {@code structures}. */
    public PatentExtractor(ParagraphExtractor paragraphs, RouteStructures structures) {
        this.paragraphs = Objects.requireNonNull(paragraphs, "paragraphs");
        this.structures = Objects.requireNonNull(structures, "structures");
        this.words = ActionWords.standard();
        this.scanner = new QuantityScanner(paragraphs.lexicon());
        this.referents = Referents.standard();
    }

    /** The shipped tables and the standard resolver. */
    public static PatentExtractor standard() {
        return new PatentExtractor(ParagraphExtractor.standard(), RouteStructures.standard());
    }

    /**
     * Routes for every example of {@code text}; {@code document} is the file name without {@code .txt} (used in
     * provenance and route ids).
     */
    public PatentExtraction extract(String document, String text) {
        String t = text == null ? "" : text;
        List<PatentSections.Example> examples = PatentSections.examples(t);
        List<Route> routes = new ArrayList<>();
        List<Unparsed> unparsed = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        if (examples.isEmpty()) {
            messages.add("no example found: no 'Example N', 'Preparation of ...' or 'Preparation N' heading before "
                    + "the claims");
        }
        Set<String> ids = new HashSet<>();
        SubstanceTable names = new SubstanceTable(structures);
        DocumentStereo stereo = examples.isEmpty() ? DocumentStereo.none() : DocumentStereo.of(t, names::resolveName);
        Map<String, Route> built = new LinkedHashMap<>();
        for (PatentSections.Example ex : examples) {
            Route r = example(document, t, ex, unparsed, stereo, built);
            if (r.stages().isEmpty()) {
                messages.add("Example " + ex.label() + " (offset " + ex.heading().start() + "): no procedure understood; "
                        + "no route written");
                continue;
            }
            if (ids.add(r.id())) {
                routes.add(r);
                built.putIfAbsent(ex.label().toUpperCase(java.util.Locale.ROOT), r);
            } else {
                messages.add("Example " + ex.label() + " is printed twice; the second one is not written");
            }
        }
        return new PatentExtraction(routes, unparsed, messages);
    }

    private Route example(String document, String t, PatentSections.Example ex, List<Unparsed> unparsed,
                          DocumentStereo stereo, Map<String, Route> built) {
        SubstanceTable table = new SubstanceTable(structures);
        Set<String> streams = new HashSet<>();
        Map<String, String> outcomeOf = new LinkedHashMap<>();
        OutcomeReader outcomes = new OutcomeReader(scanner);
        ProcedureReader reader = new ProcedureReader(paragraphs, words, outcomes, scanner, referents);
        String exLoc = "Example " + ex.label();
        if (ex.title() != null) {
            String id = titleProduct(ex.title(), table, document, exLoc, streams, null);
            table.title(id);
        }
        List<Stage> stages = new ArrayList<>();
        int si = 0;
        for (PatentSections.Stage st : ex.stages()) {
            si++;
            String stageId = st.label() != null ? st.label() : String.valueOf(si);
            String loc = exLoc + (st.label() != null ? ", Stage " + st.label() : "");
            List<Step> steps = new ArrayList<>();
            List<Outcome> outs = new ArrayList<>();
            String lastTitleProduct = null;
            int pi = 0;
            for (PatentSections.Step sp : st.steps()) {
                String stepId = sp.label() != null ? sp.label() : String.valueOf((char) ('A' + pi));
                pi++;
                String stepLoc = loc + (sp.label() != null ? ", Step " + sp.label() : "");
                String[] stream = new String[1];
                String titled = sp.title() == null ? null
                        : titleProduct(sp.title(), table, document, stepLoc, streams, stream);
                if (titled != null) {
                    lastTitleProduct = titled;
                    if (sp.label() != null) {
                        table.section("step", sp.label(), titled);
                    }
                    if (ex.title() == null && si == ex.stages().size()) {
                        table.title(titled);
                    }
                }
                List<ProcedureReader.Citation> citations = new ArrayList<>();
                ProcedureReader.Context ctx = new ProcedureReader.Context(document, ex.label(), stepLoc, table,
                        streams, outcomeOf, unparsed, citations);
                List<Operation> ops = new ArrayList<>();
                List<OutcomeReader.Found> found = new ArrayList<>();
                for (Span p : sp.paragraphs()) {
                    reader.read(p, ctx, ops, found);
                }
                Inheritance.apply(citations, built, stageId, si - 1, ctx, ops);
                if (stream[0] != null && !ops.isEmpty()) {
                    Operation last = ops.remove(ops.size() - 1);
                    ops.add(new Operation(last.type(), last.charges(), last.conditions(), last.details(), stream[0],
                            last.source()));
                    streams.add(stream[0]);
                }
                List<Outcome> stepOuts = new ArrayList<>();
                for (OutcomeReader.Found f : found) {
                    String oid = unique(f.substance() + "-isolated", outcomeOf);
                    stepOuts.add(new Outcome(oid, f.substance(), true, f.amounts(), f.yield(),
                            f.purity() == null ? Analytics.NONE : new Analytics(null, null, null, List.of(), List.of(),
                                    null, List.of(), f.purity(), f.source()), List.of(), f.source()));
                    outcomeOf.put(f.substance(), oid);
                }
                if (!sp.analytics().isEmpty()) {
                    List<Span> bad = new ArrayList<>();
                    if (stepOuts.isEmpty() && titled != null) {
                        String oid = unique(titled + "-isolated", outcomeOf);
                        stepOuts.add(new Outcome(oid, titled, true, List.of(), null, Analytics.NONE,
                                List.of("No isolated amount understood; the analytical data are printed for it."),
                                Provenance.NONE));
                        outcomeOf.put(titled, oid);
                    }
                    if (stepOuts.isEmpty()) {
                        for (Span a : sp.analytics()) {
                            unparsed.add(new Unparsed(ex.label(), a.start(), a.end(), a.text(),
                                    "analytical data with no product to attach them to"));
                        }
                    } else {
                        Outcome last = stepOuts.remove(stepOuts.size() - 1);
                        Analytics an = AnalyticsReader.read(document, stepLoc, sp.analytics(),
                                last.analytics().hplcPurity(), bad);
                        stepOuts.add(new Outcome(last.id(), last.substance(), last.isolated(), last.amounts(),
                                last.statedYield(), an, last.notes(), last.source()));
                        for (Span a : bad) {
                            unparsed.add(new Unparsed(ex.label(), a.start(), a.end(), a.text(),
                                    "analytical line not understood"));
                        }
                    }
                }
                outs.addAll(stepOuts);
                if (ops.isEmpty() && stepOuts.isEmpty()) {
                    continue;
                }
                Span head = sp.heading() != null ? sp.heading() : sp.title();
                steps.add(new Step(stepId, sp.title() == null ? null : sp.title().text(), ops,
                        head == null ? Provenance.NONE : new Provenance(document, stepLoc, head.text(), head.start(),
                                head.end())));
            }
            if (steps.isEmpty()) {
                continue;
            }
            String product = !outs.isEmpty() ? outs.get(outs.size() - 1).substance() : lastTitleProduct;
            if (product != null && st.label() != null) {
                table.section("stage", st.label(), product);
            }
            Span head = st.heading() != null ? st.heading() : st.title();
            String name = st.title() != null ? st.title().text() : null;
            stages.add(new Stage(stageId, name, List.of(), List.of(), product, steps, outs, false, List.of(),
                    head == null ? Provenance.NONE : new Provenance(document, loc, head.text(), head.start(), head.end())));
        }
        for (String id : table.ids()) {
            stereo.assume(table.resolution(id)).ifPresent(a -> table.override(id, a.smiles(), a.note()));
        }
        String title = "Example " + ex.label() + (ex.title() != null ? ": " + ex.title().text() : "")
                + " (extracted from " + document + ")";
        List<String> notes = List.of("Extracted by 'reflux extract' from " + document + ".txt; passages not understood "
                + "are listed in unparsed.json, not guessed.");
        return new Route("reflux.route/1", SubstanceTable.slug(document).replaceFirst("^s-", "")
                + "-example-" + ex.label().toLowerCase(java.util.Locale.ROOT), title, List.of(document + ".txt"),
                Route.Kind.EXAMPLE, table.substances(), stages, List.of(), notes);
    }

    /** The product a title names ("PREPARATION OF X (ALIAS)"); registers the alias and the stream it makes. */
    private static String titleProduct(Span title, SubstanceTable table, String document, String loc,
                                       Set<String> streams, String[] stream) {
        String s = title.text().strip();
        Matcher sm = TITLE_STREAM.matcher(s);
        if (sm.find() && stream != null) {
            stream[0] = "solution-" + sm.group(1);
        }
        Matcher m = TITLE_PRODUCT.matcher(s);
        if (!m.matches()) {
            return null;
        }
        String name = m.group(1).strip();
        Provenance p = new Provenance(document, loc, title.text(), title.start(), title.end());
        String id = table.add(name, null, p);
        if (id != null && m.group(2) != null && !SOLUTION_ALIAS.matcher(m.group(2).strip()).matches()) {
            table.alias(m.group(2), id);
        }
        return id;
    }

    private static String unique(String base, Map<String, String> taken) {
        String id = base;
        for (int i = 2; taken.containsValue(id); i++) {
            id = base + "-" + i;
        }
        return id;
    }
}
