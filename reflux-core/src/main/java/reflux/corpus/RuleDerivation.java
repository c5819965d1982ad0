package reflux.corpus;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Derives the template set from a corpus of mapped ORD records: one {@link RuleDeriver} template per record, records
 * with the same template grouped, templates ordered by how many records give them (then by first appearance), and
 * why the others gave none. Deterministic for a given input order.
 */
public final class RuleDerivation {
    /** Templates that more than this many heavy atoms make are too specific to be worth trying elsewhere. */
    static final int MAX_TEMPLATE_ATOMS = 24;

    /**
     * The derived templates and the reasons records gave none.
     *
     * @param rules    the templates
     * @param failures reason → number of records
     */
    public record Outcome(DerivedRules rules, Map<String, Integer> failures) {
        public Outcome {
            failures = Map.copyOf(failures);
        }
    }

    private RuleDerivation() {
    }

    /** Templates of {@code records} (only those with a mapped reaction SMILES count). */
    public static Outcome derive(List<CorpusRecord> records) {
        RuleDeriver d = new RuleDeriver();
        Map<String, List<String>> bySmirks = new LinkedHashMap<>();
        Map<String, Integer> failures = new TreeMap<>();
        for (CorpusRecord r : records) {
            if (r.reactionSmiles() == null) {
                failures.merge("no mapped reaction SMILES", 1, Integer::sum);
                continue;
            }
            RuleDeriver.Result res = d.derive(r.reactionSmiles());
            if (!res.ok()) {
                failures.merge(res.problem(), 1, Integer::sum);
                continue;
            }
            if (res.smirks().chars().filter(c -> c == '[').count() > 2 * MAX_TEMPLATE_ATOMS) {
                failures.merge("reaction centre larger than " + MAX_TEMPLATE_ATOMS + " atoms", 1, Integer::sum);
                continue;
            }
            bySmirks.computeIfAbsent(res.smirks(), k -> new ArrayList<>()).add(r.id());
        }
        List<Map.Entry<String, List<String>>> es = new ArrayList<>(bySmirks.entrySet());
        // stable sort: most records first, ties in first-appearance order
        es.sort((a, b) -> Integer.compare(b.getValue().size(), a.getValue().size()));
        List<DerivedRules.Template> out = new ArrayList<>();
        int n = 0;
        for (Map.Entry<String, List<String>> e : es) {
            out.add(new DerivedRules.Template("uspto-" + ++n, e.getKey(), e.getValue()));
        }
        return new Outcome(new DerivedRules(out), failures);
    }

    /** Writes the templates as the resource TSV (with a header saying where they came from). */
    public static void write(DerivedRules rules, String source, Writer w) throws IOException {
        w.write("# Reaction-centre templates derived from atom-mapped reaction SMILES (reflux bench derive-rules).\n");
        w.write("# source: " + source + "\n");
        w.write("# columns: id, CDK SMIRKS of the centre, number of records, ids of the records it came from\n");
        w.write("id\tsmirks\trecords\tsources\n");
        for (DerivedRules.Template t : rules.rules()) {
            w.write(t.id() + "\t" + t.smirks() + "\t" + t.sources().size() + "\t" + String.join(",", t.sources())
                    + "\n");
        }
    }
}
