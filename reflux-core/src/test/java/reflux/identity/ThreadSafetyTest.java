package reflux.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import reflux.model.identity.Resolution;
import reflux.testkit.SharedFiles;

/** Parallel resolution gives exactly the sequential results (cf. OPSIN's CliThreadingTest). */
class ThreadSafetyTest {

    @Test
    void parallelResultsEqualSequentialResults() throws Exception {
        List<String> names = new ArrayList<>();
        for (Map<String, String> row : SharedFiles.tsv(SharedFiles.shared("reference/seed-names.tsv"))) {
            names.add(row.get("name_as_written"));
        }
        names.addAll(List.of("7-ACP hydrochloride", "6-aminopenicillanic acid", "dimethyl sulfate", "cefepim", ""));
        List<String> work = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            work.addAll(names);
        }
        Collections.shuffle(work, new java.util.Random(7));
        NameResolver sequential = NameResolver.fresh();
        List<Resolution> expected = work.stream().map(sequential::resolve).toList();
        NameResolver parallel = NameResolver.fresh();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Resolution>> futures = new ArrayList<>();
            for (String n : work) {
                futures.add(pool.submit(() -> parallel.resolve(n)));
            }
            List<Resolution> actual = new ArrayList<>();
            for (Future<Resolution> f : futures) {
                actual.add(f.get());
            }
            assertThat(actual).isEqualTo(expected);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void batchOnTwoThreadsGivesTheSequentialResultsInInputOrderEachDistinctNameOnce() {
        List<String> names = List.of("acetic acid", "ethanol", "benzene", "ethanol", "qqxz unknownium",
                "acetic acid", "");
        java.util.concurrent.ConcurrentMap<String, Integer> calls = new java.util.concurrent.ConcurrentHashMap<>();
        NameResolver resolver = NameResolver.identityOnly();
        List<Resolution> batch = NameBatch.map(names, n -> {
            calls.merge(n, 1, Integer::sum);
            return resolver.resolve(n);
        }, 2, done -> { });
        // published standard InChIKeys (PubChem): acetic acid, ethanol, benzene
        assertThat(batch).extracting(Resolution::inchiKey).containsExactly("QTBSBXVTEAMEQO-UHFFFAOYSA-N",
                "LFQSCWFLJHTTHZ-UHFFFAOYSA-N", "UHOVQNZJYSORNB-UHFFFAOYSA-N", "LFQSCWFLJHTTHZ-UHFFFAOYSA-N", null,
                "QTBSBXVTEAMEQO-UHFFFAOYSA-N", null);
        assertThat(calls).hasSize(5).allSatisfy((name, n) -> assertThat(n).as(name).isEqualTo(1));
        assertThat(NameResolver.fresh().resolveAll(names, 2))
                .isEqualTo(names.stream().map(NameResolver.fresh()::resolve).toList());
    }
}
