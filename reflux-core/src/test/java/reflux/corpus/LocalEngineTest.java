package reflux.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reflux.extract.ParagraphExtractor;
import reflux.identity.NameResolver;
import reflux.testkit.SharedFiles;

class LocalEngineTest {

    private static Supplier<RecordProcessor> processors() {
        ParagraphExtractor x = ParagraphExtractor.standard();
        DerivedRules rules = DerivedRules.standard();
        return () -> new RecordProcessor(x, NameResolver.standard()::resolve, new RuleMatcher(rules));
    }

    private static List<CorpusRecord> sample() throws IOException {
        return CorpusReader.read(SharedFiles.shared("data/uspto-ord-dev/reactions.jsonl.gz")).subList(0, 40);
    }

    @Test
    void twoThreadsWriteTheSameRowsAsOneAndAResumedRunTheSameAsAWholeOne(@TempDir Path tmp) throws IOException {
        List<CorpusRecord> rs = sample();
        Path one = tmp.resolve("one");
        Partitions.prepare(one, "p", false);
        new LocalEngine(1, processors()).run(rs, one, 4, d -> { });
        Path two = tmp.resolve("two");
        Partitions.prepare(two, "p", false);
        new LocalEngine(2, processors()).run(rs, two, 4, d -> { });
        assertThat(Files.readAllBytes(two.resolve("rows.jsonl"))).isEqualTo(Files.readAllBytes(one.resolve("rows.jsonl")));
        // an interrupted run: two of four partitions finished, then resumed
        Path part = tmp.resolve("part");
        Partitions.prepare(part, "p", false);
        List<List<CorpusRecord>> split = Partitions.split(rs, 4);
        RecordProcessor p = processors().get();
        for (int k : new int[] {0, 2}) {
            Partitions.write(part, k, split.get(k).stream().map(p::process).toList());
        }
        assertThat(Partitions.prepare(part, "p", false)).contains("--resume");
        assertThat(Partitions.prepare(part, "p", true)).isNull();
        int ran = new LocalEngine(2, processors()).run(rs, part, 4, d -> { });
        assertThat(ran).isEqualTo(2);
        assertThat(Files.readAllBytes(part.resolve("rows.jsonl"))).isEqualTo(Files.readAllBytes(one.resolve("rows.jsonl")));
        assertThat(Files.readAllLines(one.resolve("rows.jsonl"))).hasSize(40);
    }

    @Test
    void anUnreadableLineIsARowWithItsReasonAndTheRunGoesOn(@TempDir Path tmp) throws IOException {
        Path f = tmp.resolve("in.jsonl");
        Files.writeString(f, "{\"id\":\"a\",\"text\":\"Acetyl chloride (7.9 g, 0.1 mol) was added to ethylamine.\"}\n"
                + "not json\n");
        List<CorpusRecord> rs = CorpusReader.read(f);
        Path out = tmp.resolve("out");
        Partitions.prepare(out, "p", false);
        new LocalEngine(1, processors()).run(rs, out, 1, d -> { });
        List<String> rows = Files.readAllLines(out.resolve("rows.jsonl"));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1)).contains("\"verdict\":\"FAILED\"").containsPattern("in\\.jsonl:2:\\d+: not a JSON object");
        CorpusSummary.write(out, "local", 1.0);
        assertThat(Files.readString(out.resolve("summary.html"))).contains("<svg").contains("href=\"#row-1\"");
    }

    @Test
    void aPlanChangeIsRefusedWithThePlanInTheMessage(@TempDir Path tmp) throws IOException {
        assertThat(Partitions.prepare(tmp, Partitions.plan("a.jsonl", 10, 2), false)).isNull();
        assertThat(Partitions.prepare(tmp, Partitions.plan("a.jsonl", 10, 3), true))
                .contains("_plan").contains("partitions=2");
    }
}
