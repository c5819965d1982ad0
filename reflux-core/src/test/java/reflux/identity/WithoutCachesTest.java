package reflux.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import reflux.model.identity.Resolution;

/**
 * A resolver without caches (what {@code bench names} times) answers like the caching one and computes every call
 * afresh. Expected keys: PubChem (acetic acid CID 176, sodium acetate CID 517045, 2-methylpyridine CID 7975).
 */
class WithoutCachesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            acetic acid      | QTBSBXVTEAMEQO-UHFFFAOYSA-N
            sodium acetate   | VMHLLURERBWHNL-UHFFFAOYSA-M
            2-methylpyridine | BSKHPKMHTQYZBB-UHFFFAOYSA-N
            """)
    void answersLikeTheCachingResolverAndRecomputesEachCall(String name, String key) {
        NameResolver uncached = NameResolver.keyOnly().withoutCaches();
        Resolution first = uncached.resolve(name);
        Resolution second = uncached.resolve(name);
        assertThat(first.inchiKey()).isEqualTo(key);
        assertThat(NameResolver.keyOnly().resolve(name).inchiKey()).isEqualTo(key);
        assertThat(second).isEqualTo(first).isNotSameAs(first);
    }
}
