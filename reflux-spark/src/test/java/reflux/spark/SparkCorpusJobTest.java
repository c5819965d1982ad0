package reflux.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reflux.corpus.CorpusReader;
import reflux.corpus.CorpusRecord;
import reflux.corpus.DerivedRules;
import reflux.corpus.LocalEngine;
import reflux.corpus.Partitions;
import reflux.corpus.RecordProcessor;
import reflux.corpus.RuleMatcher;
import reflux.extract.ParagraphExtractor;
import reflux.identity.NameResolver;
import reflux.testkit.SharedFiles;

/** The Spark engine on local[2] writes the rows the local engine writes, byte for byte, and their Parquet copy. */
class SparkCorpusJobTest {

    private static Path firstRecords(Path dir, int n) throws IOException {
        Path data = SharedFiles.shared("data/uspto-ord-dev/reactions.jsonl.gz");
        List<String> lines = new ArrayList<>();
        try (var r = new java.io.BufferedReader(new java.io.InputStreamReader(
                new GZIPInputStream(Files.newInputStream(data)), java.nio.charset.StandardCharsets.UTF_8))) {
            String l;
            while (lines.size() < n && (l = r.readLine()) != null) {
                lines.add(l);
            }
        }
        Path f = dir.resolve("first.jsonl");
        Files.write(f, lines);
        return f;
    }

    @Test
    void sparkLocalAndTheLocalEngineAgreeRecordForRecord(@TempDir Path tmp) throws IOException {
        Path in = firstRecords(tmp, 60);
        Path spark = tmp.resolve("spark");
        int rc = SparkCorpusJob.run(new String[] {in.toString(), "--out", spark.toString(), "--master", "local[2]",
                "--partitions", "4"});
        assertThat(rc).isZero();
        List<CorpusRecord> rs = CorpusReader.read(in);
        Path local = tmp.resolve("local");
        Partitions.prepare(local, "p", false);
        ParagraphExtractor x = ParagraphExtractor.standard();
        DerivedRules rules = DerivedRules.standard();
        new LocalEngine(2, () -> new RecordProcessor(x, NameResolver.bulk()::resolve, new RuleMatcher(rules)))
                .run(rs, local, 4, d -> { });
        assertThat(Files.readAllBytes(spark.resolve("rows.jsonl")))
                .isEqualTo(Files.readAllBytes(local.resolve("rows.jsonl")));
        assertThat(spark.resolve("summary.html")).exists();
        SparkSession s = SparkSession.builder().master("local[1]").config("spark.ui.enabled", "false").getOrCreate();
        try {
            var df = s.read().parquet(spark.resolve("rows.parquet").toString());
            assertThat(df.count()).isEqualTo(60);
            assertThat(df.columns()).contains("id", "verdict", "failure", "findings", "inputs", "execution");
            assertThat(df.schema()).isEqualTo(SparkCorpusJob.rowSchema());
            // the local engine's Parquet copy (Parquet's writer, no Spark): Spark reads it with the same schema and
            // the same values, row for row
            var mine = s.read().parquet(local.resolve("rows.parquet").toString());
            assertThat(mine.schema()).isEqualTo(SparkCorpusJob.rowSchema());
            assertThat(mine.orderBy("index").toJSON().collectAsList())
                    .isEqualTo(df.orderBy("index").toJSON().collectAsList());
        } finally {
            s.stop();
        }
        // every field of every row, with the kind of its value, is in the stated schema (a field the schema lacks
        // would be dropped from the Parquet copy without a word)
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        List<String> missing = new ArrayList<>();
        for (String line : Files.readAllLines(spark.resolve("rows.jsonl"))) {
            unstated(json.readTree(line), SparkCorpusJob.rowSchema(), "", missing);
        }
        unstated(json.readTree("{\"index\":1,\"id\":\"x\",\"verdict\":\"FAILED\",\"failure\":\"why\","
                + "\"findings\":[]}"), SparkCorpusJob.rowSchema(), "", missing);
        assertThat(missing).isEmpty();
    }

    /** Adds to {@code out} each path of {@code n} that {@code t} does not state or types otherwise. */
    private static void unstated(com.fasterxml.jackson.databind.JsonNode n, DataType t, String path, List<String> out) {
        if (n.isNull()) {
            return;
        }
        if (t instanceof StructType st) {
            if (!n.isObject()) {
                out.add(path + ": an object in the schema, " + n.getNodeType() + " in the row");
                return;
            }
            n.fields().forEachRemaining(e -> {
                var f = java.util.Arrays.stream(st.fields()).filter(x -> x.name().equals(e.getKey())).findFirst();
                if (f.isEmpty()) {
                    out.add(path + "." + e.getKey() + ": not in the schema");
                } else {
                    unstated(e.getValue(), f.get().dataType(), path + "." + e.getKey(), out);
                }
            });
        } else if (t instanceof ArrayType at) {
            if (!n.isArray()) {
                out.add(path + ": an array in the schema, " + n.getNodeType() + " in the row");
                return;
            }
            n.forEach(e -> unstated(e, at.elementType(), path + "[]", out));
        } else {
            boolean fits = t.equals(DataTypes.StringType) ? n.isTextual()
                    : t.equals(DataTypes.LongType) ? n.isIntegralNumber()
                    : t.equals(DataTypes.DoubleType) ? n.isNumber() : false;
            if (!fits) {
                out.add(path + ": " + t.simpleString() + " in the schema, " + n.getNodeType() + " in the row");
            }
        }
    }

    @Test
    void missingArgumentsAreAUsageError() {
        assertThat(SparkCorpusJob.run(new String[] {"in.jsonl"})).isEqualTo(2);
        assertThat(SparkCorpusJob.run(new String[] {"in.jsonl", "--out", "o", "--partitions", "x"})).isEqualTo(2);
    }

    @Test
    void theDriverPreparesProcessorsOnlyForALocalMaster() {
        assertThat(SparkCorpusJob.localThreads("local")).isEqualTo(1);
        assertThat(SparkCorpusJob.localThreads("local[2]")).isEqualTo(2);
        assertThat(SparkCorpusJob.localThreads("local[3,4]")).isEqualTo(3);
        assertThat(SparkCorpusJob.localThreads("local[*]")).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(SparkCorpusJob.localThreads("spark://host:7077")).isZero();
        assertThat(SparkCorpusJob.localThreads("local-cluster[2,1,1024]")).isZero();
        assertThat(SparkCorpusJob.localThreads("yarn")).isZero();
        assertThat(SparkCorpusJob.localThreads(null)).isZero();
    }
}
