package reflux.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.schema.MessageType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The local engine's Parquet copy of the rows, read back with Parquet's own reader in its standard (Hadoop)
 * configuration and example record model (no Reflux code): values,
 * absent and empty fields as written in hand-made rows; a row that does not fit the schema stops the copy with its
 * line and field path and leaves nothing behind. (That Spark reads the copy as it reads its own file is
 * reflux-spark's SparkCorpusJobTest.)
 */
class ParquetRowsTest {

    private static final String ROW1 = "{\"index\":1,\"id\":\"uspto-1\",\"verdict\":\"MATCH\",\"inputs\":[{\"name\":\"water\","
            + "\"role\":\"SOLVENT\",\"amounts\":[{\"kind\":\"VOLUME\",\"value\":50,\"unit\":\"mL\"}],"
            + "\"inchikey\":\"XLYOFNOQVPJJNP-UHFFFAOYSA-N\",\"smiles\":null}],\"products\":[],"
            + "\"findings\":[{\"code\":\"YIELD_MISMATCH\",\"severity\":\"WARNING\",\"path\":\".products[0]\","
            + "\"message\":\"stated 80 %, computed 72.5 %\"}],\"metrics\":{\"inputs\":1,\"characters\":312}}";
    private static final String ROW2 = "{\"index\":2,\"id\":\"uspto-2\",\"verdict\":\"FAILED\",\"failure\":\"line 2: not JSON\","
            + "\"findings\":[]}";

    private static List<Group> read(Path p, MessageType[] schemaOut) throws IOException {
        List<Group> out = new ArrayList<>();
        try (ParquetFileReader r = ParquetFileReader.open(new LocalInputFile(p))) {
            MessageType schema = r.getFooter().getFileMetaData().getSchema();
            schemaOut[0] = schema;
            PageReadStore pages;
            while ((pages = r.readNextRowGroup()) != null) {
                RecordReader<Group> rr = new ColumnIOFactory().getColumnIO(schema)
                        .getRecordReader(pages, new GroupRecordConverter(schema));
                for (long k = 0; k < pages.getRowCount(); k++) {
                    out.add(rr.read());
                }
            }
        }
        return out;
    }

    @Test
    void rowsReadBackWithParquetsOwnReaderAsWritten(@TempDir Path tmp) throws IOException {
        Path in = tmp.resolve("rows.jsonl");
        Files.writeString(in, ROW1 + "\n" + ROW2 + "\n");
        Path out = tmp.resolve("rows.parquet");
        assertThat(ParquetRows.write(in, out, RowSchema.standard())).isEqualTo(2);
        MessageType[] schema = new MessageType[1];
        List<Group> rows = read(out, schema);
        assertThat(schema[0]).isEqualTo(RowSchema.standard().parquet());
        assertThat(rows).hasSize(2);
        Group a = rows.get(0);
        assertThat(a.getLong("index", 0)).isEqualTo(1L);
        assertThat(a.getString("id", 0)).isEqualTo("uspto-1");
        assertThat(a.getFieldRepetitionCount("failure")).as("absent").isZero();
        Group water = a.getGroup("inputs", 0).getGroup("list", 0).getGroup("element", 0);
        assertThat(water.getString("name", 0)).isEqualTo("water");
        assertThat(water.getFieldRepetitionCount("smiles")).as("null is absent").isZero();
        Group vol = water.getGroup("amounts", 0).getGroup("list", 0).getGroup("element", 0);
        assertThat(vol.getDouble("value", 0)).as("a JSON integer in a DOUBLE column").isEqualTo(50.0);
        assertThat(vol.getString("unit", 0)).isEqualTo("mL");
        assertThat(a.getFieldRepetitionCount("products")).as("an empty list is there").isEqualTo(1);
        assertThat(a.getGroup("products", 0).getFieldRepetitionCount("list")).as("with no element").isZero();
        Group finding = a.getGroup("findings", 0).getGroup("list", 0).getGroup("element", 0);
        assertThat(finding.getString("message", 0)).isEqualTo("stated 80 %, computed 72.5 %");
        assertThat(a.getGroup("metrics", 0).getLong("characters", 0)).isEqualTo(312L);
        Group b = rows.get(1);
        assertThat(b.getString("failure", 0)).isEqualTo("line 2: not JSON");
        assertThat(b.getFieldRepetitionCount("inputs")).isZero();
    }

    @Test
    void aRowTheSchemaDoesNotStateStopsTheCopyWithItsLineAndFieldAndLeavesTheOldFile(@TempDir Path tmp)
            throws IOException {
        Path out = tmp.resolve("rows.parquet");
        Files.writeString(out, "earlier");
        Path in = tmp.resolve("rows.jsonl");
        Files.writeString(in, ROW1 + "\n" + ROW2.replace("\"findings\":[]",
                "\"findings\":[],\"inputs\":[{\"name\":\"x\",\"colour\":\"red\"}]") + "\n");
        assertThatThrownBy(() -> ParquetRows.write(in, out, RowSchema.standard())).isInstanceOf(IOException.class)
                .hasMessage(in + ":2: .inputs[0].colour: not in the schema (rows.ddl)");
        Files.writeString(in, ROW1.replace("\"index\":1", "\"index\":\"one\"") + "\n");
        assertThatThrownBy(() -> ParquetRows.write(in, out, RowSchema.standard()))
                .hasMessage(in + ":1: .index: BIGINT in the schema, STRING in the row");
        Files.writeString(in, ROW1.replace("\"value\":50", "\"value\":[50]") + "\n");
        assertThatThrownBy(() -> ParquetRows.write(in, out, RowSchema.standard()))
                .hasMessage(in + ":1: .inputs[0].amounts[0].value: DOUBLE in the schema, ARRAY in the row");
        Files.writeString(in, "{\"index\":1,\n");
        assertThatThrownBy(() -> ParquetRows.write(in, out, RowSchema.standard()))
                .hasMessageStartingWith(in + ":1: not a JSON object");
        assertThat(Files.readString(out)).as("the earlier file untouched").isEqualTo("earlier");
        try (var s = Files.list(tmp)) {
            assertThat(s.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("rows.parquet", "rows.jsonl");
        }
    }

    /** Writes args[0] (rows) to args[1] (Parquet): the copy made in another JVM. */
    public static void main(String[] args) throws IOException {
        ParquetRows.write(Path.of(args[0]), Path.of(args[1]), RowSchema.standard());
    }

    @Test
    void theSameRowsWrittenInAnotherJvmGiveTheSameBytes(@TempDir Path tmp) throws Exception {
        Path in = tmp.resolve("rows.jsonl");
        StringBuilder rows = new StringBuilder();
        for (int k = 0; k < 40; k++) {
            rows.append(ROW1.replace("\"index\":1", "\"index\":" + k)).append('\n').append(ROW2).append('\n');
        }
        Files.writeString(in, rows);
        Path here = tmp.resolve("here.parquet");
        ParquetRows.write(in, here, RowSchema.standard());
        Path there = tmp.resolve("there.parquet");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                ParquetRowsTest.class.getName(), in.toString(), there.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(p.waitFor()).isZero();
        // without the sorted footer the encodings of a column chunk come in hash-set order, which differs per JVM
        assertThat(Files.readAllBytes(there)).isEqualTo(Files.readAllBytes(here));
    }

    @Test
    void aMalformedSchemaSaysWhere() {
        assertThatThrownBy(() -> RowSchema.parse("-- a comment\na BIGINT,\nb MAP<STRING, STRING>"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rows.ddl:3:3: unknown type 'MAP' (BIGINT, STRING, DOUBLE, ARRAY, STRUCT)");
        assertThatThrownBy(() -> RowSchema.parse("a STRUCT<x BIGINT>"))
                .hasMessage("rows.ddl:1:12: ':' expected");
        assertThat(RowSchema.parse("a ARRAY<STRUCT<x: DOUBLE>>").fields())
                .containsExactly(new RowSchema.Field("a", new RowSchema.ArrayOf(new RowSchema.Struct(
                        List.of(new RowSchema.Field("x", RowSchema.Scalar.DOUBLE))))));
    }
}
