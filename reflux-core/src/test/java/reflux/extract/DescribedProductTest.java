package reflux.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DescribedProductTest {

    private static final Lexicon LEXICON = Lexicon.standard();

    /** The span of {@code word}'s last occurrence in {@code text}. */
    private static Span last(String text, String word) {
        int i = text.lastIndexOf(word);
        return Span.of(text, i, i + word.length());
    }

    @Test
    void colourWordsBeforeABareFormNounArePartOfTheName() {
        String text = "There results 111.7 gm of an orange liquid (Percent crude yield - 75).";
        assertThat(DescribedProduct.name(text, last(text, "liquid"), LEXICON).text()).isEqualTo("orange liquid");
        String light = "Trituration with warm EtOH yields 1.7 g of a light yellow solid, m.p. 226°.";
        assertThat(DescribedProduct.name(light, last(light, "solid"), LEXICON).text())
                .isEqualTo("light yellow solid");
    }

    @Test
    void hyphenatedColourPairsCountAndTheArticleStops() {
        String text = "to give 2.0 g of a red-orange oil.";
        assertThat(DescribedProduct.name(text, last(text, "oil"), LEXICON).text()).isEqualTo("red-orange oil");
        String plain = "to give 2.0 g of an oil.";
        assertThat(DescribedProduct.name(plain, last(plain, "oil"), LEXICON).text()).isEqualTo("oil");
    }

    @Test
    void aFormThatDescribesAProductPhraseLeavesTheNameToThePhrase() {
        String text = "evaporated in vacuo leaving the title compound as a viscous oil (37.7 g., 98%).";
        assertThat(DescribedProduct.name(text, last(text, "oil"), LEXICON).text()).isEqualTo("title compound");
        // the longest phrase wins; "an" and a bare form noun too
        String crude = "to give the crude product as an oil (2 g).";
        assertThat(DescribedProduct.name(crude, last(crude, "oil"), LEXICON).text()).isEqualTo("crude product");
        // not a product phrase before "as a": the described form stays the name
        String other = "the residue was obtained as a white solid (3 g).";
        assertThat(DescribedProduct.name(other, last(other, "solid"), LEXICON).text()).isEqualTo("white solid");
        // a word that only ends like a phrase ("byproduct") is not the phrase
        String by = "gave the byproduct as a solid (1 g).";
        assertThat(DescribedProduct.name(by, last(by, "solid"), LEXICON).text()).isEqualTo("solid");
    }

    @Test
    void aNamedCompoundIsNeverWidened() {
        String text = "to give 2.0 g of white 4-nitrophenol.";
        Span name = last(text, "4-nitrophenol");
        assertThat(DescribedProduct.name(text, name, LEXICON)).isEqualTo(name);
        // a span whose offsets are not those of the text is returned as it is
        Span foreign = new Span(0, 5, "solid");
        assertThat(DescribedProduct.name("a white solid", foreign, LEXICON)).isEqualTo(foreign);
        assertThat(DescribedProduct.name(null, foreign, LEXICON)).isEqualTo(foreign);
    }

    @Test
    void aFormDescribesTheCompoundNamedBeforeAs() {
        NameBounds bounds = new NameBounds(LEXICON);
        ChemicalWords words = ChemicalWords.standard();
        String text = "Chromatography gave 2-[2-(dimethylamino)ethyl]-1H-isoindole-1,3(2H)dione as a pale oil (0.43 g).";
        assertThat(DescribedProduct.compound(text, last(text, "oil"), 0, LEXICON, bounds, words).text())
                .isEqualTo("2-[2-(dimethylamino)ethyl]-1H-isoindole-1,3(2H)dione");
        String leave = "Evaporation to leave methyl 3-(2-hydroxybenzoyl)propionate as colourless needles (0.75 g).";
        assertThat(DescribedProduct.compound(leave, last(leave, "needles"), 0, LEXICON, bounds, words).text())
                .isEqualTo("methyl 3-(2-hydroxybenzoyl)propionate");
        // not a compound: a solvent, the object of "from", a product phrase, a verb, no "as", another form
        for (String other : new String[] {"The residue crystallised from ethanol as needles (3 g).",
            "The residue crystallised from 2-propanol as needles (3 g).",
            "Evaporation gave the title compound as a viscous oil (37.7 g).",
            "The product was obtained as a white solid (2 g).", "Evaporation gave 12 g of a yellow solid.",
            "Evaporation gave an oil as a yellow solid (2 g)."}) {
            String form = other.contains("needles") ? "needles" : other.contains("oil (") ? "oil" : "solid";
            assertThat(DescribedProduct.compound(other, last(other, form), 0, LEXICON, bounds, words)).as(other)
                    .isNull();
        }
    }

    @Test
    void aBareCompoundNumberKeepsItsLabelWord() {
        String text = "Evaporation of the solvent gave the title compound as Example 15 (5.0 g).";
        assertThat(DescribedProduct.name(text, last(text, "15"), LEXICON).text()).isEqualTo("Example 15");
        String plain = "The fraction 15 (5.0 g) was kept.";
        assertThat(DescribedProduct.name(plain, last(plain, "15"), LEXICON).text()).isEqualTo("15");
    }
}
