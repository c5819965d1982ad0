package reflux.bench;

import java.util.List;
import reflux.extract.ChemuSpans;
import reflux.extract.Extraction;
import reflux.extract.OrdJson;
import reflux.extract.ParagraphExtractor;

/**
 * Reflux's paragraph reader, the same work {@code reflux bench extract} times: {@link ParagraphExtractor#extract},
 * the ORD reaction as a JSON line and the ChEMU spans (no name resolution, which {@code bench resolve} times).
 * Thread-safe, like the three parts it holds.
 */
public final class RefluxEngine implements Engine {
    private final ParagraphExtractor extractor;
    private final OrdJson ord;
    private final ChemuSpans labeller;

    private final String name;

    private RefluxEngine(String name, ParagraphExtractor extractor, OrdJson ord, ChemuSpans labeller) {
        this.name = name;
        this.extractor = extractor;
        this.ord = ord;
        this.labeller = labeller;
    }

    /** The engine over the shipped tables and role model (loading them is part of a cold figure). */
    public static RefluxEngine standard() {
        return new RefluxEngine("Reflux ParagraphExtractor", ParagraphExtractor.standard(), new OrdJson(null),
                new ChemuSpans());
    }

    /** The same work with the ChEMU compound roles from the rules instead of the role model (its cost, beside). */
    public static RefluxEngine rulesOnly() {
        return new RefluxEngine("Reflux, rules-only roles", ParagraphExtractor.standard(), new OrdJson(null),
                ChemuSpans.rulesOnly());
    }

    @Override
    public String name() {
        return name;
    }

    /** The extraction alone, for callers that look at its content. */
    public Extraction extract(String text) {
        return extractor.extract(text);
    }

    /** The ChEMU 2020 mentions (compounds with roles, temperatures, times, yields) of an extraction. */
    public List<ChemuSpans.Labelled> mentions(Extraction e) {
        return labeller.of(e);
    }

    @Override
    public int read(String text) {
        Extraction e = extractor.extract(text);
        return OrdJson.line(ord.reaction("r", e)).length() + labeller.of(e).size()
                + e.inputs().size() + e.products().size();
    }
}
