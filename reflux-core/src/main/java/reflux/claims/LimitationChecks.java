package reflux.claims;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import reflux.claims.ClaimChart.Evidence;
import reflux.claims.ClaimChart.LimitationResult;
import reflux.claims.ClaimChart.Verdict;
import reflux.claims.RouteFacts.Op;
import reflux.claims.RouteFacts.StageFact;
import reflux.model.route.Charge;
import reflux.model.route.OperationType;
import reflux.model.route.Role;
import reflux.model.route.Route;

/** The per-kind tests of limitations against one route's facts (one chart). */
final class LimitationChecks {

    /** How a route takes another example's procedure ("as per the procedure given in Example - 1"). */
    static final Pattern BY_REFERENCE = Pattern.compile("as per the procedure given in Example\\s*-?\\s*(\\d+)");

    private final ClaimCharter charter;
    private final ClaimSet set;
    private final RouteFacts facts;
    private final RouteFacts incorporated;
    private final Temperatures temperatures;

    LimitationChecks(ClaimCharter charter, ClaimSet set, RouteFacts facts, RouteFacts incorporated) {
        this.charter = charter;
        this.set = set;
        this.facts = facts;
        this.incorporated = incorporated;
        this.temperatures = new Temperatures(charter.vocabulary());
    }

    LimitationResult check(Limitation l) {
        LimitationResult direct = check(l, facts, null);
        String phrase = incorporated == null ? null : referenced(l);
        if (direct.verdict() == Verdict.READS || phrase == null) {
            return direct;
        }
        // the route does this "as per the procedure given in Example N": that example's facts decide what it omits
        String via = "incorporated by reference (" + phrase + ") from " + incorporated.route().id() + ": ";
        LimitationResult r = check(l, incorporated, via);
        if (r.verdict() == Verdict.READS || direct.evidence().isEmpty()) {
            List<Evidence> ev = new ArrayList<>(direct.evidence());
            r.evidence().forEach(e -> ev.add(e.where().startsWith(via) ? e
                    : new Evidence(via + e.where(), e.value(), e.quote())));
            return new LimitationResult(r.kind(), r.claimQuote(), r.verdict(), r.finding() + " (" + via.trim()
                    + " the route's own text does not state it)", ev, r.designAround());
        }
        return direct;
    }

    /** The phrase by which a stage this limitation concerns (its kind, else any) takes another example, or null. */
    private String referenced(Limitation l) {
        List<StageFact> stages = facts.stages(l.during()).isEmpty() ? facts.stages() : facts.stages(l.during());
        for (StageFact s : stages) {
            String p = byReference(facts, s);
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    private LimitationResult check(Limitation l, RouteFacts f, String via) {
        return switch (l.kind()) {
            case SUBSTANCE -> substance(l, f, via);
            case STEP -> step(l, f);
            case TEMPERATURE -> temperature(l, f, via);
            case AGENT -> agent(l, f, via);
            case OPERATION -> operation(l, f, via);
            default -> fixed(l);
        };
    }

    private LimitationResult fixed(Limitation l) {
        if (facts.run() == null && l.kind() != Limitation.Kind.NON_LIMITING && l.kind() != Limitation.Kind.IMPOSSIBLE) {
            return result(l, Verdict.UNDETERMINED, "the route was not executed, so nothing it makes is known",
                    List.of(), null);
        }
        return switch (l.kind()) {
            case PROPERTY -> property(l);
            case INDEFINITE -> result(l, Verdict.UNDETERMINED, l.note(), List.of(), null);
            case NON_LIMITING -> result(l, Verdict.READS, "not limiting" + (l.note() == null ? "" : ": " + l.note()),
                    List.of(), null);
            case IMPOSSIBLE -> result(l, Verdict.DOES_NOT_READ, l.note(), List.of(), null);
            case OMNIBUS -> omnibus(l);
            default -> throw new IllegalStateException("not a fixed kind: " + l.kind());
        };
    }

    static LimitationResult result(Limitation l, Verdict v, String finding, List<Evidence> ev, String hint) {
        return new LimitationResult(l.kind(), l.quote(), v, finding, ev, hint);
    }

    private String label(String genus) {
        return set.genus(genus).map(GenusSpec::label).orElse(genus) + " (" + set.document() + "#" + genus + ")";
    }

    private LimitationResult substance(Limitation l, RouteFacts f, String via) {
        if (f.run() == null) {
            return result(l, Verdict.UNDETERMINED, "the route was not executed, so nothing it makes is known",
                    List.of(), null);
        }
        String role = l.role() == null ? "MADE" : l.role().toUpperCase(Locale.ROOT);
        List<Evidence> misses = new ArrayList<>();
        Evidence pending = null;
        Set<String> asked = new LinkedHashSet<>();
        for (RouteFacts.Species s : f.species(role, l.during())) {
            if (!asked.add(s.inchiKey() + s.stage())) {
                continue;
            }
            for (String g : l.genus()) {
                Genus.Membership m = charter.membership(set, g, s.smiles());
                Evidence ev = new Evidence((via == null ? "" : via) + s.how(), (s.substance() == null ? "" : s.substance() + " ") + s.inchiKey()
                        + " " + s.smiles() + (m.assignment().isEmpty() ? "" : " " + m.assignment()), quoteOf(f, s));
                if (m.status() == Genus.Membership.Status.OPEN && pending == null) {
                    pending = ev;
                } else if (m.member()) {
                    String wrong = where(l, m);
                    if (wrong != null) {
                        misses.add(new Evidence(ev.where(), ev.value() + ": " + wrong, ev.quote()));
                    } else if (s.executed()) {
                        return result(l, Verdict.READS, "the route has a member of " + label(g) + " as "
                                + role.toLowerCase(Locale.ROOT), List.of(ev), "a structure outside " + label(g)
                                + restriction(l) + " in place of " + (s.substance() != null ? s.substance()
                                : s.smiles()) + " avoids this limitation");
                    } else if (pending == null) {
                        pending = ev;
                    }
                } else if (m.nearMiss() != null) {
                    misses.add(new Evidence(ev.where(), ev.value() + ": not a member: " + m.reason(), ev.quote()));
                }
            }
        }
        if (pending != null) {
            return result(l, Verdict.UNDETERMINED, "a possible member is in a stage whose result is not established",
                    List.of(pending), null);
        }
        List<StageFact> stages = f.stages(l.during());
        for (StageFact s : f.stages()) {
            if (!s.executed()) {
                return result(l, Verdict.UNDETERMINED, "stage " + s.id() + " " + s.status() + ": what it makes is"
                        + " not known", misses, null);
            }
        }
        if (stages.isEmpty()) {
            return result(l, Verdict.DOES_NOT_READ, "the route has no " + l.during() + " stage", misses, null);
        }
        if (f.route().kind() == Route.Kind.CLAIMS && role.equals("ISOLATED")) {
            // a claim-level source may not state the form it isolates: a parent match leaves the salt form open
            for (RouteFacts.Species s : f.species(role, l.during())) {
                for (String g : l.genus()) {
                    Genus.Membership pm = charter.parentMembership(set, g, s.smiles());
                    if (pm.member() && where(l, pm) == null) {
                        return result(l, Verdict.UNDETERMINED, s.substance() + " has the parent of " + label(g)
                                + " but the source states no salt or solvate form for it", List.of(new Evidence(
                                (via == null ? "" : via) + s.how(), s.inchiKey() + " " + s.smiles(), quoteOf(f, s))),
                                null);
                    }
                }
            }
        }
        return result(l, Verdict.DOES_NOT_READ, "no " + role.toLowerCase(Locale.ROOT) + " of the route is a member of "
                + String.join(" or ", l.genus().stream().map(this::label).toList()) + restriction(l), misses, null);
    }

    private static String restriction(Limitation l) {
        return l.where().isEmpty() ? "" : " with " + l.where();
    }

    /** Why a member's assignment breaks the limitation's variable restriction, or null. */
    private static String where(Limitation l, Genus.Membership m) {
        for (var e : l.where().entrySet()) {
            String v = m.assignment().get(e.getKey());
            if (v == null || !e.getValue().contains(v)) {
                return e.getKey() + " = " + v + ", the claim requires " + e.getKey() + " = " + String.join(" or ",
                        e.getValue());
            }
        }
        return null;
    }

    private static String quoteOf(RouteFacts f, RouteFacts.Species s) {
        if (s.substance() == null) {
            return null;
        }
        return f.route().substance(s.substance()).map(r -> r.source().quote()).orElse(null);
    }

    private LimitationResult step(Limitation l, RouteFacts f) {
        if (f.run() == null) {
            return result(l, Verdict.UNDETERMINED, "the route was not executed", List.of(), null);
        }
        List<StageFact> stages = f.stages(l.during());
        for (StageFact s : stages) {
            if (s.executed()) {
                return result(l, Verdict.READS, "stage " + s.id() + " is a " + l.during() + ", " + s.status(),
                        List.of(new Evidence("stage " + s.id(), "rules " + s.run().rules(), s.stage().source().quote())),
                        "a route without a " + l.during() + " step avoids this limitation");
            }
        }
        for (StageFact s : f.stages()) {
            if (!s.executed()) {
                return result(l, Verdict.UNDETERMINED, "stage " + s.id() + " " + s.status() + ": whether it is a "
                        + l.during() + " is not established", List.of(), null);
            }
        }
        return result(l, Verdict.DOES_NOT_READ, "no executed stage of the route is a " + l.during(), List.of(), null);
    }

    private LimitationResult temperature(Limitation l, RouteFacts f, String via) {
        List<StageFact> stages = f.stages(l.during());
        if (stages.isEmpty()) {
            return unexecutedOr(l, f, Verdict.DOES_NOT_READ, "the route has no " + l.during() + " stage");
        }
        List<Evidence> ev = new ArrayList<>();
        List<double[]> ranges = new ArrayList<>();
        for (StageFact s : stages) {
            if (!s.executed()) {
                return result(l, Verdict.UNDETERMINED, "stage " + s.id() + " " + s.status() + ": its conditions are"
                        + " not established", List.of(), null);
            }
            for (Op op : f.reactionWindow(s)) {
                if (op.operation().conditions().temperature() != null) {
                    ranges.add(RouteFacts.celsius(op.operation().conditions().temperature()));
                    ev.add(new Evidence((via == null ? "" : via) + op.where() + " " + op.path(),
                            op.operation().conditions().temperature().toString(), op.operation().source().quote()));
                }
            }
        }
        if (ranges.isEmpty()) {
            return result(l, Verdict.UNDETERMINED, "the route prints no temperature for its " + l.during(), List.of(),
                    null);
        }
        return temperatures.compare(l, ranges, ev);
    }

    /** The by-reference phrase of a stage, or null. */
    static String byReference(RouteFacts f, StageFact s) {
        for (Op op : f.operations(s)) {
            for (String text : new String[] {op.operation().details(), op.operation().source().quote(),
                    op.step().source().quote()}) {
                if (text != null) {
                    var m = BY_REFERENCE.matcher(text);
                    if (m.find()) {
                        return "\"" + m.group() + "\"";
                    }
                }
            }
        }
        return null;
    }

    private LimitationResult unexecutedOr(Limitation l, RouteFacts f, Verdict v, String finding) {
        for (StageFact s : f.stages()) {
            if (!s.executed()) {
                return result(l, Verdict.UNDETERMINED, "stage " + s.id() + " " + s.status() + "; " + finding,
                        List.of(), null);
            }
        }
        return result(l, v, finding, List.of(), null);
    }

    private LimitationResult agent(Limitation l, RouteFacts f, String via) {
        boolean solvent = "solvent".equals(l.role());
        List<StageFact> stages = f.stages(l.during());
        List<Evidence> in = new ArrayList<>();
        List<Evidence> out = new ArrayList<>();
        for (StageFact s : stages) {
            if (!s.executed()) {
                return result(l, Verdict.UNDETERMINED, "stage " + s.id() + " " + s.status(), List.of(), null);
            }
            List<Op> ops = f.operations(s);
            List<Op> window = f.reactionWindow(s);
            int end = window.isEmpty() ? ops.size() - 1 : ops.indexOf(window.get(window.size() - 1));
            for (int i = 0; i <= end; i++) {
                for (Charge c : flatten(ops.get(i).operation().charges())) {
                    boolean wanted = solvent ? c.role() == Role.SOLVENT
                            : c.role() == Role.REAGENT || c.role() == Role.REACTANT || c.role() == Role.CATALYST;
                    if (!wanted || c.assumed() != null || c.substance() == null) {
                        continue;
                    }
                    String key = f.inchiKey(c);
                    String name = f.name(c);
                    Evidence ev = new Evidence((via == null ? "" : via) + ops.get(i).where(), name + (key == null
                            ? "" : " " + key), c.source().quote());
                    (listed(l, name, key) ? in : out).add(ev);
                }
            }
        }
        if (!solvent && in.isEmpty() && (f.route().kind() == Route.Kind.CLAIMS || assumed(f, stages))) {
            return result(l, Verdict.UNDETERMINED, "the source prints no agent for the " + l.during() + " (the route"
                    + " assumes one)", out, null);
        }
        if (in.isEmpty() && out.isEmpty()) {
            return unexecutedOr(l, f, stages.isEmpty() && f.route().kind() == Route.Kind.EXAMPLE
                    ? Verdict.DOES_NOT_READ : Verdict.UNDETERMINED, stages.isEmpty() ? "the route has no "
                    + l.during() + " stage" : "the route prints no " + (solvent ? "solvent" : "agent") + " for its "
                    + l.during());
        }
        List<Evidence> all = new ArrayList<>(in);
        all.addAll(out);
        if (solvent ? out.isEmpty() : !in.isEmpty()) {
            return result(l, Verdict.READS, (solvent ? "every solvent" : "an agent") + " of the " + l.during()
                    + " is listed", all, solvent ? "a solvent outside the list (alone or in the mixture) avoids this"
                    + " limitation" : "an agent outside the list avoids this limitation");
        }
        return result(l, Verdict.DOES_NOT_READ, solvent ? "a solvent of the " + l.during() + " is not listed: "
                + out.get(0).value() : "no agent of the " + l.during() + " is listed", all, null);
    }

    private static boolean assumed(RouteFacts f, List<StageFact> stages) {
        return stages.stream().flatMap(s -> f.operations(s).stream())
                .anyMatch(op -> op.operation().charges().stream().anyMatch(c -> c.assumed() != null));
    }

    private static List<Charge> flatten(List<Charge> charges) {
        List<Charge> out = new ArrayList<>();
        for (Charge c : charges) {
            out.add(c);
            out.addAll(flatten(c.containing()));
        }
        return out;
    }

    private boolean listed(Limitation l, String name, String key) {
        for (String n : l.names()) {
            if (n.equalsIgnoreCase(name)) {
                return true;
            }
            String k = charter.nameKey(n).orElse(null);
            if (k != null && k.equals(key)) {
                return true;
            }
        }
        return false;
    }

    private LimitationResult operation(Limitation l, RouteFacts f, String via) {
        Operations ops = new Operations(charter.vocabulary(), f);
        List<StageFact> stages = f.stages(l.during());
        for (StageFact s : stages) {
            if (!s.executed()) {
                return result(l, Verdict.UNDETERMINED, "stage " + s.id() + " " + s.status(), List.of(), null);
            }
            Op found = ops.find(s, l.operation());
            if (found != null) {
                return result(l, Verdict.READS, "stage " + s.id() + " has the operation", List.of(new Evidence(
                        (via == null ? "" : via) + found.where() + " " + found.path(), found.operation().type()
                        .name().toLowerCase(Locale.ROOT), found.operation().source().quote())), "leaving out this "
                        + l.operation().toLowerCase(Locale.ROOT).replace('_', ' ') + " (or doing it otherwise) avoids"
                        + " this limitation");
            }
        }
        boolean modelled = ops.modelledAnywhere(l.operation());
        Verdict v = f.route().kind() == Route.Kind.EXAMPLE || modelled ? Verdict.DOES_NOT_READ : Verdict.UNDETERMINED;
        return unexecutedOr(l, f, v, "no " + (l.during() == null ? "" : l.during() + " ") + "stage of the route has"
                + " the operation " + l.operation() + (v == Verdict.UNDETERMINED ? " (the source prints no work-up)"
                : ""));
    }

    private LimitationResult property(Limitation l) {
        List<Evidence> ev = new ArrayList<>();
        facts.route().stages().forEach(s -> s.outcomes().forEach(o -> {
            if (o.analytics().hplcPurity() != null) {
                ev.add(new Evidence("stage " + s.id() + " outcome " + o.id(), "HPLC purity " + o.analytics()
                        .hplcPurity() + " % (total; no figure for the impurity named)", o.analytics().source().quote()));
            }
        }));
        facts.run().impurities().forEach(i -> ev.add(new Evidence("engine", "derives " + i.substance()
                + " as a possible impurity " + i.inchiKey(), null)));
        return result(l, Verdict.UNDETERMINED, "the route holds no data that decides it" + (l.note() == null ? ""
                : " (" + l.note() + ")"), ev, null);
    }

    private LimitationResult omnibus(Limitation l) {
        Route r = facts.route();
        if (r.kind() == Route.Kind.EXAMPLE && r.documents().contains(set.seed())) {
            return result(l, Verdict.READS, "the route is a worked example of this document, so it is the process"
                    + " 'as herein described and exemplified'", List.of(new Evidence("route " + r.id(), r.title(),
                    null)), "a process departing substantially from the examples avoids this claim");
        }
        return result(l, Verdict.UNDETERMINED, "whether a process other than the document's own examples is"
                + " 'substantially as herein described' is a matter of degree the route cannot decide", List.of(),
                null);
    }
}
