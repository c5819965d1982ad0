package reflux.claims;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.openscience.cdk.exception.InvalidSmilesException;
import org.openscience.cdk.interfaces.IAtomContainer;
import reflux.chem.Structures;

/**
 * A Markush genus expanded into its members: counted, enumerated, and asked whether a structure belongs. Members are
 * generated as SMILES from the template and compared by InChIKey (as the genus's {@link GenusSpec.Match} says), after
 * a formula filter computed from per-value formula differences, so membership in a genus of 10⁵ members costs a
 * handful of InChIs. Not a member: the first near-miss family it belongs to gives the reason.
 *
 * <pre>{@code
 * Genus g = Genus.of(spec, Vocabulary.standard(), Genus.Bounds.DEFAULT);
 * g.count();                       // 131527 for 000 formula II
 * g.membership("C[N+]1(CCCC1)...").member();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Genus {

    /** Bounds of open classes: trialkylsilyl alkyls up to {@code maxAlkylCarbons} carbons (default 4). */
    public record Bounds(int maxAlkylCarbons) {
        public static final Bounds DEFAULT = new Bounds(4);
    }

    /** One member: the value of each variable and the member's SMILES. */
    public record Member(Map<String, String> assignment, String smiles) {
        public Member {
            assignment = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(assignment));
        }
    }

    /**
     * The answer to "is this structure a member?".
     *
     * @param status     MEMBER, NOT_MEMBER, or OPEN (only the formula could be compared, and it fits)
     * @param assignment the variable values of the matching member (or near-miss), empty when none
     * @param smiles     the matching member's (or near-miss's) SMILES, or null
     * @param reason     why (the near-miss reason, "no member has formula ..."), or null for a member
     * @param nearMiss   id of the near-miss family matched, or null
     */
    public record Membership(Status status, Map<String, String> assignment, String smiles, String reason,
                             String nearMiss) {
        public enum Status { MEMBER, NOT_MEMBER, OPEN }

        public Membership {
            // in the genus's variable order (Map.copyOf's order changes from one JVM to the next: output must not)
            assignment = assignment == null ? Map.of()
                    : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(assignment));
        }

        public boolean member() {
            return status == Status.MEMBER;
        }
    }

    private record Choice(String label, String smiles, String acid, Map<String, Integer> delta,
                          Map<String, Integer> acidFormula) {
        Choice(String label, String smiles, String acid, Map<String, Integer> delta) {
            this(label, smiles, acid, delta, acid == null ? Map.of() : Query.formulaOf(acid));
        }
    }

    private final GenusSpec spec;
    private final List<GenusSpec.Variable> core;
    private final List<List<Choice>> coreChoices;
    private final GenusSpec.Variable counterion;
    private final List<Choice> ions;
    private final GenusSpec.Variable adduct;
    private final Map<String, Integer> base;
    private final Vocabulary vocabulary;
    private final Bounds bounds;

    private Genus(GenusSpec spec, Vocabulary vocabulary, Bounds bounds) {
        this.spec = spec;
        this.vocabulary = vocabulary;
        this.bounds = bounds;
        List<GenusSpec.Variable> c = new ArrayList<>();
        GenusSpec.Variable ion = null;
        GenusSpec.Variable add = null;
        for (GenusSpec.Variable v : spec.variables()) {
            switch (v.role()) {
                case CORE -> c.add(v);
                case COUNTERION -> ion = v;
                case ADDUCT -> add = v;
            }
        }
        this.core = List.copyOf(c);
        this.counterion = ion;
        this.adduct = add;
        List<List<String[]>> raw = new ArrayList<>();
        for (GenusSpec.Variable v : core) {
            raw.add(expand(v));
        }
        Map<String, String> first = new LinkedHashMap<>();
        for (int i = 0; i < core.size(); i++) {
            first.put(core.get(i).name(), raw.get(i).get(0)[1]);
        }
        this.base = counts(fill(spec.template(), first));
        List<List<Choice>> cc = new ArrayList<>();
        for (int i = 0; i < core.size(); i++) {
            List<Choice> list = new ArrayList<>();
            for (String[] lv : raw.get(i)) {
                Map<String, String> one = new LinkedHashMap<>(first);
                one.put(core.get(i).name(), lv[1]);
                list.add(new Choice(lv[0], lv[1], null, ElementCounts.minus(counts(fill(spec.template(), one)), base)));
            }
            cc.add(List.copyOf(list));
        }
        this.coreChoices = List.copyOf(cc);
        List<Choice> is = new ArrayList<>();
        if (ion != null) {
            for (GenusSpec.Value val : ion.values()) {
                is.add(new Choice(val.id(), val.smiles(), val.acid(), counts(val.smiles())));
            }
        }
        this.ions = List.copyOf(is);
    }

    /** The genus of {@code spec} with open classes expanded from {@code vocabulary} within {@code bounds}. */
    public static Genus of(GenusSpec spec, Vocabulary vocabulary, Bounds bounds) {
        return new Genus(Objects.requireNonNull(spec), Objects.requireNonNull(vocabulary),
                Objects.requireNonNull(bounds));
    }

    public GenusSpec spec() {
        return spec;
    }

    /** {label, smiles} of each value of a core variable, classes expanded. */
    private List<String[]> expand(GenusSpec.Variable v) {
        List<String[]> out = new ArrayList<>();
        for (GenusSpec.Value val : v.values()) {
            if (val.cls() == null) {
                out.add(new String[] {val.id(), val.smiles()});
            } else if (val.cls().equals("trialkylsilyl")) {
                List<Vocabulary.Alkyl> a = vocabulary.alkyls().stream()
                        .filter(x -> x.carbons() <= bounds.maxAlkylCarbons()).toList();
                for (int i = 0; i < a.size(); i++) {
                    for (int j = i; j < a.size(); j++) {
                        for (int k = j; k < a.size(); k++) {
                            out.add(new String[] {"Si(" + a.get(i).id() + "," + a.get(j).id() + "," + a.get(k).id()
                                    + ")", val.prefix() + "[Si](" + a.get(i).smiles() + ")(" + a.get(j).smiles()
                                    + ")" + a.get(k).smiles()});
                        }
                    }
                }
            } else {
                for (Vocabulary.Group g : vocabulary.groups(val.cls())) {
                    out.add(new String[] {g.id(), val.prefix() + g.smiles()});
                }
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("variable " + v.name() + " of genus " + spec.id() + " has no values");
        }
        return out;
    }

    /** Number of distinct members. */
    public long count() {
        long[] n = {0};
        walk(m -> n[0]++, new FormulaFilter(null));
        return n[0];
    }

    /** Calls {@code sink} with each member, in a fixed order. */
    public void forEach(Consumer<Member> sink) {
        walk(sink, new FormulaFilter(null));
    }

    private Member member(int[] idx, Choice ion, int q, int n) {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        for (int i = 0; i < idx.length; i++) {
            Choice c = coreChoices.get(i).get(idx[i]);
            values.put(core.get(i).name(), c.smiles());
            labels.put(core.get(i).name(), c.label());
        }
        StringBuilder smiles = new StringBuilder(fill(spec.template(), values));
        if (counterion != null) {
            labels.put(counterion.name(), ion == null ? "—" : ion.label());
        }
        if (adduct != null) {
            labels.put(adduct.name(), Integer.toString(n));
        }
        if (ion != null) {
            for (int k = 0; k < q; k++) {
                smiles.append('.').append(ion.smiles());
            }
            for (int k = 0; k < n; k++) {
                smiles.append('.').append(ion.acid());
            }
        }
        return new Member(labels, smiles.toString());
    }

    /** Whether {@code smiles} is a member; the reason when it is not. */
    public Membership membership(String smiles) {
        Query q;
        try {
            q = Query.of(smiles);
        } catch (InvalidSmilesException | RuntimeException e) {
            return new Membership(Membership.Status.NOT_MEMBER, Map.of(), null, "not a readable SMILES: " + smiles,
                    null);
        }
        Membership m = match(q);
        if (m.status() != Membership.Status.NOT_MEMBER) {
            return m;
        }
        for (GenusSpec.NearMiss nm : spec.nearMisses()) {
            Membership alt = nearGenera.computeIfAbsent(nm.id(), k -> near(nm)).match(q);
            if (alt.member()) {
                return new Membership(Membership.Status.NOT_MEMBER, alt.assignment(), alt.smiles(), nm.reason(),
                        nm.id());
            }
        }
        return m;
    }

    private Genus near(GenusSpec.NearMiss nm) {
        List<GenusSpec.Variable> vars = new ArrayList<>();
        for (GenusSpec.Variable v : spec.variables()) {
            if (v.name().equals(nm.variable()) && nm.value() != null) {
                List<GenusSpec.Value> vals = new ArrayList<>(v.values());
                vals.add(nm.value());
                vars.add(new GenusSpec.Variable(v.name(), v.role(), vals, v.min(), v.max(), v.quote()));
            } else {
                vars.add(v);
            }
        }
        return new Genus(new GenusSpec(spec.id() + "~" + nm.id(), spec.label(), spec.quote(),
                nm.template() != null ? nm.template() : spec.template(), spec.match(), vars, List.of(), List.of()),
                vocabulary, bounds);
    }

    private volatile java.util.Set<Map<String, Integer>> formulas;
    private final Map<String, Genus> nearGenera = new java.util.concurrent.ConcurrentHashMap<>();

    /** Every formula a member has (whole for EXACT and FORMULA, the core's heavy atoms otherwise): a cheap filter. */
    private java.util.Set<Map<String, Integer>> formulas() {
        java.util.Set<Map<String, Integer>> f = formulas;
        if (f == null) {
            boolean whole = spec.match() == GenusSpec.Match.EXACT || spec.match() == GenusSpec.Match.FORMULA;
            java.util.Set<Map<String, Integer>> out = new java.util.HashSet<>();
            combinations((idx, c) -> {
                if (!whole) {
                    out.add(parentHeavy(idx));
                } else {
                    int q = c.getOrDefault("+", 0);
                    int lo = adduct == null ? 0 : adduct.min();
                    int hi = adduct == null ? 0 : adduct.max();
                    for (int n = lo; n <= hi; n++) {
                        if (q == 0 && n == 0 || ions.isEmpty()) {
                            out.add(ElementCounts.clean(c));
                            continue;
                        }
                        for (Choice ion : ions) {
                            Map<String, Integer> m = new TreeMap<>(c);
                            ElementCounts.add(m, ion.delta(), q);
                            ElementCounts.add(m, ion.acidFormula(), n);
                            out.add(ElementCounts.clean(m));
                        }
                    }
                }
            });
            f = java.util.Set.copyOf(out);
            formulas = f;
        }
        return f;
    }

    /** Parent heavy-atom formulas by core combination: at most one entry per combination of the core's choices. */
    private final Map<String, Map<String, Integer>> parentHeavyMemo = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Heavy-atom formula of the parent (largest component) of the core combination {@code idx}; memoised, since
     * every membership query walks the same combinations. A one-component member's formula is the template's plus
     * its choices' (no SMILES parsed; the two agreed on every genus of the seeds' claim files when both were
     * computed side by side).
     */
    private Map<String, Integer> parentHeavy(int[] idx) {
        return parentHeavyMemo.computeIfAbsent(java.util.Arrays.toString(idx), k -> {
            String smiles = member(idx, null, 0, 0).smiles();
            if (smiles.indexOf('.') >= 0) {   // several components: the parent is the largest, read from the SMILES
                return ElementCounts.heavy(Query.formulaOf(Query.parentSmiles(smiles)));
            }
            return ElementCounts.heavy(coreFormula(idx));   // one component: template plus the choices' atoms
        });
    }

    /** The core combination's formula: the template's atoms plus those of each chosen value. */
    private Map<String, Integer> coreFormula(int[] idx) {
        Map<String, Integer> c = new TreeMap<>(base);
        for (int i = 0; i < idx.length; i++) {
            ElementCounts.add(c, coreChoices.get(i).get(idx[i]).delta(), 1);
        }
        return c;
    }

    /**
     * Every combination of the core's choices in odometer order, each with its formula ({@link #coreFormula});
     * {@code idx} is reused between calls, so a body that keeps it must copy it.
     */
    private void combinations(java.util.function.BiConsumer<int[], Map<String, Integer>> body) {
        int[] idx = new int[core.size()];
        while (true) {
            body.accept(idx, coreFormula(idx));
            int i = idx.length - 1;
            while (i >= 0 && ++idx[i] == coreChoices.get(i).size()) {
                idx[i] = 0;
                i--;
            }
            if (i < 0) {
                return;
            }
        }
    }

    private Membership match(Query q) {
        boolean whole = spec.match() == GenusSpec.Match.EXACT || spec.match() == GenusSpec.Match.FORMULA;
        Map<String, Integer> target = whole ? q.formula() : ElementCounts.heavy(q.parentFormula());
        if (!formulas().contains(target)) {
            return new Membership(Membership.Status.NOT_MEMBER, Map.of(), null, "no member of " + spec.label()
                    + " has the formula " + Query.hill(whole ? q.formula() : q.parentFormula()), null);
        }
        List<Member> candidates = new ArrayList<>();
        walk(m -> {
            if (m != null) {
                candidates.add(m);
            }
        }, whole ? target : null, whole ? null : target);
        int compared = 0;
        for (Member m : candidates) {
            compared++;
            if (spec.match() == GenusSpec.Match.FORMULA) {
                return new Membership(Membership.Status.OPEN, m.assignment(), m.smiles(), "the formula fits a member;"
                        + " only the formula can be compared for this reading", null);
            }
            String key = key(whole ? Query.keyOf(m.smiles()) : Query.parentKeyOf(m.smiles()));
            if (key != null && key.equals(key(whole ? q.key() : q.parentKey()))) {
                return new Membership(Membership.Status.MEMBER, m.assignment(), m.smiles(), null, null);
            }
        }
        String f = Query.hill(whole ? q.formula() : q.parentFormula());
        return new Membership(Membership.Status.NOT_MEMBER, Map.of(), null, compared == 0
                ? "no member of " + spec.label() + " has the formula " + f
                : compared + " member(s) share the formula " + f + " but none has the same structure (InChIKey)",
                null);
    }

    private String key(String inchiKey) {
        if (inchiKey == null) {
            return null;
        }
        return switch (spec.match()) {
            case EXACT, FORMULA -> inchiKey;
            case PARENT -> inchiKey.substring(0, 25);
            case CONSTITUTION -> inchiKey.substring(0, 14);
        };
    }

    /** Members whose whole formula is {@code whole} (or, core only, whose heavy-atom formula is {@code heavy}). */
    private void walk(Consumer<Member> sink, Map<String, Integer> whole, Map<String, Integer> heavy) {
        if (heavy != null) {
            combinations((idx, f) -> {
                if (parentHeavy(idx).equals(heavy)) {
                    sink.accept(member(idx, null, 0, 0));
                }
            });
            return;
        }
        walk(m -> {
            if (Query.formulaOf(m.smiles()).equals(whole)) {
                sink.accept(m);
            }
        }, new FormulaFilter(whole));
    }

    /** Full walk with a cheap formula test before any member is built. */
    private void walk(Consumer<Member> sink, FormulaFilter filter) {
        combinations((idx, f) -> {
            int q = f.getOrDefault("+", 0);
            int lo = adduct == null ? 0 : adduct.min();
            int hi = adduct == null ? 0 : adduct.max();
            for (int n = lo; n <= hi; n++) {
                if (q == 0 && n == 0 || ions.isEmpty()) {
                    if (filter.accepts(f, null, q, n)) {
                        sink.accept(member(idx, null, q, n));
                    }
                    continue;
                }
                for (Choice ion : ions) {
                    if (filter.accepts(f, ion, q, n)) {
                        sink.accept(member(idx, ion, q, n));
                    }
                }
            }
        });
    }

    private record FormulaFilter(Map<String, Integer> target) {
        boolean accepts(Map<String, Integer> core, Choice ion, int q, int n) {
            if (target == null) {
                return true;
            }
            Map<String, Integer> f = new TreeMap<>(core);
            if (ion != null) {
                ElementCounts.add(f, ion.delta(), q);
                ElementCounts.add(f, ion.acidFormula(), n);
            }
            f.values().removeIf(v -> v == 0);
            return f.equals(target);
        }
    }

    static String fill(String template, Map<String, String> values) {
        String s = template;
        for (Map.Entry<String, String> e : values.entrySet()) {
            s = s.replace("{" + e.getKey() + "}", e.getValue());
        }
        return s;
    }

    private static Map<String, Integer> counts(String smiles) {
        return Query.formulaOf(smiles);
    }

    static IAtomContainer parse(String smiles) throws InvalidSmilesException {
        return Structures.parseSmiles(smiles);
    }
}
