package reflux.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import reflux.model.identity.Resolution;
import reflux.model.identity.ResolutionStatus;
import reflux.testkit.SharedFiles;

/** Salts, hydrates and adducts as multi-component structures, checked against the shared reference rows. */
class SaltFormsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            7-ACP hydrochloride | 001-III.HCl
            7-ACP HCl salt | 001-III.HCl
            7-ACP hydroiodide | 001-III.HI
            7-ACP sulfate | 001-III.H2SO4
            7-ACP dihydrochloride | 000-c5
            7-amino-3-[(1-methyl-1-pyrrolidinium)methyl]-3-cephem-4-carboxylate hydroiodide monohydrate | 000-c3
            cefepime hydrochloride | 001-I.HCl
            Cefepime dihydrochloride monohydrate | 001-I.2HCl.H2O
            cefepime·2HCl·H2O | 001-I.2HCl.H2O
            7-[(2Z)-4-bromo-2-(methoxyimino)-3-oxobutanamido]-3-[(1-methyl-1-pyrrolidinium)methyl]-3-cephem-4-carboxylate as its hydrochloride salt | 001-II.Br.HCl
            7-[(2Z)-4-chloro-2-(methoxyimino)-3-oxobutanamido]-3-[(1-methyl-1-pyrrolidinium)methyl]-3-cephem-4-carboxylate hydrochloride | 001-II.Cl.HCl
            hydroxylamine hydrochloride | NH2OH.HCl
            hydroxylammonium sulfate | NH2OH.H2SO4
            """)
    void isolatedFormsHaveTheReferenceKeyAndMasses(String name, String id) {
        Map<String, String> ref = SharedFiles.referenceCompounds().get(id);
        Resolution r = NameResolver.standard().resolve(name);
        assertThat(r.status()).as(name + ": " + r.message()).isEqualTo(ResolutionStatus.RESOLVED);
        assertThat(r.inchiKey()).as(name).isEqualTo(ref.get("inchikey"));
        assertThat(r.formula()).as(name).isEqualTo(ref.get("formula"));
        assertThat(r.molarMass()).as(name).isCloseTo(Double.parseDouble(ref.get("MW")), within(0.001));
        assertThat(r.monoisotopicMass()).as(name).isCloseTo(Double.parseDouble(ref.get("mono")), within(0.0001));
        assertThat(r.charge()).as(name).isZero();
    }

    @org.junit.jupiter.api.Test
    void aSolutionIsResolvedAsItsSoluteWithAWarning() {
        Resolution r = NameResolver.standard().resolve("N-trimethylsilylacetamide solution");
        assertThat(r.inchiKey()).isEqualTo(SharedFiles.referenceCompounds().get("TMSA").get("inchikey"));
        assertThat(r.warnings()).anyMatch(w -> w.contains("solute"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            7-ACA sesquihydrate | C20H30N4O13S2 | 598.60
            7-ACA dihydrate | C10H16N2O7S | 308.31
            cefepime dihydrochloride monoacetone solvate | C22H32Cl2N6O6S2 | 611.565
            7-ACA hemiethanol solvate | C22H30N4O11S2 | 590.62
            7-ACA ethyl acetate solvate | C14H20N2O7S | 360.38
            cefotaxime sodium | C16H16N5NaO7S2 | 477.45
            penicillin G potassium | C16H17KN2O4S | 372.48
            """)
    void hydratesSolvatesAndBaseSaltsHaveTheMassOfTheIsolatedForm(String name, String formula, double mass) {
        // hand calculation: 7-ACA C10H12N2O5S 272.28 g/mol; H2O 18.015; 2 x 272.28 + 3 x 18.015 = 598.61;
        // cefepime.2HCl 571.501 - 18.015 (reference 001-I.2HCl.H2O minus water) + acetone 58.079 = 611.565;
        // 2 x 272.28 + ethanol 46.069 = 590.62; 272.28 + ethyl acetate 88.106 = 360.38;
        // base salts, published (USP monographs): cefotaxime sodium 477.45, benzylpenicillin potassium 372.48
        Resolution r = NameResolver.standard().resolve(name);
        assertThat(r.formula()).isEqualTo(formula);
        assertThat(r.molarMass()).isCloseTo(mass, within(0.02));
        assertThat(r.warnings()).anyMatch(w -> w.contains("separate component") || w.contains("counter-ion"));
    }
}
