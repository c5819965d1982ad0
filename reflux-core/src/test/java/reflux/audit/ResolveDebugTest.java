package reflux.audit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import reflux.identity.NameResolver;

@Tag("debug")
class ResolveDebugTest {
    @Test
    void print() {
        for (String n : new String[] {"7-amino-3-[(1-methyl-1-pyrrolidinium)methyl]-3-cephem-4-carboxylate hydrochloride",
                "7-(4-BROMO-2-METHOXYIMINO-3-OXOBUTYRAMIDO)-3-[(1-METHYL-1-PYRROLIDINIUM)METHYL]-3-CEPHEM-4-CARBOXYLATE hydrochloride",
                "hydrochloric acid", "Cefepime dihydrochloride monohydrate", "4-bromo-2-methoxyimino-3-oxobutyric acid",
                "N-trimethylsilylacetamide solution", "phosphorous pentachloride", "water", "thiourea"}) {
            var r = NameResolver.standard().resolve(n);
            System.out.println(n + " -> " + r.status() + " " + r.smiles() + " " + r.formula() + " " + r.molarMass());
        }
    }
}
