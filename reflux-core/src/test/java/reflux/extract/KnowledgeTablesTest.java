package reflux.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The extractor's tables load (every row has its source, else loading fails) and say what chemists write. */
class KnowledgeTablesTest {
    @Test
    void everyTableLoadsWithSources() {
        Lexicon l = Lexicon.standard();
        assertThat(l.units()).isNotEmpty();
        assertThat(l.is(Lexicon.WordClass.STOP, "of")).isTrue();
        assertThat(l.is(Lexicon.WordClass.PRODUCT_CUE, "afforded")).isTrue();
        assertThat(Workups.standard().ordType("washed")).isEqualTo("WASH");
        assertThat(Workups.standard().isStep("added")).isTrue();
    }

    @Test
    void chemicalWordsByVocabularyMorphologyAndFormula() {
        ChemicalWords w = ChemicalWords.standard();
        assertThat(w.isChemical("THF")).isTrue();
        assertThat(w.isChemical("Na2SO4")).isTrue();
        assertThat(w.isChemical("CH2Cl2")).isTrue();
        assertThat(w.isChemical("4-chloro-3-nitrophenol")).isTrue();
        assertThat(w.isChemical("tetrahydrofuran")).isTrue();
        assertThat(w.isChemical("separate")).isFalse();
        assertThat(w.isChemical("mixture")).isFalse();
        assertThat(w.isChemical("mmol,2.5")).isFalse();
        assertThat(w.isChemical("ESI")).isFalse();
        assertThat(w.isReagent("triethylamine")).isTrue();
        assertThat(w.isWorkupMaterial("silica gel")).isTrue();
    }

    @Test
    void chemuSpansOfAHandAnnotatedSnippet() {
        // hand annotation following the ChEMU 2020 guideline: DMF solvent, K2CO3 reagent, product after "to give"
        String t = "A mixture of 4-bromophenol (1.0 g, 5.8 mmol) and K2CO3 (1.6 g) in DMF (10 mL) was stirred at "
                + "80° C. for 3 h. The mixture was extracted with ethyl acetate, dried over Na2SO4 and concentrated "
                + "to give the title compound (0.9 g, 75%).";
        var spans = new ChemuSpans().of(ParagraphExtractor.standard().extract(t));
        assertThat(spans).extracting(s -> s.label() + ":" + s.span().text()).contains(
                "STARTING_MATERIAL:4-bromophenol", "REAGENT_CATALYST:K2CO3", "SOLVENT:DMF", "TEMPERATURE:80° C",
                "TIME:3 h", "OTHER_COMPOUND:ethyl acetate", "OTHER_COMPOUND:Na2SO4",
                "REACTION_PRODUCT:title compound", "YIELD_OTHER:0.9 g", "YIELD_PERCENT:75%");
    }
}
