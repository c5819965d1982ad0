package reflux.route;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import reflux.model.identity.Resolution;
import reflux.model.identity.ResolutionStatus;
import reflux.model.route.Route;
import reflux.model.route.SubstanceRef;
import reflux.model.route.Variant;
import reflux.route.io.RouteReader;

/**
 * Structures behind route substances: SMILES overrides through reflux.chem.Structures (formulae checked by hand),
 * names through the resolver with the declared form, variant substitutions and Markush bindings.
 */
class RouteStructuresTest {

    private final List<String> asked = new ArrayList<>();
    private final RouteStructures structures = new RouteStructures(name -> {
        asked.add(name);
        return new Resolution(name, ResolutionStatus.UNRESOLVED, null, null, null, null, null, null, null, null,
                "stub", null, "stub resolver", null);
    });

    private Route example() throws Exception {
        return new RouteReader().read(Path.of(getClass().getResource("/reflux/route/valid/example-format.yaml")
                .toURI())).route();
    }

    @Test
    void smilesOverridesGiveTheStructureAndNamesGoToTheResolverWithTheirForm() throws Exception {
        Map<String, Resolution> r = structures.resolve(example(), null);

        assertThat(r.keySet()).containsExactly("acp-hcl", "dcm", "tmsa", "tmsa-solution", "bromo-int-hcl", "hcl");
        // CH2Cl2: C 12.011 + 2 H 1.008 + 2 Cl 35.45 = 84.93 g/mol
        assertThat(r.get("dcm").formula()).isEqualTo("CH2Cl2");
        assertThat(r.get("dcm").molarMass()).isBetween(84.9, 84.95);
        assertThat(r.get("dcm").inchiKey()).isEqualTo("YMWUJEATGCHHMB-UHFFFAOYSA-N");
        assertThat(r.get("dcm").source()).isEqualTo("smiles");
        // N-(trimethylsilyl)acetamide C5H13NOSi
        assertThat(r.get("tmsa").formula()).isEqualTo("C5H13NOSi");
        // The name already says "hydrochloride": the declared form is not appended twice.
        assertThat(asked).contains("7-amino-3-[(1-methyl-1-pyrrolidinium)methyl]-3-cephem-4-carboxylate"
                + " hydrochloride");
        assertThat(asked).doesNotContain("methylene chloride");
    }

    @Test
    void aDeclaredFormMissingFromTheNameIsAppended() {
        SubstanceRef s = new SubstanceRef("cef", "cefepime", null, "dihydrochloride monohydrate", null, null, null);
        assertThat(RouteStructures.nameWithForm(s)).isEqualTo("cefepime dihydrochloride monohydrate");
    }

    @Test
    void aVariantSubstitutesSubstancesAndBindsMarkushVariables() throws Exception {
        Route base = example();
        Map<String, Resolution> plain = structures.resolve(base, null);
        assertThat(plain.get("hcl").formula()).isEqualTo("ClH");

        Variant v = base.variants().get(0);   // substances: {hcl: dcm}
        assertThat(structures.resolve(base, v).get("hcl").formula()).isEqualTo("CH2Cl2");

        SubstanceRef halide = new SubstanceRef("mex", "methyl halide", "C{X}", null, null, null, null);
        Route markush = new Route("reflux.route/1", "m", null, null, Route.Kind.CLAIMS, List.of(halide), null,
                null, null);
        assertThat(structures.resolve(markush, null).get("mex").status()).isEqualTo(ResolutionStatus.AMBIGUOUS);
        Variant br = new Variant("br", null, null, Map.of("X", "Br"), null);
        // CH3Br
        assertThat(structures.resolve(markush, br).get("mex").formula()).isEqualTo("CH3Br");
    }

    @Test
    void anInvalidSmilesOverrideIsUnresolvedWithAMessage() {
        SubstanceRef bad = new SubstanceRef("x", "thing", "C1CC(", null, null, null, null);
        Route r = new Route("reflux.route/1", "r", null, null, Route.Kind.EXAMPLE, List.of(bad), null, null, null);
        Resolution res = structures.resolve(r, null).get("x");
        assertThat(res.status()).isEqualTo(ResolutionStatus.UNRESOLVED);
        assertThat(res.message()).contains("invalid SMILES override 'C1CC('");
    }
}
