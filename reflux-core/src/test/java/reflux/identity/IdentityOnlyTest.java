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
            butan-2-ol
            hexa-2,4-dienoic acid
            4-bromo-2-methoxyimino-3-oxobutyric acid
            7-amino-3-methyl-2-cephem-4-carboxylic acid
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

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            cefepime dihydrochloride monohydrate | LRAJHPGSGBRUJN-OMIVUECESA-N
            acetic acid                          | QTBSBXVTEAMEQO-UHFFFAOYSA-N
            sodium acetate                       | VMHLLURERBWHNL-UHFFFAOYSA-M
            """)
    void keyOnlyStatesThePublishedKeyAndNoFormula(String name, String key) {
        // keys: ../shared/reference/seed-names.tsv (cefepime salt) and PubChem (acetic acid, sodium acetate)
        Resolution r = NameResolver.keyOnly().resolve(name);
        assertThat(r.isResolved()).isTrue();
        assertThat(r.inchiKey()).isEqualTo(key);
        assertThat(r.formula()).isNull();
        assertThat(r.cip()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            acetic acid                          | QTBSBXVTEAMEQO-UHFFFAOYSA-N | 60.052
            sodium acetate                       | VMHLLURERBWHNL-UHFFFAOYSA-M | 82.034
            cefepime dihydrochloride monohydrate | LRAJHPGSGBRUJN-OMIVUECESA-N | 571.501
            """)
    void theCorpusResolverStatesKeyAndMassButNoCipOrSuggestions(String name, String key, double mass) {
        // keys and molar masses: PubChem (acetic acid 60.052, sodium acetate 82.034 g/mol) and
        // ../shared/reference/seed-compounds.tsv (cefepime dihydrochloride monohydrate, 571.501 g/mol)
        Resolution r = NameResolver.freshBulk().resolve(name);
        Resolution full = NameResolver.fresh().resolve(name);
        assertThat(r.inchiKey()).isEqualTo(key);
        assertThat(r.molarMass()).isCloseTo(mass, org.assertj.core.data.Offset.offset(0.02));
        assertThat(r.smiles()).isEqualTo(full.smiles());
        assertThat(r.cip()).isEmpty();
        assertThat(full.cip().isEmpty()).isEqualTo(!name.startsWith("cefepime"));
    }

    @org.junit.jupiter.api.Test
    void theCorpusResolverSuggestsNothingAndKeepsTheFailureReason() {
        Resolution r = NameResolver.freshBulk().resolve("cefepimme");
        assertThat(r.isResolved()).isFalse();
        assertThat(r.suggestions()).isEmpty();
        assertThat(r.message()).isNotBlank();
        assertThat(NameResolver.fresh().resolve("cefepimme").suggestions()).isNotEmpty();
    }

    @org.junit.jupiter.api.Test
    void undefinedDoubleBondLabelledInTheCanonicalSmilesOrder() {
        // but-2-ene is written CC=CC whatever the canonical order (symmetric): the open double bond is atoms 2 and 3
        Resolution lean = NameResolver.identityOnly().resolve("but-2-ene");
        assertThat(lean.smiles()).isEqualTo("CC=CC");
        assertThat(lean.warnings()).contains("stereo not fixed by the name, left undefined: C2=C3");
    }
}
