package reflux.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Types;

/**
 * The stated schema of a corpus row ({@code rows.ddl}, Spark SQL DDL: {@code BIGINT}, {@code STRING}, {@code DOUBLE},
 * {@code ARRAY<…>}, {@code STRUCT<name: type, …>}; lines starting {@code --} are comments), read once from the
 * resource both engines use: the Spark engine hands {@link #ddl()} to Spark, the local engine writes Parquet by
 * {@link #parquet()}. Every field is nullable, as Spark reads them. Immutable.
 *
 * <pre>{@code
 * RowSchema s = RowSchema.standard();
 * s.fields().get(0).name();   // "index"
 * }</pre>
 */
public record RowSchema(String ddl, List<Field> fields) {

    /** A column type. */
    public sealed interface Kind permits Scalar, ArrayOf, Struct {
    }

    /** BIGINT, STRING or DOUBLE. */
    public enum Scalar implements Kind { BIGINT, STRING, DOUBLE }

    /** ARRAY of an element type. */
    public record ArrayOf(Kind element) implements Kind {
    }

    /** STRUCT of named fields, in order. */
    public record Struct(List<Field> fields) implements Kind {
        public Struct {
            fields = List.copyOf(fields);
        }
    }

    /** A named field. */
    public record Field(String name, Kind kind) {
    }

    public RowSchema {
        fields = List.copyOf(fields);
    }

    /** The row schema shipped as {@code reflux/corpus/rows.ddl}. */
    public static RowSchema standard() {
        try (InputStream in = RowSchema.class.getResourceAsStream("rows.ddl")) {
            if (in == null) {
                throw new IllegalStateException("reflux/corpus/rows.ddl is missing from the class path");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses DDL text (comments dropped); a malformed text is an {@link IllegalArgumentException} saying where. */
    public static RowSchema parse(String text) {
        StringBuilder ddl = new StringBuilder();
        for (String line : text.split("\n")) {
            // a comment line is kept as an empty line, so that an error's line number is the file's
            ddl.append(line.strip().startsWith("--") ? "" : line).append('\n');
        }
        Parser p = new Parser(ddl.toString());
        List<Field> fields = p.fields(false);
        p.end();
        return new RowSchema(ddl.toString(), fields);
    }

    /** The struct of the top-level fields. */
    public Struct struct() {
        return new Struct(fields);
    }

    /**
     * The Parquet message type, written the way Spark writes these types: BIGINT as int64, STRING as binary
     * annotated STRING, DOUBLE as double, a struct as a group, an array as the three-level LIST
     * ({@code group (LIST) { repeated group list { optional … element } }}); every field optional.
     */
    public MessageType parquet() {
        List<Type> types = new ArrayList<>();
        for (Field f : fields) {
            types.add(parquet(f.name(), f.kind()));
        }
        return new MessageType("spark_schema", types);
    }

    private static Type parquet(String name, Kind kind) {
        if (kind instanceof Scalar s) {
            return switch (s) {
                case BIGINT -> Types.optional(PrimitiveTypeName.INT64).named(name);
                case DOUBLE -> Types.optional(PrimitiveTypeName.DOUBLE).named(name);
                case STRING -> Types.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType())
                        .named(name);
            };
        }
        if (kind instanceof ArrayOf a) {
            return Types.optionalList().element(parquet("element", a.element())).named(name);
        }
        List<Type> types = new ArrayList<>();
        for (Field f : ((Struct) kind).fields()) {
            types.add(parquet(f.name(), f.kind()));
        }
        return Types.optionalGroup().addFields(types.toArray(Type[]::new)).named(name);
    }

    /** A recursive-descent reader of the DDL subset. */
    private static final class Parser {
        private final String s;
        private int i;

        Parser(String s) {
            this.s = s;
        }

        List<Field> fields(boolean colon) {
            List<Field> out = new ArrayList<>();
            do {
                String name = word();
                if (colon) {
                    expect(':');
                }
                out.add(new Field(name, kind()));
            } while (accept(','));
            return out;
        }

        Kind kind() {
            skip();
            int at = i;
            String w = word().toUpperCase(java.util.Locale.ROOT);
            switch (w) {
                case "BIGINT", "STRING", "DOUBLE":
                    return Scalar.valueOf(w);
                case "ARRAY": {
                    expect('<');
                    Kind e = kind();
                    expect('>');
                    return new ArrayOf(e);
                }
                case "STRUCT": {
                    expect('<');
                    List<Field> f = fields(true);
                    expect('>');
                    return new Struct(f);
                }
                default:
                    throw error(at, "unknown type '" + w + "' (BIGINT, STRING, DOUBLE, ARRAY, STRUCT)");
            }
        }

        String word() {
            skip();
            int from = i;
            while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_')) {
                i++;
            }
            if (from == i) {
                throw error(i, "a name or type expected");
            }
            return s.substring(from, i);
        }

        boolean accept(char c) {
            skip();
            if (i < s.length() && s.charAt(i) == c) {
                i++;
                return true;
            }
            return false;
        }

        void expect(char c) {
            if (!accept(c)) {
                throw error(i, "'" + c + "' expected");
            }
        }

        void end() {
            skip();
            if (i < s.length()) {
                throw error(i, "unexpected '" + s.charAt(i) + "'");
            }
        }

        private void skip() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }

        private IllegalArgumentException error(int at, String what) {
            int line = 1;
            int col = 1;
            for (int k = 0; k < at && k < s.length(); k++) {
                if (s.charAt(k) == '\n') {
                    line++;
                    col = 1;
                } else {
                    col++;
                }
            }
            return new IllegalArgumentException("rows.ddl:" + line + ":" + col + ": " + what);
        }
    }
}
