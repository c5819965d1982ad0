package reflux.identity;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Guards {@code normalisation-rules.tsv}: each repair with a fixture, each repair reported. */
class NormaliserTest {

    private final Normaliser normaliser = Normaliser.standard();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            7-amino-3-[(1-methyl-1-pyrrolidinium)methyl]-3-cephem-4-carboxylate | 7-amino-3-[(1-methyl-1-pyrrolidinio)methyl]-3-cephem-4-carboxylate | -io
            4-chloro-2-methoxyimino-3-oxo-buteryl chloride | 4-chloro-2-methoxyimino-3-oxo-butyryl chloride | butyryl
            silyalted 7-ACP | silylated 7-ACP | silylated
            phosphorous pentachloride | phosphorus pentachloride | phosphorus
            phosphorous oxychloride | phosphorus oxychloride | phosphorus
            4-BROMO-2-METHOXYIMINO-3-OXOBUTYRYLCHLORIDE | 4-bromo-2-methoxyimino-3-oxobutyryl chloride | capitals
            *N*-trimethylsilylacetamide | N-trimethylsilylacetamide | italics
            R<sup>1</sup>-amine | R1-amine | markup
            N,N′-bis(trimethylsilyl)urea | N,N'-bis(trimethylsilyl)urea | prime
            2‐methyl–propane | 2-methyl-propane | dash
            CH₂Cl₂ | CH2Cl2 | Unicode
            sulphur dioxide | sulfur dioxide | sulphur
            \\*N\\*-methyl | N-methyl | escape
            “cefepime” | cefepime | quotation
            acetone. | acetone | punctuation
            7-ACP hydrochloride (III) | 7-ACP hydrochloride | formula label
            methylene chloride (MDC) | methylene chloride | abbreviation
            sodium hydroxide (aq) | sodium hydroxide | abbreviation
            10% aqueous sodium bicarbonate | sodium bicarbonate | concentration
            2N hydrochloric acid | hydrochloric acid | concentration
            anhydrous sodium sulphate | sodium sulphate | grade
            conc. HCl | HCl | grade
            ethanol (95%) | ethanol | purity
            """)
    void eachRepairIsAppliedAndReported(String input, String expected, String warningMentions) {
        Normaliser.Result r = normaliser.normalise(input.replace("\\\\", "\\"));
        assertThat(r.text()).isEqualTo(expected.replace("\\\\", "\\"));
        assertThat(r.warnings()).anyMatch(w -> w.contains(warningMentions));
    }

    @Test
    void parenthesesThatBelongToTheNameStay() {
        assertThat(normaliser.normalise("copper(II) sulfate").text()).isEqualTo("copper(II) sulfate");
        assertThat(normaliser.normalise("bis(trimethylsilyl)amine").text()).isEqualTo("bis(trimethylsilyl)amine");
    }

    @Test
    void oneRepairExposingAnotherIsRepairedToo() {
        assertThat(normaliser.normalise("“METHYLENE CHLORIDE (MDC) (II)”.").text()).isEqualTo("methylene chloride");
    }

    @Test
    void phosphorousAcidKeepsItsName() {
        assertThat(normaliser.normalise("phosphorous acid").text()).isEqualTo("phosphorous acid");
    }

    @Test
    void capitalsKeepStereodescriptorsUpperCase() {
        assertThat(normaliser.normalise("(6R,7R)-7-AMINO-3-METHYL-3-CEPHEM-4-CARBOXYLIC ACID").text())
                .isEqualTo("(6R,7R)-7-amino-3-methyl-3-cephem-4-carboxylic acid");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            N,O-BIS(TRIMETHYLSILYL)ACETAMIDE | N,O-bis(trimethylsilyl)acetamide
            N,N'-BIS(TRIMETHYLSILYL)UREA | N,N'-bis(trimethylsilyl)urea
            N-(TRIMETHYLSILYL)ACETAMIDE | N-(trimethylsilyl)acetamide
            N-BUTANOL | n-butanol
            """)
    void capitalsKeepHeteroatomLocantsUpperCase(String input, String expected) {
        assertThat(normaliser.normalise(input).text()).isEqualTo(expected);
    }

    @Test
    void capitalisedSystematicNamesWithHeteroatomLocantsResolve() {
        // hand counts: propanamide C3H7NO with one N-H replaced by Si(CH3)3 = C6H15NOSi; N,N'-dimethylurea C3H8N2O
        assertThat(NameResolver.standard().resolve("N-(TRIMETHYLSILYL)PROPANAMIDE").formula()).isEqualTo("C6H15NOSi");
        assertThat(NameResolver.standard().resolve("N,N'-DIMETHYLUREA").formula()).isEqualTo("C3H8N2O");
    }

    @Test
    void layoutIsTidiedSilently() {
        Normaliser.Result r = normaliser.normalise("  methylene \t chloride ");
        assertThat(r.text()).isEqualTo("methylene chloride");
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void controlCharactersAreRemovedWithAWarning() {
        Normaliser.Result r = normaliser.normalise("ace\u0000tone\u0007");
        assertThat(r.text()).isEqualTo("acetone");
        assertThat(r.warnings()).contains("control characters removed");
    }

    @Test
    void everyRuleOfTheTableHasAReasonAndASource() {
        assertThat(normaliser.rules()).isNotEmpty()
                .allSatisfy(rule -> assertThat(rule.reason()).isNotBlank())
                .allSatisfy(rule -> assertThat(rule.source()).isNotBlank());
    }

    @Property(tries = 300)
    void normalisingIsIdempotent(@ForAll @StringLength(max = 60) String s) {
        String once = normaliser.normalise(s).text();
        assertThat(normaliser.normalise(once).text()).isEqualTo(once);
    }

    @Property(tries = 200)
    void normalisingTypicalNamesIsIdempotent(@ForAll("names") String s) {
        String once = normaliser.normalise(s).text();
        assertThat(normaliser.normalise(once).text()).isEqualTo(once);
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> names() {
        return net.jqwik.api.Arbitraries.of("7-AMINO-3-[(1-METHYL-1-PYRROLIDINIUM)METHYL]-3-CEPHEM",
                "phosphorous  pentachloride", "buteryl chloride", "*N*,*N*′-dimethyl", "silyalted BUTYRYLCHLORIDE", "(MDC)", "(II).", "“", "CHLORIDE")
                .list().ofMinSize(1).ofMaxSize(3).map(l -> String.join(" ", l));
    }
}
