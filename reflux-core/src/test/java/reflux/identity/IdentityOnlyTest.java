package reflux.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import reflux.model.identity.Resolution;

/** The identity-only resolver states the same structure and key as the full one, and leaves the rest out. */
class IdentityOnlyTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            cefepime dihydrochloride monohydrate
            2-methylbutan-1-ol
            Na2SO4·10H2O
            Z-Pro-OH
            syn-2-(2-aminothiazol-4-yl)-2-methoxyiminoacetic acid
            """)
    void sameKeyFewerFacts(String name) {
        Resolution full = NameResolver.fresh().resolve(name);
        Resolution lean = NameResolver.identityOnly().resolve(name);
        assertThat(lean.inchiKey()).isEqualTo(full.inchiKey());
        assertThat(lean.smiles()).isEqualTo(full.smiles());
        assertThat(lean.formula()).isEqualTo(full.formula());
        assertThat(lean.warnings()).isEqualTo(full.warnings());
        assertThat(lean.molarMass()).isNull();
        assertThat(lean.cip()).isEmpty();
    }
}
