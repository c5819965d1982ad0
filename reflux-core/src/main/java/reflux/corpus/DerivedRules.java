package reflux.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reaction-centre templates derived from atom-mapped USPTO reactions (the resource {@link #RESOURCE}, written by
 * {@code reflux bench derive-rules}): each with its SMIRKS and the ids of the ORD records it came from. Immutable and
 * thread-safe; {@link RuleMatcher} applies them.
 *
 * <pre>{@code
 * DerivedRules rules = DerivedRules.standard();
 * rules.rules().get(0).sources(); // ORD reaction ids
 * }</pre>
 */
public final class DerivedRules {
    /** The shipped templates (TSV: id, smirks, number of records, their ids separated by commas). */
    public static final String RESOURCE = "/reflux/rules/derived-uspto.tsv";

    /**
     * One template.
     *
     * @param id      {@code uspto-N}, in the file's order (most records first)
     * @param smirks  the CDK SMIRKS of the reaction centre
     * @param sources ids of the ORD records whose mapped reaction gives this template
     */
    public record Template(String id, String smirks, List<String> sources) {
        public Template {
            if (id == null || smirks == null || !smirks.contains(">>")) {
                throw new IllegalArgumentException("template needs an id and a SMIRKS");
            }
            sources = List.copyOf(sources);
        }
    }

    private final List<Template> rules;

    /** Templates as given (in the order they are tried). */
    public DerivedRules(List<Template> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The shipped templates; an empty set when the resource is absent (a build before derive-rules ran). */
    public static DerivedRules standard() {
        try (InputStream in = DerivedRules.class.getResourceAsStream(RESOURCE)) {
            return in == null ? new DerivedRules(List.of()) : read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Reads the TSV (a header line starting with {@code id}, {@code #} comments). */
    public static DerivedRules read(InputStream in) throws IOException {
        List<Template> out = new ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.isBlank() || line.startsWith("#") || line.startsWith("id\t")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length < 4) {
                throw new IOException(RESOURCE + ":" + n + ": expected id, smirks, records, sources");
            }
            out.add(new Template(f[0], f[1], List.of(f[3].split(","))));
        }
        return new DerivedRules(out);
    }

    /** The templates, in the order they are tried. */
    public List<Template> rules() {
        return rules;
    }

    /** The templates none of whose sources is in {@code ids} (a held-out evaluation). */
    public DerivedRules without(java.util.Set<String> ids) {
        return new DerivedRules(rules.stream().filter(t -> t.sources().stream().noneMatch(ids::contains)).toList());
    }
}
