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


    /** Where the heading after an example label ends: the first sentence-like break (". " + capital or digit). */
    static int heading(String t, int from) {
        Matcher m = Pattern.compile("(?<=\\S)\\s+(?=\\d+(?:\\.\\d+)?\\s*(?:mg|g|ml|mL|mmol)\\b|(?:To|A|The|In|Under|After)\\s)")
                .matcher(t);
        return m.find(from) ? m.start() : -1;
    }

    private final CompoundTagger tagger;
    private final Workups actions;

    /** A labeller over the shipped tables (load once and share; thread-safe). */
    public ChemuSpans() {
        this.tagger = new CompoundTagger(Lexicon.standard(), ChemicalWords.standard());
        this.actions = Workups.standard();
    }

    /** The spans of {@code x}, by start offset, none overlapping. */
    public List<Labelled> of(Extraction x) {
        List<Labelled> out = new ArrayList<>();
        Matcher e = EXAMPLE.matcher(x.text());
        int headingEnd = -1;
        int firstAmount = x.inputs().stream().flatMap(m -> m.quantities().stream()).mapToInt(q -> q.span().start())
                .min().orElse(Integer.MAX_VALUE);
        while (e.find() && e.start() < Math.min(LABEL_ZONE, firstAmount)) {
            out.add(new Labelled("EXAMPLE_LABEL", Span.of(x.text(), e.start(1), e.end(1))));
            headingEnd = Math.max(headingEnd, heading(x.text(), e.end()));
        }
        for (Mention p : x.products()) {
            for (Quantity q : p.quantities()) {
                out.add(new Labelled(q.kind() == QuantityKind.PERCENT ? "YIELD_PERCENT" : "YIELD_OTHER", q.span()));
            }
        }
        for (Mention m : tagger.tag(x, headingEnd)) {
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
