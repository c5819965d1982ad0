package reflux.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.parquet.bytes.DirectByteBufferAllocator;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.format.ColumnChunk;
import org.apache.parquet.format.ColumnMetaData;
import org.apache.parquet.format.Encoding;
import org.apache.parquet.format.FileMetaData;
import org.apache.parquet.format.PageEncodingStats;
import org.apache.parquet.format.RowGroup;
import org.apache.parquet.format.Util;
import org.apache.parquet.hadoop.CodecFactory;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import reflux.corpus.RowSchema.ArrayOf;
import reflux.corpus.RowSchema.Field;
import reflux.corpus.RowSchema.Kind;
import reflux.corpus.RowSchema.Scalar;
import reflux.corpus.RowSchema.Struct;

/**
 * The Parquet copy of a run's rows: {@code rows.jsonl} written as {@code rows.parquet} by Apache Parquet's own writer
 * (parquet-hadoop, no Hadoop: its local file, plain configuration and Snappy codec), in the stated {@link RowSchema}
 * laid out as Spark lays it out, so that Spark reads the local engine's file exactly as it reads its own. Every row
 * is checked against the schema before it is written: a field the schema lacks or a value of another type stops the
 * copy with the line and field path, and nothing is left behind (a temporary file, moved into place when complete).
 * Stateless.
 *
 * <pre>{@code
 * long n = ParquetRows.write(dir.resolve("rows.jsonl"), dir.resolve("rows.parquet"), RowSchema.standard());
 * }</pre>
 */
public final class ParquetRows {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ParquetRows() {
    }

    /** Writes the rows of {@code jsonl} (one JSON object a line) to {@code out}; returns the number of rows. */
    public static long write(Path jsonl, Path out, RowSchema schema) throws IOException {
        Path abs = out.toAbsolutePath();
        Path tmp = Files.createTempFile(abs.getParent(), "." + abs.getFileName(), ".tmp");
        CodecFactory codecs = CodecFactory.createDirectCodecFactory(null, new DirectByteBufferAllocator(),
                ParquetWriter.DEFAULT_PAGE_SIZE);
        long n = 0;
        try {
            try (BufferedReader in = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8);
                    ParquetWriter<JsonNode> w = new Builder(new LocalOutputFile(tmp), schema)
                            .withConf(new PlainParquetConfiguration())
                            .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
                            .withCompressionCodec(CompressionCodecName.SNAPPY)
                            .withCodecFactory(codecs)
                            .build()) {
                String line;
                int number = 0;
                while ((line = in.readLine()) != null) {
                    number++;
                    if (line.isBlank()) {
                        continue;
                    }
                    JsonNode row;
                    try {
                        row = JSON.readTree(line);
                    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                        throw new IOException(jsonl + ":" + number + ": not a JSON object: "
                                + e.getOriginalMessage());
                    }
                    String problem = misfit(schema.struct(), row, "");
                    if (problem != null) {
                        throw new IOException(jsonl + ":" + number + ": " + problem);
                    }
                    w.write(row);
                    n++;
                }
            }
            canonicalFooter(tmp);
            Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return n;
        } finally {
            codecs.release();
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Puts the footer's unordered lists in one order: Parquet's writer gathers each column chunk's encodings in a
     * hash set of enum constants, whose order changes from one JVM to the next, so two runs on the same rows would
     * differ in a few footer bytes. Sorted (encodings by value, page encoding stats by page type and encoding), the
     * same rows give the same file; the footer keeps its length, since only the order of its elements changes.
     */
    static void canonicalFooter(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long size = ch.size();
            ByteBuffer tail = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
            ch.read(tail, size - 8);
            int length = tail.getInt(0);
            ByteBuffer footer = ByteBuffer.allocate(length);
            ch.read(footer, size - 8 - length);
            FileMetaData meta = Util.readFileMetaData(new ByteArrayInputStream(footer.array()));
            for (RowGroup g : meta.getRow_groups()) {
                for (ColumnChunk c : g.getColumns()) {
                    ColumnMetaData m = c.getMeta_data();
                    m.getEncodings().sort(Comparator.comparingInt(Encoding::getValue));
                    if (m.isSetEncoding_stats()) {
                        m.getEncoding_stats().sort(Comparator.comparingInt((PageEncodingStats e) ->
                                e.getPage_type().getValue()).thenComparingInt(e -> e.getEncoding().getValue()));
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(length);
            Util.writeFileMetaData(meta, out);
            if (out.size() != length) {
                throw new IOException(file + ": the sorted Parquet footer has " + out.size() + " bytes, not " + length);
            }
            ch.write(ByteBuffer.wrap(out.toByteArray()), size - 8 - length);
        }
    }

    /** Why {@code v} does not fit {@code kind} (the first misfit, with its field path), or null if it fits. */
    static String misfit(Kind kind, JsonNode v, String path) {
        if (v.isNull()) {
            return null;
        }
        if (kind instanceof Struct st) {
            if (!v.isObject()) {
                return where(path) + ": a struct in the schema, " + v.getNodeType() + " in the row";
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                Field f = field(st, e.getKey());
                if (f == null) {
                    return path + "." + e.getKey() + ": not in the schema (rows.ddl)";
                }
                String p = misfit(f.kind(), e.getValue(), path + "." + e.getKey());
                if (p != null) {
                    return p;
                }
            }
            return null;
        }
        if (kind instanceof ArrayOf a) {
            if (!v.isArray()) {
                return where(path) + ": an array in the schema, " + v.getNodeType() + " in the row";
            }
            for (int k = 0; k < v.size(); k++) {
                String p = misfit(a.element(), v.get(k), path + "[" + k + "]");
                if (p != null) {
                    return p;
                }
            }
            return null;
        }
        boolean fits = switch ((Scalar) kind) {
            case STRING -> v.isTextual();
            case DOUBLE -> v.isNumber();
            case BIGINT -> v.isIntegralNumber() && v.canConvertToLong();
        };
        return fits ? null : where(path) + ": " + kind + " in the schema, " + v.getNodeType() + " in the row";
    }

    private static String where(String path) {
        return path.isEmpty() ? "the row" : path;
    }

    private static Field field(Struct st, String name) {
        for (Field f : st.fields()) {
            if (f.name().equals(name)) {
                return f;
            }
        }
        return null;
    }

    /** Writes one checked row through the record consumer: a field that is absent or null is left out. */
    private static void fields(RecordConsumer rc, List<Field> fields, JsonNode v) {
        for (int k = 0; k < fields.size(); k++) {
            Field f = fields.get(k);
            JsonNode x = v.get(f.name());
            if (x == null || x.isNull()) {
                continue;
            }
            rc.startField(f.name(), k);
            value(rc, f.kind(), x);
            rc.endField(f.name(), k);
        }
    }

    private static void value(RecordConsumer rc, Kind kind, JsonNode v) {
        if (kind instanceof Struct st) {
            rc.startGroup();
            fields(rc, st.fields(), v);
            rc.endGroup();
        } else if (kind instanceof ArrayOf a) {
            rc.startGroup();
            if (v.size() > 0) {
                rc.startField("list", 0);
                for (JsonNode e : v) {
                    rc.startGroup();
                    if (!e.isNull()) {
                        rc.startField("element", 0);
                        value(rc, a.element(), e);
                        rc.endField("element", 0);
                    }
                    rc.endGroup();
                }
                rc.endField("list", 0);
            }
            rc.endGroup();
        } else {
            switch ((Scalar) kind) {
                case STRING -> rc.addBinary(Binary.fromString(v.textValue()));
                case DOUBLE -> rc.addDouble(v.doubleValue());
                case BIGINT -> rc.addLong(v.longValue());
            }
        }
    }

    /** A row as a Parquet record. */
    private static final class RowWriteSupport extends WriteSupport<JsonNode> {
        private final RowSchema schema;
        private RecordConsumer rc;

        RowWriteSupport(RowSchema schema) {
            this.schema = schema;
        }

        @Override
        public WriteContext init(ParquetConfiguration conf) {
            return new WriteContext(schema.parquet(), Map.of());
        }

        @Override
        public WriteContext init(org.apache.hadoop.conf.Configuration conf) {
            return new WriteContext(schema.parquet(), Map.of());
        }

        @Override
        public void prepareForWrite(RecordConsumer recordConsumer) {
            this.rc = recordConsumer;
        }

        @Override
        public void write(JsonNode row) {
            rc.startMessage();
            fields(rc, schema.fields(), row);
            rc.endMessage();
        }
    }

    /** A writer builder on Parquet's plain configuration (the Hadoop one is never asked for). */
    private static final class Builder extends ParquetWriter.Builder<JsonNode, Builder> {
        private final RowSchema schema;

        Builder(OutputFile file, RowSchema schema) {
            super(file);
            this.schema = schema;
        }

        @Override
        protected Builder self() {
            return this;
        }

        @Override
        protected WriteSupport<JsonNode> getWriteSupport(ParquetConfiguration conf) {
            return new RowWriteSupport(schema);
        }

        @Override
        protected WriteSupport<JsonNode> getWriteSupport(org.apache.hadoop.conf.Configuration conf) {
            return new RowWriteSupport(schema);
        }
    }
}
