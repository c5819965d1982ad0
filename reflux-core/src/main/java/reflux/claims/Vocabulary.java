package reflux.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import reflux.data.TsvTable;

/**
 * The listed knowledge that open Markush classes and claim terms are expanded from, each row with its source:
 * C1–C4 alkyls ({@code alkyl.tsv}), protecting groups ({@code protecting-groups.tsv}), solvents with their water
 * miscibility ({@code solvents.tsv}), acids ({@code acids.tsv}) and defined terms such as "room temperature" ({@code terms.tsv}). Immutable.
 */
public final class Vocabulary {

    /** An alkyl group (SMILES starting at the attachment atom). */
    public record Alkyl(String id, String smiles, int carbons, String source) {
    }

    /** A protecting group of a class, SMILES starting at the attachment atom. */
    public record Group(String cls, String id, String name, String smiles, String source) {
    }

    /** A solvent. */
    public record Solvent(String id, String name, String smiles, boolean waterMiscible, String source) {
    }

    /** An acid (for "treated with an acid"). */
    public record Acid(String id, String name, String smiles, String source) {
    }

    /** A term a claim uses for a range ("room temperature"), with the range adopted and its source. */
    public record Term(String term, double low, double high, String unit, String source) {
    }

    private final List<Alkyl> alkyls;
    private final List<Group> groups;
    private final List<Solvent> solvents;
    private final Map<String, Term> terms;
    private final List<Acid> acids;

    private Vocabulary(List<Alkyl> alkyls, List<Group> groups, List<Solvent> solvents, Map<String, Term> terms,
                       List<Acid> acids) {
        this.acids = List.copyOf(acids);
        this.alkyls = List.copyOf(alkyls);
        this.groups = List.copyOf(groups);
        this.solvents = List.copyOf(solvents);
        this.terms = Map.copyOf(terms);
    }

    private static final class Holder {
        static final Vocabulary STANDARD = load();
    }

    /** The bundled vocabulary (loaded once). */
    public static Vocabulary standard() {
        return Holder.STANDARD;
    }

    private static Vocabulary load() {
        String dir = "/reflux/claims/";
        List<Alkyl> a = new ArrayList<>();
        for (TsvTable.Row r : TsvTable.load(dir + "alkyl.tsv", "id", "smiles", "carbons", "source")) {
            a.add(new Alkyl(r.get("id"), r.get("smiles"), Integer.parseInt(r.get("carbons")), r.get("source")));
        }
        List<Group> g = new ArrayList<>();
        for (TsvTable.Row r : TsvTable.load(dir + "protecting-groups.tsv", "class", "id", "name", "smiles",
                "source")) {
            g.add(new Group(r.get("class"), r.get("id"), r.get("name"), r.get("smiles"), r.get("source")));
        }
        List<Solvent> s = new ArrayList<>();
        for (TsvTable.Row r : TsvTable.load(dir + "solvents.tsv", "id", "name", "smiles", "water_miscible",
                "source")) {
            s.add(new Solvent(r.get("id"), r.get("name"), r.get("smiles"), "yes".equals(r.get("water_miscible")),
                    r.get("source")));
        }
        Map<String, Term> t = new TreeMap<>();
        for (TsvTable.Row r : TsvTable.load(dir + "terms.tsv", "term", "low", "high", "unit", "source")) {
            t.put(r.get("term"), new Term(r.get("term"), Double.parseDouble(r.get("low")),
                    Double.parseDouble(r.get("high")), r.get("unit"), r.get("source")));
        }
        List<Acid> acids = new ArrayList<>();
        for (TsvTable.Row r : TsvTable.load(dir + "acids.tsv", "id", "name", "smiles", "source")) {
            acids.add(new Acid(r.get("id"), r.get("name"), r.get("smiles"), r.get("source")));
        }
        return new Vocabulary(a, g, s, t, acids);
    }

    public List<Alkyl> alkyls() {
        return alkyls;
    }

    /** Groups of a class ({@code amino-protecting-group}, {@code protected-hydroxy}). */
    public List<Group> groups(String cls) {
        return groups.stream().filter(g -> g.cls().equals(cls)).toList();
    }

    public List<Acid> acids() {
        return acids;
    }

    public List<Solvent> solvents() {
        return solvents;
    }

    public Optional<Term> term(String term) {
        return Optional.ofNullable(terms.get(term));
    }
}
