package reflux.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import reflux.audit.AuditJson;
import reflux.claims.ClaimsReader;
import reflux.claims.Genus;
import reflux.claims.GenusSpec;
import reflux.claims.Vocabulary;
import reflux.chem.Structures;
import reflux.identity.NameResolver;
import reflux.model.identity.Resolution;
import reflux.text.TerminalText;

/**
 * {@code reflux genus claims/000.yaml#II [--member SMILES|NAME]... [--list N] [--max-alkyl-carbons N] [--json]}: the
 * size of a Markush genus under the bounds, its first members, and whether structures belong (with the variable
 * assignment, or the reason they do not). Exit 0 (every structure asked about is a member, or none was asked), 1 a
 * structure is not a member or the claim file is invalid, 2 usage (no {@code #GENUS}, unknown genus, a name that does
 * not resolve), 3 the claim file cannot be read.
 */
@Command(mixinStandardHelpOptions = true, name = "genus",
        description = "Enumerate a Markush genus of a claim file and test membership (FILE#GENUS).")
final class GenusCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE#GENUS", description = "Claim file and genus id, e.g. claims/000.yaml#II.")
    String target;

    @Option(names = "--member", paramLabel = "SMILES|NAME", description = "A structure to test (repeatable).")
    List<String> members = new ArrayList<>();

    @Option(names = "--list", paramLabel = "N", description = "Print the first N members (default 0).")
    int list;

    @Option(names = "--max-alkyl-carbons", paramLabel = "N", description = "Largest alkyl of a trialkylsilyl group (default 4).")
    int maxAlkylCarbons = 4;

    @Option(names = "--json", description = "JSON output.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int hash = target.lastIndexOf('#');
        if (hash <= 0 || hash == target.length() - 1) {
            err.println("reflux genus: give FILE#GENUS, e.g. claims/000.yaml#II, not '" + TerminalText.escape(target)
                    + "'");
            return ExitCode.USAGE;
        }
        if (maxAlkylCarbons < 1 || maxAlkylCarbons > 4) {
            err.println("reflux genus: --max-alkyl-carbons is 1 to 4 (alkyl.tsv lists C1-C4 alkyls)");
            return ExitCode.USAGE;
        }
        ClaimsReader.Load load = new ClaimsReader().read(Path.of(target.substring(0, hash)));
        if (!load.isOk()) {
            load.problems().forEach(p -> err.println(TerminalText.escape(p.format())));
            return load.readable() ? ExitCode.FINDINGS : ExitCode.INPUT;
        }
        String id = target.substring(hash + 1);
        GenusSpec spec = load.claims().genus(id).orElse(null);
        if (spec == null) {
            err.println("reflux genus: no genus '" + TerminalText.escape(id) + "' in " + target.substring(0, hash)
                    + " (genera: " + String.join(", ", load.claims().genera().stream().map(GenusSpec::id).toList())
                    + ")");
            return ExitCode.USAGE;
        }
        List<String[]> queries = new ArrayList<>();
        for (String m : members) {
            String smiles = smiles(m);
            if (smiles == null) {
                err.println("reflux genus: '" + TerminalText.escape(m) + "' is neither a SMILES nor a name that"
                        + " resolves");
                return ExitCode.USAGE;
            }
            queries.add(new String[] {m, smiles});
        }
        Genus genus = Genus.of(spec, Vocabulary.standard(), new Genus.Bounds(maxAlkylCarbons));
        long count = genus.count();
        List<Genus.Member> first = new ArrayList<>();
        if (list > 0) {
            genus.forEach(m -> {
                if (first.size() < list) {
                    first.add(m);
                }
            });
        }
        boolean allMembers = true;
        List<Map<String, Object>> answers = new ArrayList<>();
        for (String[] q : queries) {
            Genus.Membership m = genus.membership(q[1]);
            allMembers &= m.member();
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("query", q[0]);
            a.put("smiles", q[1]);
            a.put("membership", m);
            answers.add(a);
        }
        String name = load.claims().document() + "#" + spec.id();
        if (json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("genus", name);
            doc.put("label", spec.label());
            doc.put("maxAlkylCarbons", maxAlkylCarbons);
            doc.put("count", count);
            doc.put("members", first);
            doc.put("answers", answers);
            out.println(AuditJson.mapper().writeValueAsString(doc));
        } else {
            out.println(name + " (" + spec.label() + "): " + count + " members (trialkylsilyl alkyls up to C"
                    + maxAlkylCarbons + ")");
            first.forEach(m -> out.println("  " + m.smiles() + "  " + m.assignment()));
            for (Map<String, Object> a : answers) {
                Genus.Membership m = (Genus.Membership) a.get("membership");
                out.println(TerminalText.escape(String.valueOf(a.get("query"))) + ": " + (m.member() ? "member "
                        + m.assignment() : m.status() == Genus.Membership.Status.OPEN ? "open: " + m.reason()
                        : "not a member: " + m.reason() + (m.assignment().isEmpty() ? "" : " " + m.assignment())));
            }
        }
        out.flush();
        return queries.isEmpty() || allMembers ? ExitCode.OK : ExitCode.FINDINGS;
    }

    /** The SMILES of a query: itself when CDK reads it, else the structure its name resolves to, else null. */
    private static String smiles(String query) {
        try {
            Structures.parseSmiles(query);
            return query;
        } catch (Exception e) {
            Resolution r = NameResolver.standard().resolve(query);
            return r != null && r.isResolved() ? r.smiles() : null;
        }
    }
}
