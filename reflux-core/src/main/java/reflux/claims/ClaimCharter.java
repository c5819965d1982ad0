package reflux.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import reflux.claims.ClaimChart.LimitationResult;
import reflux.claims.ClaimChart.ReadingResult;
import reflux.claims.ClaimChart.Verdict;
import reflux.engine.RuleLibrary;
import reflux.identity.NameResolver;
import reflux.model.route.Route;
import reflux.model.route.Variant;
import reflux.model.run.RunResult;

/**
 * Makes claim charts: reads an executed route against a claim set, claim by claim, limitation by limitation.
 *
 * <pre>{@code
 * ClaimCharter charter = ClaimCharter.standard();
 * ClaimChart chart = charter.chart(claims, route, variant, Executor.standard().run(route, variant));
 * chart.claim(1).verdict();
 * }</pre>
 *
 * <p>A dependent claim reads only if its parent does ("any of claims 1 to 5": the best parent; "claims 10 and 11":
 * the worst). A claim read several ways (a printed defect) takes the verdict of its first reading, and shows each.
 * Thread-safe: genera and name structures are memoised in concurrent maps owned by the instance.
 */
public final class ClaimCharter {

    private final Vocabulary vocabulary;
    private final Genus.Bounds bounds;
    private final RuleLibrary library;
    private final NameResolver names;
    private final Map<String, Genus> genera = new ConcurrentHashMap<>();
    private final Map<String, Genus.Membership> memberships = new ConcurrentHashMap<>();
    private final Map<String, Optional<String>> nameKeys = new ConcurrentHashMap<>();

    public ClaimCharter(Vocabulary vocabulary, Genus.Bounds bounds, RuleLibrary library, NameResolver names) {
        this.vocabulary = vocabulary;
        this.bounds = bounds;
        this.library = library;
        this.names = names;
    }

    /** The bundled vocabulary, default bounds, the standard rule library and name resolver. */
    public static ClaimCharter standard() {
        return new ClaimCharter(Vocabulary.standard(), Genus.Bounds.DEFAULT, RuleLibrary.standard(),
                NameResolver.standard());
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }

    /** The genus {@code id} of {@code set}, expanded once. */
    public Genus genus(ClaimSet set, String id) {
        return genera.computeIfAbsent(set.document() + "#" + id, k -> Genus.of(set.genus(id).orElseThrow(),
                vocabulary, bounds));
    }

    Genus.Membership membership(ClaimSet set, String genus, String smiles) {
        return memberships.computeIfAbsent(set.document() + "#" + genus + " " + smiles,
                k -> genus(set, genus).membership(smiles));
    }

    /** Membership of the parent only (any salt or solvate): whether a miss is only a matter of form. */
    Genus.Membership parentMembership(ClaimSet set, String genus, String smiles) {
        return memberships.computeIfAbsent(set.document() + "#" + genus + "~parent " + smiles, k -> {
            GenusSpec g = set.genus(genus).orElseThrow();
            return genera.computeIfAbsent(set.document() + "#" + genus + "~parent", x -> Genus.of(new GenusSpec(
                    g.id(), g.label(), g.quote(), g.template(), GenusSpec.Match.PARENT, g.variables(), List.of(),
                    g.notes()), vocabulary, bounds)).membership(smiles);
        });
    }

    /** The InChIKey of a printed name, or empty when it does not resolve. */
    Optional<String> nameKey(String name) {
        return nameKeys.computeIfAbsent(name.toLowerCase(java.util.Locale.ROOT), k -> {
            var r = names.resolve(name);
            return r != null && r.isResolved() && r.smiles() != null ? Optional.ofNullable(Query.keyOf(r.smiles()))
                    : Optional.empty();
        });
    }

    /** The chart of {@code run} (null: not executed) of a route variant against {@code set}. */
    public ClaimChart chart(ClaimSet set, Route route, Variant variant, RunResult run) {
        return chart(set, RouteFacts.of(route, variant, run, library), null);
    }

    /**
     * The chart of {@code facts} against {@code set}; {@code incorporated} are the facts of an example the route
     * takes "as per the procedure given in Example N" (or null).
     */
    public ClaimChart chart(ClaimSet set, RouteFacts facts, RouteFacts incorporated) {
        LimitationChecks checks = new LimitationChecks(this, set, facts, incorporated);
        Map<Integer, ClaimChart.Result> done = new HashMap<>();
        List<ClaimChart.Result> out = new ArrayList<>();
        for (ClaimSet.Claim c : set.claims()) {
            Verdict parents = null;
            Integer failedParent = null;
            Integer openParent = null;
            for (int p : c.dependsOn()) {
                ClaimChart.Result pr = done.get(p);
                Verdict v = pr == null ? Verdict.UNDETERMINED : pr.verdict();
                parents = parents == null ? v : c.allOf() ? parents.and(v) : parents.or(v);
                if (v == Verdict.DOES_NOT_READ && failedParent == null) {
                    failedParent = p;
                }
                if (v == Verdict.UNDETERMINED && openParent == null) {
                    openParent = p;
                }
            }
            List<ReadingResult> readings = new ArrayList<>();
            for (ClaimSet.Reading r : c.readings()) {
                List<LimitationResult> lims = new ArrayList<>();
                Verdict v = Verdict.READS;
                for (Limitation l : r.limitations()) {
                    LimitationResult lr = checks.check(l);
                    lims.add(lr);
                    v = v.and(lr.verdict());
                }
                readings.add(new ReadingResult(r.id(), r.defect(), v, lims));
            }
            Verdict own = readings.get(0).verdict();
            Verdict verdict = parents == null ? own : parents.and(own);
            String first = null;
            List<String> hints = new ArrayList<>();
            if (verdict == Verdict.DOES_NOT_READ) {
                if (parents == Verdict.DOES_NOT_READ) {
                    first = "parent claim " + failedParent + " does not read" + (c.dependsOn().size() > 1
                            ? " (nor does any other parent it may depend on)" : "");
                } else {
                    first = firstFailing(readings.get(0));
                }
            } else if (verdict == Verdict.UNDETERMINED && parents == Verdict.UNDETERMINED) {
                first = "parent claim " + openParent + " is undetermined";
            }
            if (verdict == Verdict.READS) {
                for (LimitationResult lr : readings.get(0).limitations()) {
                    if (lr.designAround() != null) {
                        hints.add(lr.designAround());
                    }
                }
            }
            ClaimChart.Result res = new ClaimChart.Result(c.number(), verdict, c.category(), c.text(), c.dependsOn(),
                    parents, first, hints, readings);
            done.put(c.number(), res);
            out.add(res);
        }
        return new ClaimChart(facts.route().id(), facts.variant() == null ? null : facts.variant().id(),
                set.document(), out);
    }

    private static String firstFailing(ReadingResult r) {
        for (LimitationResult lr : r.limitations()) {
            if (lr.verdict() == Verdict.DOES_NOT_READ) {
                return "\"" + lr.claimQuote().text() + "\": " + lr.finding() + (lr.evidence().isEmpty() ? ""
                        : " (route: " + lr.evidence().get(0).value() + ")");
            }
        }
        return null;
    }
}
