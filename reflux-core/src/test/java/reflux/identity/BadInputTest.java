package reflux.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import reflux.model.identity.Resolution;
import reflux.model.identity.ResolutionStatus;

/** Inputs that must give a clean result, never an exception (negative corpus in the spirit of OPSIN's). */
class BadInputTest {

    private final NameResolver resolver = NameResolver.standard();

    @Test
    void nullAndEmptyAreUnresolvedWithAMessage() {
        for (String s : new String[] {null, "", "   ", "\t\n"}) {
            Resolution r = resolver.resolve(s);
            assertThat(r.status()).isEqualTo(ResolutionStatus.UNRESOLVED);
            assertThat(r.message()).contains("empty name");
        }
    }

    @Test
    void tenKilobytesOfGarbageIsRefusedCleanly() {
        Random random = new Random(42);
        StringBuilder sb = new StringBuilder();
        while (sb.length() < 10_240) {
            sb.append((char) (32 + random.nextInt(95)));
        }
        Resolution r = resolver.resolve(sb.toString());
        assertThat(r.status()).isEqualTo(ResolutionStatus.UNRESOLVED);
        assertThat(r.message()).contains("too long");
    }

    @Test
    void controlCharactersOnlyIsEmpty() {
        Resolution r = resolver.resolve("\u0000\u0001\u0007");
        assertThat(r.status()).isEqualTo(ResolutionStatus.UNRESOLVED);
        assertThat(r.message()).contains("empty name");
    }

    @Test
    void controlCharactersInsideANameAreRemovedWithAWarning() {
        Resolution r = resolver.resolve("thio\u0000urea");
        assertThat(r.inchiKey()).isEqualTo("UMGDCJDMYOKAJW-UHFFFAOYSA-N");
        assertThat(r.warnings()).contains("control characters removed");
    }

    @Test
    void aSmilesGivenAsANameIsReadAsSmilesWithAWarning() {
        Resolution r = resolver.resolve("CC(=O)OC(C)(C)C");
        assertThat(r.status()).isEqualTo(ResolutionStatus.RESOLVED);
        assertThat(r.inchiKey()).isEqualTo("WMOVHXAZOJBABW-UHFFFAOYSA-N"); // tert-butyl acetate, shared reference
        assertThat(r.source()).isEqualTo("SMILES");
        assertThat(r.warnings()).anyMatch(w -> w.contains("SMILES"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"xyzzy", "C1CC(", "[Zz]", "((((((", "7-amino-3-foo-3-cephem-4-carboxylic acid",
            "\uFFFF\uFFFE", "💊 aspirin?", "-", "1,2,3",
            "99999999999-amino-3-cephem-4-carboxylic acid", "(99999999999R)-7-amino-3-cephem-4-carboxylic acid",
            "7-amino-3-cephem-4-carboxylic acid 99999999999-oxide", ")(][-3-cephem", "-3-cephem",
            "acid chloride of formula III", "methyl", "R1 is hydrogen"})
    void nonsenseIsNotResolvedAndNeverThrows(String s) {
        Resolution r = resolver.resolve(s);
        assertThat(r.status()).isNotEqualTo(ResolutionStatus.RESOLVED);
        assertThat(r.message()).isNotBlank().doesNotContain("internal error");
        assertThat(r.smiles()).isNull();
    }

    @net.jqwik.api.Property(tries = 150)
    void anyStringGivesAResultWithAStatusAndNeverThrows(@net.jqwik.api.ForAll
            @net.jqwik.api.constraints.StringLength(max = 120) String s) {
        Resolution r = NameResolver.fresh().resolve(s);
        assertThat(r.status()).isNotNull();
        assertThat(r.isResolved() ? r.inchiKey() : r.message()).isNotBlank().doesNotContain("internal error");
    }

    @Test
    void aMisspelledTradeNameGetsSuggestions() {
        Resolution r = resolver.resolve("cefepim");
        assertThat(r.status()).isEqualTo(ResolutionStatus.UNRESOLVED);
        assertThat(r.suggestions()).contains("cefepime");
    }
}
