package reflux.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An {@link Extraction} as ChEMU 2020 entity spans (STARTING_MATERIAL, REAGENT_CATALYST, SOLVENT, OTHER_COMPOUND,
 * REACTION_PRODUCT, TEMPERATURE, TIME, YIELD_PERCENT, YIELD_OTHER, EXAMPLE_LABEL), offsets into the text, no two
 * overlapping. Thread-safe.
 */
public final class ChemuSpans {
    /** One labelled span. */
    public record Labelled(String label, Span span) {
    }

    private static final Pattern EXAMPLE = Pattern.compile("(?:\\b(?:Example|EXAMPLE|Step|STEP|Intermediate|"
            + "INTERMEDIATE|Preparation|PREPARATION|Core|Reference Example|Preparative Example|Synthesis Example|"
            + "Production Example|Comparative Example)\\s+|^\\s*[\\[(]?)([A-Z]?\\d+[A-Za-z]?(?:[-.]\\d+[A-Za-z]?)*"
            + "|[A-Z](?=\\s*[:.)\\]]))(?=[\\s:.)\\]]|$)");
    /** Only labels in the opening characters of a snippet are example labels (later ones are cross-references). */
    static final int LABEL_ZONE = 150;


    private static final Pattern HEADING_END = Pattern.compile(
            "(?<=\\S)\\s+(?=\\d+(?:\\.\\d+)?\\s*(?:mg|g|ml|mL|mmol)\\b|(?:To|A|The|In|Under|After)\\s)");

    /** Where the heading after an example label ends: the first sentence-like break (". " + capital or digit). */
    static int heading(String t, int from) {
        Matcher m = HEADING_END.matcher(t);
        return m.find(from) ? m.start() : -1;
    }

    /** A snippet's tokens, their lower-cased text and the observations the role model weighs. */
    record Prepared(int[] tokens, String[] low, List<String[]> features, int headingEnd) {
    }

    private final CompoundTagger tagger;
    private final Workups actions;
    private final RoleFeatures features;
    /** null = the rules alone give the chemical mentions and their roles. */
    private final RoleModel model;
    private final ParagraphExtractor extractor;
    private final ChemicalWords words;
    private final Lexicon lexicon;

    /** A labeller over the shipped tables and the shipped role model (load once and share; thread-safe). */
    public ChemuSpans() {
        this(RoleModel.standard());
    }

    /** A labeller whose chemical mentions and roles come from {@code model} (null = from the rules alone). */
    public ChemuSpans(RoleModel model) {
        this.lexicon = Lexicon.standard();
        this.words = ChemicalWords.standard();
        this.tagger = new CompoundTagger(lexicon, words);
        this.actions = Workups.standard();
        this.features = new RoleFeatures(lexicon, words, tagger);
        this.model = model;
        this.extractor = new ParagraphExtractor(lexicon);
    }

    /** A labeller that uses the rules alone (the role model's baseline, and its trainer's feature source). */
    public static ChemuSpans rulesOnly() {
        return new ChemuSpans(null);
    }

    /** The spans of {@code text} (extracted with the standard extractor). */
    public List<Labelled> of(String text) {
        return of(extractor.extract(text));
    }

    /** The chemical vocabulary the labeller reads with. */
    ChemicalWords words() {
        return words;
    }

    Prepared prepare(String text) {
        Extraction x = extractor.extract(text);
        return prepare(x, labels(x, new ArrayList<>()));
    }

    private Prepared prepare(Extraction x, int headingEnd) {
        int[] tokens = Tokens.split(x.text());
        String[] low = RoleFeatures.low(x.text(), tokens);
        StringFeatures f = new StringFeatures();
        features.of(x, tokens, low, headingEnd, f);
        return new Prepared(tokens, low, f.features(), headingEnd);
    }

    /** Adds the example labels to {@code out}; returns where the heading after them ends (-1 = none). */
    private static int labels(Extraction x, List<Labelled> out) {
        Matcher e = EXAMPLE.matcher(x.text());
        int headingEnd = -1;
        int firstAmount = x.inputs().stream().flatMap(m -> m.quantities().stream()).mapToInt(q -> q.span().start())
                .min().orElse(Integer.MAX_VALUE);
        while (e.find() && e.start() < Math.min(LABEL_ZONE, firstAmount)) {
            out.add(new Labelled("EXAMPLE_LABEL", Span.of(x.text(), e.start(1), e.end(1))));
            headingEnd = Math.max(headingEnd, heading(x.text(), e.end()));
        }
        return headingEnd;
    }

    /** The chemical mentions of {@code x} with their roles, by the model or by the rules. */
    private List<Mention> compounds(Extraction x, int headingEnd) {
        if (model == null) {
            return tagger.tag(x, headingEnd);
        }
        // the features hashed as they are written, never built as strings (what prepare gives the trainer)
        int[] tokens = Tokens.split(x.text());
        String[] low = RoleFeatures.low(x.text(), tokens);
        HashedFeatures f = model.sink();
        if (model.decoder() == null) {
            features.of(x, tokens, low, headingEnd, f);
            return RoleModel.spans(x.text(), tokens, model.tag(f, low));
        }
        // one pass: the tagger's hashed lookups, from whose hashes the span decoder's edge-token features follow
        features.of(x, tokens, low, headingEnd, f);
        int[] tags = model.tag(f, low);
        List<int[]> ranges = RunOnNames.split(x.text(), tokens, RoleModel.ranges(tags), lexicon);
        List<long[]> feats = SpanFeatures.hashed(x.text(), tokens, low, f, ranges, headingEnd, words);
        int[] roles = model.decoder().rolesOfHashed(feats, SpanFeatures.names(x.text(), tokens, ranges));
        List<Mention> out = new ArrayList<>(ranges.size());
        for (int k = 0; k < ranges.size(); k++) {
            int[] r = ranges.get(k);
            out.add(new Mention(Span.of(x.text(), tokens[2 * r[0]], tokens[2 * r[1] - 1]),
                    RoleModel.ROLES[roles[k]], List.of()));
        }
        return MentionRepair.repaired(x.text(), out);
    }

    /** The spans of {@code x}, by start offset, none overlapping. */
    public List<Labelled> of(Extraction x) {
        List<Labelled> out = new ArrayList<>();
        int headingEnd = labels(x, out);
        for (Mention p : x.products()) {
            for (Quantity q : p.quantities()) {
                out.add(new Labelled(q.kind() == QuantityKind.PERCENT ? "YIELD_PERCENT" : "YIELD_OTHER", q.span()));
            }
        }
        for (Mention m : compounds(x, headingEnd)) {
            out.add(new Labelled(m.role().name(), m.name()));
        }
        for (Quantity q : x.temperatures()) {
            out.add(new Labelled("TEMPERATURE", q.span()));
        }
        for (Span s : x.temperatureWords()) {
            out.add(new Labelled("TEMPERATURE", s));
        }
        for (Quantity q : x.times()) {
            out.add(new Labelled("TIME", q.span()));
        }
        for (Span a : x.actions()) {
            out.add(new Labelled(actions.isStep(a.text()) ? "REACTION_STEP" : "WORKUP", a));
        }
        out.sort(Comparator.comparingInt((Labelled l) -> l.span().start()));
        List<Labelled> kept = new ArrayList<>();
        int end = -1;
        for (Labelled l : out) {
            if (l.span().start() >= end) {
                kept.add(l);
                end = l.span().end();
            }
        }
        return List.copyOf(kept);
    }
}
