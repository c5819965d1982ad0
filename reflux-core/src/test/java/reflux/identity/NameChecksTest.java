package reflux.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import reflux.model.identity.Resolution;
import reflux.model.identity.ResolutionStatus;

/** Guards {@code name-checks.tsv}: each generic term and defect with a fixture, and names that must pass. */
class NameChecksTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            7-(4-halo-3-oxo-2-methoxyiminobutyrylamino)cephalosporin | halo
            4-(trialkylsilyl)oxy-butanol | trialkylsilyl
            N-acyl-7-ACA | acyl
            penicillins | penicillin
            3-amino-pyrrolidine derivatives | derivative
            compound of formula II | formula
            4-(Bromo or Chloro)-2-methoxyimino-3-oxobutyric acid | or
            silyalted 7-amino-3-[(1-methyl-1-pyrrolidinium)methyl]-3-cephem-4-carboxylate hydrochloride | silylated
            """)
    void genericNamesAreAGenusNotACompound(String name, String term) {
        Resolution r = NameResolver.standard().resolve(name);
        assertThat(r.status()).isEqualTo(ResolutionStatus.AMBIGUOUS);
        assertThat(r.message()).startsWith("generic (Markush) name: ").contains(term);
        assertThat(r.smiles()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            pyrrolidinium-1-[(7-amino-2-carboxy-8-oxo-5-thia-1-azabicyclo[4.2.0]oct-2-en-yl)methyl]-dihydrochloride | en-yl
            1-(cyclohex-2-en-yl)ethanone | attachment locant
            piperidinium-1-[(2-carboxyethyl)methyl] chloride | second N-substituent
            """)
    void defectiveNamesAreUnresolvedWithTheDefectNamed(String name, String defect) {
        Resolution r = NameResolver.standard().resolve(name);
        assertThat(r.status()).isEqualTo(ResolutionStatus.UNRESOLVED);
        assertThat(r.message()).startsWith("defective name").contains(defect);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            methylene chloride/methanol (9:1) | DCM
            acetone and water | water
            ethyl acetate - hexane | EtOAc
            """)
    void mixturesOfDictionaryNamesAreNotOneCompound(String name, String component) {
        Resolution r = NameResolver.standard().resolve(name);
        assertThat(r.status()).isEqualTo(ResolutionStatus.AMBIGUOUS);
        assertThat(r.message()).startsWith("mixture of").contains(component);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Pd/C", "palladium on carbon"})
    void namesWithASlashThatAreOneSubstanceStayResolved(String name) {
        assertThat(NameResolver.standard().resolve(name).status()).isEqualTo(ResolutionStatus.RESOLVED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"haloperidol", "halothane", "1-(cyclohex-2-en-1-yl)ethanone", "penicillamine",
            "trimethylsilyl chloride"})
    void ordinaryNamesContainingTheseLettersAreNotFlagged(String name) {
        assertThat(NameChecks.find(name)).isEmpty();
    }
}
