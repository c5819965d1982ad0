package reflux.route.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiPredicate;
import java.util.function.Function;
import reflux.model.identity.Resolution;
import reflux.model.quantity.Quantity;
import reflux.model.quantity.Range;
import reflux.model.route.Charge;
import reflux.model.route.Operation;
import reflux.model.route.Outcome;
import reflux.model.route.Route;
import reflux.model.route.Stage;
import reflux.model.route.Step;
import reflux.model.route.SubstanceRef;
import reflux.route.RouteStructures;

/**
 * The chemist's difference of two routes: substances matched by structure (full InChIKey; by name only when a
 * substance does not resolve), then stage by stage (in order) the charged materials with their amounts, the
 * temperatures, times and pH values, the outcomes with amounts, yields, purity and analytics (MS, NMR, IR). Ids,
 * notes, wording, operation types and the grouping of operations into steps are ignored. Thread-safe when the
 * structures are.
 *
 * <pre>{@code
 * List<Difference> d = new RouteDiff(RouteStructures.standard()).diff(extracted, handWritten);
 * }</pre>
 */
public final class RouteDiff {

    private final RouteStructures structures;
    private final Tolerance tolerance;

    /** A diff that resolves substances with {@code structures} and the default tolerance. */
    public RouteDiff(RouteStructures structures) {
        this.structures = Objects.requireNonNull(structures, "structures");
        this.tolerance = Tolerance.DEFAULT;
    }

    /** Every difference between {@code a} and {@code b}, in route order; empty when they agree. */
    public List<Difference> diff(Route a, Route b) {
        Keys ka = keys(a);
        Map<String, String> stereoPairs = new LinkedHashMap<>();
        Keys kb0 = keys(b);
        List<Difference> out = new ArrayList<>(substances(a, ka, b, kb0, stereoPairs));
        // a stereo difference is reported once, above; below, the two structures count as the same substance
        Keys kb = kb0.remapped(stereoPairs);
        int n = Math.min(a.stages().size(), b.stages().size());
        if (a.stages().size() != b.stages().size()) {
            out.add(new Difference(DiffCode.STAGE_COUNT, "stages", a.stages().size() + " stages",
                    b.stages().size() + " stages"));
        }
        for (int i = 0; i < n; i++) {
            Stage sa = a.stages().get(i);
            Stage sb = b.stages().get(i);
            String where = "stages[" + i + "] (" + sa.id() + ")";
            if (sa.product() != null || sb.product() != null) {
                String pa = sa.product() == null ? null : ka.key(sa.product());
                String pb = sb.product() == null ? null : kb.key(sb.product());
                if (!Objects.equals(pa, pb)) {
                    out.add(new Difference(DiffCode.STAGE_PRODUCT, where + ".product", ka.label(sa.product()),
                            kb.label(sb.product())));
                }
            }
            out.addAll(charges(where, sa, a, ka, sb, b, kb));
            out.addAll(conditions(where, sa, sb));
            out.addAll(new OutcomeDiff(tolerance).diff(where, sa.outcomes(), ka::key, ka::label, sb.outcomes(),
                    kb::key, kb::label));
        }
        return List.copyOf(out);
    }

    /**
     * Substance id → structure key and label, for one route; an outcome id stands for its substance, and a stream an
     * operation produces ({@code produces:}, poured elsewhere with {@code from:}) for what was charged in its stage up to
     * and including that operation, by structure (its id is wording, like every id).
     */
    private record Keys(Map<String, String> key, Map<String, String> label, Map<String, String> outcomes,
                        Map<String, List<String>> streams) {
        String key(String id) {
            return key(id, 0);
        }

        private String key(String id, int depth) {
            if (id == null || depth > streams.size()) {
                // deeper than the number of streams: a cycle, which a valid route cannot have
                return null;
            }
            String k = key.get(id);
            if (k != null) {
                return k;
            }
            if (outcomes.containsKey(id)) {
                return key.get(outcomes.get(id));
            }
            List<String> parts = streams.get(id);
            if (parts == null) {
                return null;
            }
            // a stream's parts were charged before it was produced, so in a valid route they never include it
            return "stream:" + parts.stream().map(p -> key(p, depth + 1)).filter(Objects::nonNull).distinct().sorted()
                    .collect(java.util.stream.Collectors.joining("+"));
        }

        Keys remapped(Map<String, String> keyToKey) {
            Map<String, String> k = new LinkedHashMap<>();
            key.forEach((id, v) -> k.put(id, keyToKey.getOrDefault(v, v)));
            return new Keys(k, label, outcomes, streams);
        }

        String label(String id) {
            if (id == null) {
                return null;
            }
            String l = label.get(id);
            if (l != null) {
                return l;
            }
            if (outcomes.containsKey(id)) {
                return label.getOrDefault(outcomes.get(id), id);
            }
            List<String> parts = streams.get(id);
            return parts == null ? id : "stream '" + id + "' (what was charged before it: " + String.join(", ",
                    parts.stream().map(this::label).distinct().toList()) + ")";
        }
    }

    private Keys keys(Route r) {
        Map<String, String> key = new LinkedHashMap<>();
        Map<String, String> label = new LinkedHashMap<>();
        Map<String, Resolution> res = structures.resolve(r, null);
        for (SubstanceRef s : r.substances()) {
            Resolution x = res.get(s.id());
            boolean resolved = x != null && x.isResolved() && x.inchiKey() != null;
            key.put(s.id(), resolved ? x.inchiKey() : "name:" + normalName(RouteStructures.nameWithForm(s)));
            label.put(s.id(), s.name() + (resolved ? " [" + x.inchiKey() + "]" : " [unresolved]"));
        }
        Map<String, String> outcomes = new LinkedHashMap<>();
        Map<String, List<String>> streams = new LinkedHashMap<>();
        for (Stage st : r.stages()) {
            for (Outcome o : st.outcomes()) {
                outcomes.put(o.id(), o.substance());
            }
            List<String> charged = new ArrayList<>();
            for (Step step : st.steps()) {
                for (Operation o : step.operations()) {
                    for (Charge c : o.charges()) {
                        chargedIds(c, charged);
                    }
                    if (o.produces() != null) {
                        streams.putIfAbsent(o.produces(), List.copyOf(charged));
                    }
                }
            }
        }
        return new Keys(key, label, outcomes, streams);
    }

    private static void chargedIds(Charge c, List<String> out) {
        String id = c.substance() != null ? c.substance() : c.from();
        if (id != null) {
            out.add(id);
        }
        for (Charge inner : c.containing()) {
            chargedIds(inner, out);
        }
    }

    static String normalName(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    private static List<Difference> substances(Route a, Keys ka, Route b, Keys kb, Map<String, String> pairs) {
        Map<String, String> inA = byKey(a, ka);
        Map<String, String> inB = byKey(b, kb);
        List<Difference> out = new ArrayList<>();
        List<String> onlyB = new ArrayList<>(inB.keySet());
        onlyB.removeAll(inA.keySet());
        for (Map.Entry<String, String> e : inA.entrySet()) {
            if (inB.containsKey(e.getKey())) {
                continue;
            }
            String partner = onlyB.stream().filter(k -> sameConstitution(k, e.getKey())).findFirst().orElse(null);
            if (partner != null) {
                onlyB.remove(partner);
                pairs.put(partner, e.getKey());
                out.add(new Difference(DiffCode.SUBSTANCE_STEREO, "substances", e.getValue(), inB.get(partner)));
            } else {
                out.add(new Difference(e.getKey().startsWith("name:") ? DiffCode.SUBSTANCE_UNRESOLVED
                        : DiffCode.SUBSTANCE_ONLY_IN_A, "substances", e.getValue(), null));
            }
        }
        for (String k : onlyB) {
            out.add(new Difference(k.startsWith("name:") ? DiffCode.SUBSTANCE_UNRESOLVED : DiffCode.SUBSTANCE_ONLY_IN_B,
                    "substances", null, inB.get(k)));
        }
        return out;
    }

    private static boolean sameConstitution(String k1, String k2) {
        return !k1.startsWith("name:") && !k2.startsWith("name:") && k1.length() >= 14 && k2.length() >= 14
                && k1.substring(0, 14).equals(k2.substring(0, 14));
    }

    private static Map<String, String> byKey(Route r, Keys k) {
        Map<String, String> m = new LinkedHashMap<>();
        for (SubstanceRef s : r.substances()) {
            m.putIfAbsent(k.key(s.id()), k.label(s.id()));
        }
        return m;
    }

    /** A charge of one stage: the structure key, what it is for the reader, its amounts. */
    private record Flat(String key, String label, List<Quantity> amounts) {
        String show() {
            return (amounts.isEmpty() ? "no amount" : String.join(", ",
                    amounts.stream().map(Quantity::toString).toList())) + " of " + label;
        }
    }

    private static List<Flat> flatten(Stage s, Keys k) {
        List<Flat> out = new ArrayList<>();
        for (Step st : s.steps()) {
            for (Operation o : st.operations()) {
                for (Charge c : o.charges()) {
                    add(c, k, out);
                }
            }
        }
        return out;
    }

    private static void add(Charge c, Keys k, List<Flat> out) {
        String id = c.substance() != null ? c.substance() : c.from();
        String key = k.key(id);
        if (key != null) {
            out.add(new Flat(key, k.label(id), c.amounts()));
        }
        for (Charge inner : c.containing()) {
            add(inner, k, out);
        }
    }

    private List<Difference> charges(String where, Stage sa, Route a, Keys ka, Stage sb, Route b, Keys kb) {
        List<Flat> fa = flatten(sa, ka);
        List<Flat> rest = new ArrayList<>(flatten(sb, kb));
        List<Flat> leftA = new ArrayList<>();
        for (Flat f : fa) {
            Flat hit = rest.stream().filter(g -> g.key().equals(f.key())
                    && tolerance.sameAmounts(f.amounts(), g.amounts())).findFirst().orElse(null);
            if (hit != null) {
                rest.remove(hit);
            } else {
                leftA.add(f);
            }
        }
        List<Difference> out = new ArrayList<>();
        for (Flat f : leftA) {
            Flat same = rest.stream().filter(g -> g.key().equals(f.key())).findFirst().orElse(null);
            if (same != null) {
                rest.remove(same);
                out.add(new Difference(DiffCode.CHARGE_AMOUNT, where + ".charges", f.show(), same.show()));
            } else {
                out.add(new Difference(DiffCode.CHARGE_ONLY_IN_A, where + ".charges", f.show(), null));
            }
        }
        for (Flat g : rest) {
            out.add(new Difference(DiffCode.CHARGE_ONLY_IN_B, where + ".charges", null, g.show()));
        }
        return out;
    }

    private List<Difference> conditions(String where, Stage sa, Stage sb) {
        List<Difference> out = new ArrayList<>();
        out.addAll(multiset(where + ".temperatures", DiffCode.TEMPERATURE, ranges(sa, o -> o.conditions().temperature()),
                ranges(sb, o -> o.conditions().temperature()), tolerance::same, Range::toString));
        out.addAll(multiset(where + ".times", DiffCode.TIME, ranges(sa, o -> o.conditions().duration()),
                ranges(sb, o -> o.conditions().duration()), tolerance::same, Range::toString));
        out.addAll(multiset(where + ".pH", DiffCode.PH, ranges(sa, o -> o.conditions().pH()),
                ranges(sb, o -> o.conditions().pH()), tolerance::same, Range::toString));
        return out;
    }

    private static List<Range> ranges(Stage s, Function<Operation, Range> f) {
        List<Range> out = new ArrayList<>();
        for (Step st : s.steps()) {
            for (Operation o : st.operations()) {
                Range r = f.apply(o);
                if (r != null) {
                    out.add(r);
                }
            }
        }
        return out;
    }

    /** Values of one kind matched one to one; the unmatched of each side are differences. */
    static <T> List<Difference> multiset(String where, DiffCode code, List<T> a, List<T> b, BiPredicate<T, T> same,
                                         Function<T, String> show) {
        List<T> rest = new ArrayList<>(b);
        List<Difference> out = new ArrayList<>();
        for (T x : a) {
            T hit = rest.stream().filter(y -> same.test(x, y)).findFirst().orElse(null);
            if (hit != null) {
                rest.remove(hit);
            } else {
                out.add(new Difference(code, where, show.apply(x), null));
            }
        }
        for (T y : rest) {
            out.add(new Difference(code, where, null, show.apply(y)));
        }
        return out;
    }
}
