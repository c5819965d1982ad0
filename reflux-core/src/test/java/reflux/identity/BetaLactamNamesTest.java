package reflux.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import reflux.model.identity.Resolution;
import reflux.model.identity.ResolutionStatus;
import reflux.testkit.SharedFiles;

/** Semi-systematic β-lactam names: renumbering, implied 8-oxo, natural configuration only when none is given. */
class BetaLactamNamesTest {

    private final NameResolver resolver = NameResolver.standard();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            7-amino-3-methyl-3-cephem-4-carboxylic acid | (6R,7R)-7-amino-3-methyl-8-oxo-5-thia-1-azabicyclo[4.2.0]oct-2-ene-2-carboxylic acid
            7-amino-3-methylceph-3-em-4-carboxylic acid | (6R,7R)-7-amino-3-methyl-8-oxo-5-thia-1-azabicyclo[4.2.0]oct-2-ene-2-carboxylic acid
            7-amino-3-methyl-2-cephem-4-carboxylic acid | (6R,7R)-7-amino-3-methyl-8-oxo-5-thia-1-azabicyclo[4.2.0]oct-3-ene-2-carboxylic acid
            7-amino-3-methyl-Δ2-cephem-4-carboxylic acid | (6R,7R)-7-amino-3-methyl-8-oxo-5-thia-1-azabicyclo[4.2.0]oct-3-ene-2-carboxylic acid
            7-amino-cepham-4-carboxylic acid | (6R,7R)-7-amino-8-oxo-5-thia-1-azabicyclo[4.2.0]octane-2-carboxylic acid
            6-amino-2,2-dimethylpenam-3-carboxylic acid | (2S,5R,6R)-6-amino-3,3-dimethyl-7-oxo-4-thia-1-azabicyclo[3.2.0]heptane-2-carboxylic acid
            6-aminopenicillanic acid | (2S,5R,6R)-6-amino-3,3-dimethyl-7-oxo-4-thia-1-azabicyclo[3.2.0]heptane-2-carboxylic acid
            (6R,7S)-7-amino-3-methyl-3-cephem-4-carboxylic acid | (6R,7S)-7-amino-3-methyl-8-oxo-5-thia-1-azabicyclo[4.2.0]oct-2-ene-2-carboxylic acid
            7-amino-3-methyl-3-cephem-4-carboxylic acid 1,1-dioxide | (6R,7R)-7-amino-3-methyl-8-oxo-5-thia-1-azabicyclo[4.2.0]oct-2-ene-2-carboxylic acid 5,5-dioxide
            7-aminodesacetoxycephalosporanic acid | (6R,7R)-7-amino-3-methyl-8-oxo-5-thia-1-azabicyclo[4.2.0]oct-2-ene-2-carboxylic acid
            7-amino-desacetylcephalosporanic acid | (6R,7R)-7-amino-3-hydroxymethyl-8-oxo-5-thia-1-azabicyclo[4.2.0]oct-2-ene-2-carboxylic acid
            7-aminocephalosporanic acid | (6R,7R)-7-amino-3-acetoxymethyl-8-oxo-5-thia-1-azabicyclo[4.2.0]oct-2-ene-2-carboxylic acid
            benzhydryl 7-amino-3-methyl-3-cephem-4-carboxylate | benzhydryl (6R,7R)-7-amino-3-methyl-8-oxo-5-thia-1-azabicyclo[4.2.0]oct-2-ene-2-carboxylate
            """)
    void cephemAndPenamLocantsAreRenumberedToVonBaeyer(String name, String expected) {
        assertThat(BetaLactamNames.translate(name)).map(BetaLactamNames.Translation::name).hasValue(expected);
    }

    @Test
    void sevenAcpFromItsCephemNameIsTheNaturalEpimerWithAWarning() {
        Resolution r = resolver.resolve("7-amino-3-[(1-methyl-1-pyrrolidinium)methyl]-3-cephem-4-carboxylate");
        assertThat(r.inchiKey()).isEqualTo(SharedFiles.referenceCompounds().get("001-III").get("inchikey"));
        assertThat(SeedNamesTest.stripIndices(r.cip())).containsExactly("C:R", "C:R");
        assertThat(r.warnings()).anyMatch(w -> w.contains("natural (6R,7R) configuration assumed"));
        assertThat(r.source()).contains("β-lactam");
    }

    @Test
    void explicitDescriptorsWinOverTheNaturalConfiguration() {
        Resolution r = resolver.resolve("(6R,7S)-7-amino-3-methyl-3-cephem-4-carboxylic acid");
        assertThat(SeedNamesTest.stripIndices(r.cip())).containsExactly("C:R", "C:S");
        assertThat(r.warnings()).noneMatch(w -> w.contains("natural"));
        Resolution natural = resolver.resolve("7-ADCA");
        assertThat(r.inchiKey()).isNotEqualTo(natural.inchiKey());
        assertThat(r.inchiKey().substring(0, 14)).isEqualTo(natural.inchiKey().substring(0, 14));
    }

    @Test
    void cephemNameAndDictionaryAgreeOn7Adca() {
        assertThat(resolver.resolve("7-amino-3-methyl-3-cephem-4-carboxylic acid").inchiKey())
                .isEqualTo(resolver.resolve("7-ADCA").inchiKey());
    }

    @Test
    void penamNameGives6ApaWithPublishedKey() {
        // 6-aminopenicillanic acid, PubChem standard InChIKey
        assertThat(resolver.resolve("6-amino-2,2-dimethylpenam-3-carboxylic acid").inchiKey())
                .isEqualTo("NGHVIOIJCVXTGV-ALEPSDHESA-N");
        assertThat(resolver.resolve("6-aminopenicillanic acid").inchiKey()).isEqualTo("NGHVIOIJCVXTGV-ALEPSDHESA-N");
    }

    @Test
    void delta2IsomerOf7AcpLeavesC4UndefinedWithAWarning() {
        Resolution r = resolver.resolve("7-amino-3-[(1-methyl-1-pyrrolidinium)methyl]-2-cephem-4-carboxylate");
        assertThat(r.inchiKey()).isEqualTo(SharedFiles.referenceCompounds().get("imp-d2-ACP").get("inchikey"));
        assertThat(r.warnings()).anyMatch(w -> w.contains("C-4"));
    }

    @Test
    void cefepimeFromItsCephemNameMatchesTheReferenceWithZOxime() {
        Resolution r = resolver.resolve("7-[(Z)-2-(2-Amino-4-thiazolyl)-2-(methoxyimino)acetamido]-3-[(1-methyl-1-"
                + "pyrrolidinium)methyl]-3-cephem-4-carboxylate");
        assertThat(r.inchiKey()).isEqualTo("HVFLCNVBZFFHBT-ZKDACBOMSA-N");
        assertThat(SeedNamesTest.stripIndices(r.cip())).containsExactly("C:R", "C:R", "C=N:Z");
    }

    @Test
    void cefotaximeWrittenWithSevenBetaMatchesTheDictionary() {
        Resolution r = resolver.resolve("7β-[(Z)-2-(2-aminothiazol-4-yl)-2-methoxyiminoacetamido]-3-acetoxymethyl-"
                + "3-cephem-4-carboxylic acid");
        assertThat(r.inchiKey()).isEqualTo(resolver.resolve("cefotaxime").inchiKey());
    }

    @Test
    void aLeadingOximeDescriptorDoesNotStopTheNaturalRingConfiguration() {
        Resolution r = resolver.resolve("(Z)-7-[2-(2-aminothiazol-4-yl)-2-methoxyiminoacetamido]-3-acetoxymethyl-"
                + "3-cephem-4-carboxylic acid");
        assertThat(r.inchiKey()).isEqualTo(resolver.resolve("cefotaxime").inchiKey());
        assertThat(r.warnings()).anyMatch(w -> w.contains("natural (6R,7R)"));
    }

    @Test
    void cefotaximeAsACephalosporanicAcidNameMatchesTheDictionary() {
        Resolution r = resolver.resolve("7-[(Z)-2-(2-aminothiazol-4-yl)-2-methoxyiminoacetamido]cephalosporanic acid");
        assertThat(r.inchiKey()).isEqualTo(resolver.resolve("cefotaxime").inchiKey());
        assertThat(r.warnings()).anyMatch(w -> w.contains("3-acetoxymethyl-3-cephem-4-carboxylic acid"));
    }

    @Test
    void penicillinGFromItsPenicillanicAcidNameMatchesTheDictionary() {
        assertThat(resolver.resolve("6-phenylacetamidopenicillanic acid").inchiKey())
                .isEqualTo(resolver.resolve("penicillin G").inchiKey());
    }

    @Test
    void aSulfoxideLeavesSulfurUndefinedWithAWarning() {
        Resolution r = resolver.resolve("7-phenylacetamido-3-methyl-3-cephem-4-carboxylic acid 1-oxide");
        assertThat(r.formula()).isEqualTo("C16H16N2O5S"); // hand count: 7-ADCA C8H10N2O3S + C8H6O (PhCH2CO - H) + O
        assertThat(SeedNamesTest.stripIndices(r.cip())).containsExactly("C:R", "C:R");
        assertThat(r.warnings()).anyMatch(w -> w.contains("sulfoxide"));
    }

    @Test
    void betaDescriptorAtC7IsReadAsTheNaturalConfiguration() {
        Resolution r = resolver.resolve("7β-amino-3-methyl-3-cephem-4-carboxylic acid");
        assertThat(r.inchiKey()).isEqualTo(resolver.resolve("7-ADCA").inchiKey());
        assertThat(r.warnings()).anyMatch(w -> w.contains("7β"));
    }

    @Test
    void twoSubstituentsAtC7LeaveItsConfigurationUndefined() {
        Resolution r = resolver.resolve("7-amino-7-methoxy-3-methyl-3-cephem-4-carboxylic acid");
        assertThat(r.status()).isEqualTo(ResolutionStatus.RESOLVED);
        assertThat(r.warnings()).anyMatch(w -> w.contains("not assumed"));
        assertThat(r.cip()).noneMatch(l -> l.endsWith(":S"));
    }
}
