package reflux.extract.patent;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import reflux.extract.Extraction;
import reflux.extract.Mention;
import reflux.extract.ParagraphExtractor;
import reflux.extract.Quantity;
import reflux.extract.QuantityKind;
import reflux.extract.QuantityScanner;
import reflux.extract.Span;
import reflux.model.quantity.Dimension;
import reflux.model.quantity.Range;
import reflux.model.route.Charge;
import reflux.model.route.Conditions;
import reflux.model.route.Operation;
import reflux.model.route.OperationType;
import reflux.model.route.Provenance;
import reflux.model.route.Role;
import reflux.route.units.Parsed;
import reflux.route.units.QuantityParser;

/**
 * One procedure paragraph → unit operations: sentences cut into clauses ("..., X was added and stirred for 1 hour"
 * is two), each clause's action word (operations.tsv), the chemicals {@link ParagraphExtractor} found in it as
 * charges with every printed amount, its temperature (ranges joined: "between -25°C and -20°C"), time and pH, the
 * streams it takes ("Solution B was added to solution A"); "X was added to a suspension of Y in Z" is a charge of
 * Y and Z, then the addition of X. The product part of a clause ("... to obtain NAME (13.2 g)") goes to
 * {@link OutcomeReader}. Not thread-safe: one reader per route being built.
 */
final class ProcedureReader {

    /** Where the paragraph sits and what the route has so far. */
    record Context(String document, String example, String locator, SubstanceTable table, Set<String> streams,
                   Map<String, String> outcomeOf, List<Unparsed> unparsed, List<Citation> citations) {
    }

    /**
     * "as per the procedure given in Example 1" in the text: the cited section, the quote with its document offsets,
     * and the index in the step's operations after which what is taken from it belongs.
     */
    record Citation(String kind, String label, String quote, int start, int end, int after) {
    }

    private static final Pattern SPLIT = Pattern.compile(
            ",\\s+(?=(?:and\\s+)?(?:then\\s+)?(?:the\\s+)?(?:reaction\\s+mass|reaction\\s+mixture|resulting|washed|dried"
            + "|filtered|stirred|cooled|heated|extracted|evaporated|concentrated\\s+(?:under|in|to))\\b)"
            + "|\\s+and\\s+(?=(?:then\\s+)?(?:the\\s+)?(?:reaction\\s+mass|reaction\\s+mixture|resulting|washed|dried"
            + "|filtered|stirred|cooled|heated|extracted|evaporated|concentrated\\s+(?:under|in|to))\\b)"
            + "|\\s+and\\s+(?=[^,;()]{1,200}?\\b(?:was|were)\\s+added\\b)"
            + "|\\s+(?=followed\\s+by\\b)|;\\s+|(?<=\\))\\s+(?=(?:The|Thereafter|Then)\\s)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ADDED_TO = Pattern.compile(
            "\\b(?:was|were|is|are)\\s+(?:slowly\\s+|then\\s+|portionwise\\s+|dropwise\\s+)?added\\s+(?:dropwise\\s+)?to\\s+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ADDED = Pattern.compile("\\b(?:was|were|is|are)\\s+(?:\\w+\\s+)?added\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TO_A = Pattern.compile("^To\\s+(?:a|an|the)\\b");
    private static final Pattern PH = Pattern.compile(
            "\\bpH\\b[^.;0-9]{0,40}?\\bto\\s+(?:about\\s+)?(\\d{1,2}(?:\\.\\d+)?)(?:\\s*[-–]\\s*(\\d{1,2}(?:\\.\\d+)?))?"
            + "|\\bto\\s+pH\\s*(?:of\\s*)?(\\d{1,2}(?:\\.\\d+)?)");
    private static final Pattern STREAM = Pattern.compile("\\b[Ss]olution\\s+([A-Z])\\b");
    private static final Pattern CONTAINING = Pattern.compile("([^,()]+?)\\s*\\(\\s*containing\\s+([^()]*)\\)");
    private static final Pattern AS_PER = Pattern.compile(
            "\\b(?:as\\s+per|according\\s+to|following|by)\\s+the\\s+(?:procedure|method|process)\\s+"
            + "(?:given|described|of|disclosed)?\\s*(?:in\\s+)?(Example|Stage|Step)\\s*[-–]?\\s*(\\w+)",
            Pattern.CASE_INSENSITIVE);
    /** A clause that is only a connective ("Thereafter, reaction mass was cooled"). */
    private static final Pattern CONNECTIVE = Pattern.compile(
            "(?:thereafter|then|subsequently|next|finally|afterwards|thereupon)", Pattern.CASE_INSENSITIVE);
    /** "in (a mixture of) X (20 ml) and Y (10 ml)": what follows is the medium. */
    private static final Pattern MEDIUM = Pattern.compile("\\bin\\s+(?:a\\s+)?(?:mixture\\s+of\\s+)?(?:[^,;]{0,120}?\\s+and\\s+)?$",
            Pattern.CASE_INSENSITIVE);
    /** Sentences that say nothing a route holds ("This solution was used as such in the next step."). */
    private static final Pattern SILENT = Pattern.compile("\\b(?:used\\s+as\\s+such|used\\s+directly|structure\\s+of\\s+"
            + "this\\s+compound\\s+was\\s+confirmed|confirmed\\s+by\\s+spectroscop)", Pattern.CASE_INSENSITIVE);
    /** The longest paragraph read (bounds the work on run-on text; longer ones are reported, not read). */
    static final int MAX_PARAGRAPH = 20_000;

    private final ParagraphExtractor extractor;
    private final ActionWords words;
    private final OutcomeReader outcomes;
    private final QuantityScanner scanner;
    private final Referents referents;

    ProcedureReader(ParagraphExtractor extractor, ActionWords words, OutcomeReader outcomes, QuantityScanner scanner,
                    Referents referents) {
        this.extractor = extractor;
        this.scanner = scanner;
        this.words = words;
        this.outcomes = outcomes;
        this.referents = referents;
    }

    /** Reads {@code para} (a span of the document), appending operations and outcomes. */
    void read(Span para, Context ctx, List<Operation> ops, List<OutcomeReader.Found> found) {
        if (para.text().length() > MAX_PARAGRAPH) {
            ctx.unparsed().add(new Unparsed(ctx.example(), para.start(), para.end(), para.text().substring(0, 200)
                    + "...", "paragraph longer than " + MAX_PARAGRAPH + " characters: not read"));
            return;
        }
        Extraction e = extractor.extract(para.text());
        String t = para.text();
        List<Span> temps = ConditionSpans.temperatures(t, e.temperatures());
        List<Span> times = ConditionSpans.times(t, e.times());
        for (Span sentence : e.sentences()) {
            if (SILENT.matcher(sentence.text()).find()) {
                continue;
            }
            for (Span clause : clauses(t, sentence)) {
                for (Span part : parts(t, clause)) {
                    part(t, para.start(), part, e, temps, times, ctx, ops, found);
                }
            }
        }
    }

    private void part(String t, int off, Span part, Extraction e, List<Span> temps, List<Span> times, Context ctx,
                      List<Operation> ops, List<OutcomeReader.Found> found) {
        Span opPart = part;
        OutcomeReader.Found product = outcomes.find(t, off, part, ctx);
        if (product != null) {
            found.add(product);
            opPart = Span.of(t, part.start(), product.verbStart() - off);
        }
        List<Charge> charges = new ArrayList<>();
        Matcher s = STREAM.matcher(opPart.text());
        while (s.find()) {
            String id = "solution-" + s.group(1);
            if (ctx.streams().contains(id)) {
                charges.add(new Charge(null, id, Role.REACTANT, List.of(), List.of(),
                        prov(ctx, t, off, opPart.start() + s.start(), opPart.start() + s.end())));
            }
        }
        List<Span> used = new ArrayList<>();
        Matcher c = CONTAINING.matcher(opPart.text());
        while (c.find()) {
            Span inner = Span.of(t, opPart.start() + c.start(2), opPart.start() + c.end(2));
            Span outer = Span.of(t, opPart.start() + c.start(1), opPart.start() + c.end(1));
            List<Charge> inside = new ArrayList<>();
            List<Mention> ms = mentionsIn(e, inner);
            for (Mention m : ms) {
                List<Quantity> qs = new ArrayList<>(m.quantities());
                if (ms.size() == 1) {
                    // "containing 26.72 g X, 0.20 mol": every amount in the brackets is X's
                    qs = e.inputs().stream().flatMap(x -> x.quantities().stream()).filter(q -> inner.covers(q.span()))
                            .toList();
                    qs = new ArrayList<>(qs);
                    for (Quantity q : amountsIn(t, inner)) {
                        if (qs.stream().noneMatch(x -> x.span().equals(q.span()))) {
                            qs.add(q);
                        }
                    }
                }
                Charge ch = charge(t, off, m.name(), role(m), qs, ctx);
                if (ch != null) {
                    inside.add(ch);
                }
            }
            String id = id(SubstanceTable.strip(outer.text()), null, ctx, t, off, outer);
            if (id != null) {
                charges.add(new Charge(id, null, Role.REAGENT, List.of(), inside,
                        prov(ctx, t, off, outer.start(), inner.end() + 1)));
                used.add(Span.of(t, outer.start(), inner.end()));
            } else {
                charges.addAll(inside);
                used.add(inner);
            }
        }
        charges.addAll(referents.read(t, off, opPart, ctx, ops, used));
        for (Mention m : mentionsIn(e, opPart)) {
            if (used.stream().anyMatch(u -> u.covers(m.name()))) {
                continue;
            }
            Charge ch = charge(t, off, m.name(), medium(t, opPart, m) ? Role.SOLVENT : role(m), m.quantities(), ctx);
            if (ch != null) {
                charges.add(ch);
            }
        }
        List<Range> tr = ConditionSpans.ranges(t, off, temps, opPart, ctx, null);
        List<Range> dr = ConditionSpans.ranges(t, off, times, opPart, ctx, null);
        List<Range> pr = new ArrayList<>();
        Matcher p = PH.matcher(opPart.text());
        while (p.find()) {
            String v = p.group(1) != null ? p.group(1) + (p.group(2) != null ? "-" + p.group(2) : "") : p.group(3);
            Parsed<Range> r = QuantityParser.range(v, Dimension.PH);
            if (r.isOk()) {
                pr.add(r.value());
            }
        }
        OperationType type = type(opPart, e);
        String details = null;
        Matcher asPer = AS_PER.matcher(opPart.text());
        Citation cited = null;
        if (asPer.find()) {
            details = asPer.group().strip() + " (not restated here)";
            cited = new Citation(asPer.group(1), asPer.group(2), asPer.group(), off + opPart.start() + asPer.start(),
                    off + opPart.start() + asPer.end(), -1);
            if (type == null) {
                type = OperationType.CUSTOM;
            }
        }
        if (type == null) {
            if (!charges.isEmpty()) {
                type = OperationType.ADD;
            } else if (!tr.isEmpty() || !dr.isEmpty() || !pr.isEmpty()) {
                type = OperationType.STIR;
            } else {
                if (product == null && !opPart.text().isBlank()) {
                    ctx.unparsed().add(new Unparsed(ctx.example(), off + opPart.start(), off + opPart.end(),
                            opPart.text(), "no action, amount or condition understood"));
                }
                return;
            }
        }
        int n = Math.max(1, Math.max(tr.size(), Math.max(dr.size(), pr.size())));
        for (int i = 0; i < n; i++) {
            Conditions cond = new Conditions(i < tr.size() ? tr.get(i) : null, i < dr.size() ? dr.get(i) : null,
                    i < pr.size() ? pr.get(i) : null, null, null);
            ops.add(new Operation(type, i == 0 ? charges : List.of(), cond, i == 0 ? details : null, null,
                    prov(ctx, t, off, opPart.start(), opPart.end())));
        }
        if (cited != null) {
            ctx.citations().add(new Citation(cited.kind(), cited.label(), cited.quote(), cited.start(), cited.end(),
                    ops.size()));
        }
    }

    /** "X was added to (a suspension of) Y": Y is charged first, then X is added. */
    private static List<Span> parts(String t, Span clause) {
        Matcher m = ADDED_TO.matcher(clause.text());
        if (m.find() && m.start() > 0) {
            Span first = Span.of(t, clause.start() + m.end(), clause.end());
            Span second = Span.of(t, clause.start(), clause.start() + m.end());
            return List.of(first, second);
        }
        return List.of(clause);
    }

    private static List<Span> clauses(String t, Span sentence) {
        String s = sentence.text();
        List<Integer> cuts = new ArrayList<>();
        Matcher m = SPLIT.matcher(s);
        while (m.find()) {
            if (depth(s, m.start()) == 0) {
                cuts.add(m.start());
                cuts.add(m.end());
            }
        }
        if (TO_A.matcher(s).find()) {
            Matcher a = ADDED.matcher(s);
            if (a.find()) {
                int found = -1;
                for (int i = a.start() - 1; i > 0; i--) {
                    if (s.charAt(i) == ',' && depth(s, i) == 0) {
                        found = i;
                        break;
                    }
                }
                int comma = found;
                if (comma > 0 && cuts.stream().noneMatch(x -> x > comma - 2 && x < comma + 3)) {
                    cuts.add(comma);
                    cuts.add(comma + 1);
                }
            }
        }
        cuts.sort(Integer::compare);
        List<Span> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i + 1 < cuts.size(); i += 2) {
            if (cuts.get(i) > from) {
                out.add(trim(t, sentence.start() + from, sentence.start() + cuts.get(i)));
            }
            from = Math.max(from, cuts.get(i + 1));
        }
        if (from < s.length()) {
            out.add(trim(t, sentence.start() + from, sentence.end()));
        }
        return out.stream().filter(x -> !x.text().isBlank() && !CONNECTIVE.matcher(x.text()).matches()).toList();
    }

    private static Span trim(String t, int a, int b) {
        while (a < b && (Character.isWhitespace(t.charAt(a)) || t.charAt(a) == ',')) {
            a++;
        }
        while (b > a && (Character.isWhitespace(t.charAt(b - 1)) || t.charAt(b - 1) == '.' || t.charAt(b - 1) == ',')) {
            b--;
        }
        return Span.of(t, a, b);
    }

    private static int depth(String s, int at) {
        int d = 0;
        for (int i = 0; i < at; i++) {
            char c = s.charAt(i);
            if (c == '(' || c == '[') {
                d++;
            } else if ((c == ')' || c == ']') && d > 0) {
                d--;
            }
        }
        return d;
    }

    /** The first action word of the part that is not an adjective of a chemical ("concentrated hydrochloric acid"). */
    private OperationType type(Span part, Extraction e) {
        for (ActionWords.Hit h : words.find(part.text())) {
            int end = part.start() + h.end();
            boolean adjective = e.inputs().stream().anyMatch(m -> m.name() != null
                    && (m.name().start() == end + 1 || m.name().start() < part.start() + h.start()
                    && m.name().end() > part.start() + h.start()));
            if (!adjective) {
                return h.type();
            }
        }
        return null;
    }

    /** A starting material printed with a volume only, after "in (a mixture of)": the medium, a solvent. */
    private static boolean medium(String t, Span part, Mention m) {
        if (m.role() != reflux.extract.MentionRole.STARTING_MATERIAL || m.quantities().isEmpty()
                || m.quantities().stream().anyMatch(q -> q.kind() != QuantityKind.VOLUME)) {
            return false;
        }
        String before = t.substring(Math.max(part.start(), m.name().start() - 160), m.name().start());
        return MEDIUM.matcher(before).find();
    }

    private static List<Mention> mentionsIn(Extraction e, Span part) {
        return e.inputs().stream().filter(m -> m.name() != null && part.start() <= m.name().start()
                && m.name().start() < part.end()).toList();
    }

    private List<Quantity> amountsIn(String t, Span inner) {
        return scanner.scan(inner.text()).stream().filter(q -> isAmount(q.kind()))
                .map(q -> new Quantity(q.kind(), q.value(), q.high(), q.count(), q.unit(),
                        Span.of(t, inner.start() + q.span().start(), inner.start() + q.span().end())))
                .toList();
    }

    private Charge charge(String t, int off, Span name, Role role, List<Quantity> qs, Context ctx) {
        String id = id(name.text(), null, ctx, t, off, name);
        if (id == null) {
            ctx.unparsed().add(new Unparsed(ctx.example(), off + name.start(), off + name.end(), name.text(),
                    "name does not resolve to a structure; its charge is not in the route"));
            return null;
        }
        List<reflux.model.quantity.Quantity> amounts = new ArrayList<>();
        int end = name.end();
        for (Quantity q : qs) {
            if (!isAmount(q.kind())) {
                continue;
            }
            Parsed<reflux.model.quantity.Quantity> p = QuantityParser.parse(q.span().text(), null);
            if (p.isOk()) {
                amounts.add(p.value());
                end = Math.max(end, q.span().end());
            } else {
                ctx.unparsed().add(new Unparsed(ctx.example(), off + q.span().start(), off + q.span().end(),
                        q.span().text(), "amount not understood: " + p.error()));
            }
        }
        if (end < t.length() && end > name.end() && t.charAt(end) == ')') {
            end++;
        }
        String from = ctx.outcomeOf().get(id);
        return new Charge(id, from, role, amounts, List.of(), prov(ctx, t, off, Math.min(name.start(), end), end));
    }

    private static boolean isAmount(QuantityKind k) {
        return k == QuantityKind.MASS || k == QuantityKind.MOLES || k == QuantityKind.VOLUME
                || k == QuantityKind.EQUIVALENTS || k == QuantityKind.CONCENTRATION;
    }

    /** The substance a printed name stands for: a cross-reference, else the name itself when it resolves. */
    private static String id(String name, String form, Context ctx, String t, int off, Span at) {
        String ref = ctx.table().reference(name);
        if (ref != null) {
            return ref;
        }
        return ctx.table().add(name.strip(), form, prov(ctx, t, off, at.start(), at.end()));
    }

    private static Role role(Mention m) {
        return switch (m.role()) {
            case STARTING_MATERIAL -> Role.REACTANT;
            case REAGENT_CATALYST -> Role.REAGENT;
            case SOLVENT -> Role.SOLVENT;
            case OTHER_COMPOUND -> Role.WORKUP;
            case REACTION_PRODUCT -> Role.PRODUCT;
        };
    }

    static Provenance prov(Context ctx, String t, int off, int start, int end) {
        return new Provenance(ctx.document(), ctx.locator(), t.substring(start, end), off + start, off + end);
    }
}
