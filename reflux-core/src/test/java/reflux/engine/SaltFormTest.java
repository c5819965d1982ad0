package reflux.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Salt forms split into parents, acids, water and metals; basic sites counted by basic-sites.tsv. Expected counts
 * are hand counts of the structures (each stated in the test).
 */
class SaltFormTest {

    private final FactsCache cache = new FactsCache();
    private final EngineData data = EngineData.standard();

    private SaltForm form(String smiles) {
        return SaltForm.of(List.of(smiles.split("\\.")), cache, data);
    }

    @Test
    void basicSitesByHand() {
        // cefepime: the carboxylate beside the quaternary N and the 2-aminothiazole ring N (amide, oxime, lactam
        // and the exocyclic NH2 of the aminothiazole are not basic)
        assertThat(form(Fixtures.smiles("ref:001-I")).sites(data)).isEqualTo(2);
        // the bromo intermediate: the carboxylate only (its 7-N is an amide)
        assertThat(form(Fixtures.smiles("ref:001-II.Br")).sites(data)).isEqualTo(1);
        // 7-ACP: the carboxylate and the primary 7-amine
        assertThat(form(Fixtures.smiles("ref:001-III")).sites(data)).isEqualTo(2);
        // benzanilide: none (an amide); triethylamine: one; 2-amino-4-phenylthiazole: the ring N
        assertThat(form("O=C(Nc1ccccc1)c1ccccc1").sites(data)).isZero();
        assertThat(form("CCN(CC)CC").sites(data)).isEqualTo(1);
        assertThat(form("Nc1nc(cs1)-c1ccccc1").sites(data)).isEqualTo(1);
    }

    @Test
    void acidEquivalentsCountNeutralAcidsAndProtonatedSitesNotCounterIonsOfAPermanentCation() {
        // cefepime dihydrochloride: cation (COOH: one H+) + Cl- + HCl = 2
        assertThat(form(Fixtures.smiles("ref:001-I.2HCl.H2O")).acidEquivalents()).isEqualTo(2);
        assertThat(form(Fixtures.smiles("ref:001-I.2HCl.H2O")).waters()).isEqualTo(1);
        // the bis-TMS nucleus chloride: the chloride balances the quaternary N, no H+ is held
        assertThat(form(Fixtures.smiles("ref:000-II.b")).acidEquivalents()).isZero();
        // the zwitterion: none
        assertThat(form(Fixtures.smiles("ref:001-I")).acidEquivalents()).isZero();
    }

    @Test
    void anAcidTheVesselNeverHadAndTooManyAcidsAreProblems() {
        SaltForm hbr = form("Nc1nc(cs1)-c1ccccc1.Br");
        String hbrKey = cache.key("Br");
        assertThat(hbr.problems(Set.of(hbrKey), data)).isEmpty();
        assertThat(hbr.problems(Set.of(cache.key("Cl")), data)).singleElement().asString().contains("hydrogen bromide");
        SaltForm twoHcl = form("Nc1nc(cs1)-c1ccccc1.Cl.Cl");
        assertThat(twoHcl.problems(Set.of(cache.key("Cl")), data)).singleElement().asString()
                .contains("2 acid equivalent(s)").contains("1 basic site(s)");
        SaltForm hydrate = form("O=C(Nc1ccccc1)c1ccccc1.O");
        assertThat(hydrate.problems(Set.of(), data)).singleElement().asString().contains("hydrate");
    }

    @Test
    void aSodiumSaltNeedsSodiumCharged() {
        SaltForm sodium = form("[Na+].[O-]C(=O)c1ccccc1");
        assertThat(sodium.metals()).containsExactly("[Na+]");
        assertThat(sodium.problems(Set.of("element:Na"), data)).isEmpty();
        assertThat(sodium.problems(Set.of(), data)).singleElement().asString().contains("Na");
    }
}
