package reflux.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The extractor on paragraphs written for this test in the style of USPTO grants (1976–1982) and of ChEMU
 * snippets; each expectation is read off the sentence by hand.
 */
class ParagraphExtractorTest {
    private final ParagraphExtractor x = ParagraphExtractor.standard();

    private static Mention named(List<Mention> ms, String name) {
        return ms.stream().filter(m -> m.name() != null && m.name().text().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not among " + ms));
    }

    private static List<String> amounts(Mention m) {
        return m.quantities().stream().map(q -> q.span().text()).toList();
    }

    @Test
    void nameBeforeBracketedAmountsAndProductWithYield() {
        String p = "A mixture of 6-(2-tetrahydropyranyloxy)hexanal (23.2 g., 0.116 mole) and benzene (30 ml.) was "
                + "heated under reflux for 12 hours under nitrogen. The solvent was evaporated to give "
                + "2-(6-hydroxyhexyl)-2-cyclopenten-1-one (10.7 g., 50%), b.p. 105°-160° C./15 mm.Hg.";
        Extraction e = x.extract(p);
        assertThat(amounts(named(e.inputs(), "6-(2-tetrahydropyranyloxy)hexanal")))
                .containsExactly("23.2 g", "0.116 mole");
        assertThat(amounts(named(e.inputs(), "benzene"))).containsExactly("30 ml");
        Mention product = named(e.products(), "2-(6-hydroxyhexyl)-2-cyclopenten-1-one");
        assertThat(amounts(product)).containsExactly("10.7 g", "50%");
        assertThat(e.times()).extracting(q -> q.span().text()).containsExactly("12 hours");
        assertThat(e.atmospheres()).extracting(Span::text).containsExactly("nitrogen");
        for (Mention m : e.inputs()) {
            assertThat(p.substring(m.name().start(), m.name().end())).isEqualTo(m.name().text());
        }
    }

    @Test
    void amountsBeforeOfAttachToTheNameAfterIt() {
        String p = "0.1 g (2 mmol) of sodium hydride (55 percent oil dispersion) are suspended in 10 ml of dry "
                + "dimethylformamide and treated with 0.5 g (1.7 mmol) of ethyl 4-oxo-4H-pyran-2-carboxylate.";
        Extraction e = x.extract(p);
        assertThat(amounts(named(e.inputs(), "sodium hydride"))).containsExactly("0.1 g", "2 mmol");
        Mention dmf = named(e.inputs(), "dimethylformamide");
        assertThat(amounts(dmf)).containsExactly("10 ml");
        assertThat(dmf.role()).isEqualTo(MentionRole.SOLVENT);
        assertThat(amounts(named(e.inputs(), "ethyl 4-oxo-4H-pyran-2-carboxylate")))
                .containsExactly("0.5 g", "1.7 mmol");
        assertThat(e.products()).isEmpty();
    }

    @Test
    void productAfterGivesWithAmountsBeforeItsName() {
        String p = "Crystallization from methanol gives 0.52 g (26%) of 1-[2-(methylthio)-4-pyrimidinyl]piperazine, "
                + "of melting point 166°-167° C.";
        Mention product = x.extract(p).products().get(0);
        assertThat(product.name().text()).isEqualTo("1-[2-(methylthio)-4-pyrimidinyl]piperazine");
        assertThat(amounts(product)).containsExactly("0.52 g", "26%");
    }

    @Test
    void amountsThenObtainedMakeAProduct() {
        String p = "3.1 g of 2-ethoxybenzyl alcohol hydrochloride are obtained.";
        Mention product = x.extract(p).products().get(0);
        assertThat(product.name().text()).isEqualTo("2-ethoxybenzyl alcohol hydrochloride");
        assertThat(amounts(product)).containsExactly("3.1 g");
    }

    @Test
    void titleCompoundWithYieldOfTheory() {
        String p = "Freeze-drying gave 383 mg (42% of theory) of the title compound.";
        Mention product = x.extract(p).products().get(0);
        assertThat(amounts(product)).containsExactly("383 mg", "42%");
    }

    @Test
    void aPurityIsNotAYield() {
        String p = "to give the product (5.0 g, 98% purity) as a solid.";
        Mention product = x.extract(p).products().get(0);
        assertThat(product.quantities()).noneMatch(q -> q.kind() == QuantityKind.PERCENT);
    }

    @Test
    void sentencesDoNotEndAtUnitAbbreviations() {
        String p = "Add 5 g. of X. Then stir. Filter.";
        assertThat(x.extract(p).sentences()).extracting(Span::text)
                .containsExactly("Add 5 g. of X.", "Then stir.", "Filter.");
    }

    @Test
    void gramsWrittenGmKeepTheirBracketedMolesInTheSentence() {
        String p = "The mixture is filtered to afford 3.9 gm. (0.016 mole) title product. Add 5 gm. Then stir.";
        assertThat(x.extract(p).sentences()).extracting(Span::text).containsExactly(
                "The mixture is filtered to afford 3.9 gm. (0.016 mole) title product.", "Add 5 gm.", "Then stir.");
        Mention product = x.extract(p).products().get(0);
        assertThat(product.name().text()).isEqualTo("title product");
        assertThat(amounts(product)).containsExactly("3.9 gm", "0.016 mole");
    }

    @Test
    void aMeltingRangeAndYieldAsideIsNotTheName() {
        String p = "The first fraction was crystallized from heptane to give 0.63 g (mp 116°-117° C., 5% yield) of "
                + "1,2-diphenyl-4-butyl-3,5-pyrazolidinedione.";
        Mention product = x.extract(p).products().get(0);
        assertThat(product.name().text()).isEqualTo("1,2-diphenyl-4-butyl-3,5-pyrazolidinedione");
        assertThat(amounts(product)).contains("0.63 g", "5%");
    }

    @Test
    void aYieldWrittenInWordsInsideTheBracketIsTheProductsYield() {
        String p = "The ether was distilled off. Thus, there was obtained 21.4 g (88 percent in yield) of "
                + "2-methyl-1,4-naphthoquinone.";
        Mention product = x.extract(p).products().get(0);
        assertThat(product.name().text()).isEqualTo("2-methyl-1,4-naphthoquinone");
        assertThat(amounts(product)).contains("21.4 g", "88 percent");
    }

    @Test
    void emptyGarbageAndLargeTextGiveEmptyResults() {
        assertThat(x.extract("").inputs()).isEmpty();
        assertThat(x.extract(null).products()).isEmpty();
        assertThat(x.extract("(((((((( ]]]] ,,,, 5 g of ((((").products()).isEmpty();
        Random r = new Random(12);
        StringBuilder big = new StringBuilder();
        String alphabet = "abc ()[]-,.5g ml°C%of\n";
        while (big.length() < 1_000_000) {
            big.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        assertThat(x.extract(big.toString())).isNotNull();
        assertThat(x.extract("Der Ansatz wurde 2 Stunden gerührt und eingeengt.").products()).isEmpty();
    }

    @Test
    void aBracketedFigureAfterTheAmountIsNotTheName() {
        String p = "A mixture of 19.23 g (0.0664 m) of 4-nitrostyrene and acetic acid was heated. The product was "
                + "collected to yield 15.84 g (0.0637 m, 96%) of the amine as a yellow powder.";
        Extraction e = x.extract(p);
        assertThat(named(e.inputs(), "4-nitrostyrene").quantities()).extracting(q -> q.span().text())
                .contains("19.23 g");
        assertThat(e.products()).hasSize(1);
        assertThat(e.products().get(0).name().text()).isEqualTo("amine");
        assertThat(amounts(e.products().get(0))).contains("15.84 g", "96%");
    }

    @Test
    void aPercentageOfTheNamedProductIsItsYield() {
        String p = "Recrystallization from water gives 53% of 4-oxo-4-(2-thienyl)butyric acid, m.p. 121°-123° C.";
        Mention product = x.extract(p).products().get(0);
        assertThat(product.name().text()).isEqualTo("4-oxo-4-(2-thienyl)butyric acid");
        assertThat(amounts(product)).containsExactly("53%");
    }

    @Test
    void aYieldAfterTheBoilingPointBelongsToTheProductBeforeIt() {
        String p = "The residue is vacuum distilled to yield 257 g of product, boiling point 92° C. at 1 mm Hg "
                + "(80% yield).";
        List<Mention> products = x.extract(p).products();
        assertThat(products).hasSize(1);
        assertThat(amounts(products.get(0))).containsExactly("257 g", "80%");
    }
}
