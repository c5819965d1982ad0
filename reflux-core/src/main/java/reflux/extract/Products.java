package reflux.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Merges the product mentions of a paragraph: unnamed figures and "the title compound" join the product before. */
final class Products {
    private static final Pattern ARTICLE = Pattern.compile("^(?:the|a|an)\\s+");
    private static final Pattern KEY_PREFIX = Pattern.compile("^(?:the|crude|pure)\\s+");
    private static final Pattern KEY_PUNCTUATION = Pattern.compile("[\\s\\-,.]");
    private Products() {
    }

    /** Merges without sentence knowledge (a yield joins an earlier product only by name or when unnamed). */
    static List<Mention> merge(List<Mention> raw, Lexicon lexicon) {
        return merge(raw, lexicon, null, List.of());
    }

    /**
     * Merges the products of {@code text} (null = unknown) split into {@code sents}; a yield printed on its own after
     * a product of the same sentence that has figures but no yield ("257 g of product, b.p. 92 °C at 1 mm Hg (80%
     * yield)") is that product's yield.
     */
    static List<Mention> merge(List<Mention> raw, Lexicon lexicon, String text, List<Span> sents) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : raw) {
            boolean generic = m.name() == null || lexicon.is(Lexicon.WordClass.PRODUCT_NOUN,
                    withoutArticle(m.name().text()));
            int same = -1;
            for (int i = 0; i < out.size(); i++) {
                if (out.get(i).name() != null && m.name() != null
                        && key(out.get(i).name().text()).equals(key(m.name().text()))) {
                    same = i;
                }
            }
            if (same < 0 && generic && !out.isEmpty()) {
                same = out.size() - 1;
            }
            if (same < 0 && !out.isEmpty() && out.get(out.size() - 1).name() == null) {
                same = out.size() - 1;
            }
            boolean bareYield = same < 0 && text != null && !out.isEmpty()
                    && yieldFor(out.get(out.size() - 1), m, text, sents);
            if (bareYield) {
                same = out.size() - 1;
            }
            if (same < 0) {
                out.add(m);
                continue;
            }
            Mention o = out.get(same);
            List<Quantity> qs = new ArrayList<>(o.quantities());
            qs.addAll(m.quantities());
            Span name = bareYield || o.name() != null && !isGeneric(o, lexicon) ? o.name()
                    : m.name() != null ? m.name() : o.name();
            out.set(same, new Mention(name, MentionRole.REACTION_PRODUCT, qs));
        }
        return out;
    }

    /** Whether {@code m} is only a yield, printed in the sentence of {@code before}, which has amounts but no yield. */
    private static boolean yieldFor(Mention before, Mention m, String text, List<Span> sents) {
        if (m.quantities().isEmpty() || m.quantities().stream().anyMatch(q -> q.kind() != QuantityKind.PERCENT)
                || before.quantities().isEmpty()
                || before.quantities().stream().anyMatch(q -> q.kind() == QuantityKind.PERCENT)) {
            return false;
        }
        int end = before.quantities().get(before.quantities().size() - 1).span().start();
        int start = m.quantities().get(0).span().start();
        return end < start && ParagraphExtractor.sentenceOf(sents, end, text)
                .equals(ParagraphExtractor.sentenceOf(sents, start, text));
    }

    private static boolean isGeneric(Mention m, Lexicon lexicon) {
        return m.name() == null || lexicon.is(Lexicon.WordClass.PRODUCT_NOUN,
                withoutArticle(m.name().text()));
    }

    /**
     * The isolated product: when exactly one product has figures, that one, named after the last specific product
     * name of the paragraph if it has none of its own; otherwise all of them.
     */
    static List<Mention> isolated(List<Mention> products, Lexicon lexicon) {
        List<Mention> measured = products.stream().filter(p -> !p.quantities().isEmpty()).toList();
        if (measured.size() != 1 || products.size() == 1) {
            return products;
        }
        Mention m = measured.get(0);
        if (isGeneric(m, lexicon)) {
            for (Mention p : products) {
                if (p != m && !isGeneric(p, lexicon)) {
                    m = new Mention(p.name(), MentionRole.REACTION_PRODUCT, m.quantities());
                }
            }
        }
        return List.of(m);
    }

    static String key(String name) {
        return KEY_PUNCTUATION.matcher(KEY_PREFIX.matcher(name.toLowerCase(Locale.ROOT)).replaceFirst(""))
                .replaceAll("");
    }

    /** {@code name} lower-cased without a leading article ("The title compound" → "title compound"). */
    static String withoutArticle(String name) {
        return ARTICLE.matcher(name.toLowerCase(Locale.ROOT)).replaceFirst("");
    }
}
