package reflux.extract.patent;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import reflux.extract.Span;
import reflux.model.identity.Resolution;
import reflux.model.route.Charge;
import reflux.model.route.Operation;
import reflux.model.route.Provenance;
import reflux.model.route.Role;

/**
 * Materials a clause charges without a resolving name: "the resulting acid chloride" (the product of the step's
 * preceding operations, {@link ResultingProduct}, charged as the stream the last of them produces) and a name under a
 * modifier word ("silyalted 7-amino-... hydrochloride", {@link Modifiers}). Each becomes a substance with a SMILES
 * and a note saying how it was derived; the spans read are returned so the mentions inside them are not charged
 * again. Thread-safe (its collaborators are); per-route state lives in the context.
 */
final class Referents {

    /** Where a name after a modifier word ends: before these words or punctuation. */
    private static final Pattern NAME_STOP = Pattern.compile(
            "\\s+(?:as\\s+per|according\\s+to|following|to\\s+(?:obtain|give|afford|yield|form)|in\\s|with\\s|under\\s"
            + "|at\\s|for\\s|was\\s|were\\s|is\\s|are\\s)|[,;]|\\s+\\(");
    /** How many words a name after a modifier may lose from its end before it is given up. */
    static final int MAX_SHRINK = 4;

    private final ResultingProduct resulting;
    private final Modifiers modifiers;

    Referents(ResultingProduct resulting, Modifiers modifiers) {
        this.resulting = resulting;
        this.modifiers = modifiers;
    }

    static Referents standard() {
        return new Referents(ResultingProduct.standard(), Modifiers.standard());
    }

    /** The charges of {@code part} that these mechanisms read; the spans they cover go to {@code used}. */
    List<Charge> read(String t, int off, Span part, ProcedureReader.Context ctx, List<Operation> ops, List<Span> used) {
        List<Charge> out = new ArrayList<>();
        resulting.find(part.text()).ifPresent(f -> {
            Span phrase = Span.of(t, part.start() + f.phraseStart(), part.start() + f.end());
            Charge c = resultingCharge(t, off, phrase, f, ctx, ops);
            if (c != null) {
                out.add(c);
                used.add(phrase);
            }
        });
        modifiers.find(part.text()).ifPresent(f -> {
            Charge c = modified(t, off, part, f, ctx, used);
            if (c != null) {
                out.add(c);
            }
        });
        return out;
    }

    private Charge resultingCharge(String t, int off, Span phrase, ResultingProduct.Found f, ProcedureReader.Context ctx,
                                   List<Operation> ops) {
        List<ResultingProduct.Charged> charged = new ArrayList<>();
        for (Operation o : ops) {
            for (Charge c : o.charges()) {
                Resolution r = c.substance() == null ? null : ctx.table().resolution(c.substance());
                if (r != null && r.smiles() != null) {
                    charged.add(new ResultingProduct.Charged(ctx.table().get(c.substance()).name(), r.smiles(),
                            r.inchiKey()));
                }
            }
        }
        Provenance where = ProcedureReader.prov(ctx, t, off, phrase.start(), phrase.end());
        Optional<ResultingProduct.Derived> d = ops.isEmpty() ? Optional.empty() : resulting.derive(f.word(), charged);
        if (d.isEmpty()) {
            ctx.unparsed().add(new Unparsed(ctx.example(), where.start(), where.end(), phrase.text(),
                    "'the resulting " + f.word() + "': the step's preceding operations give no single " + f.word()
                    + " under the engine's rules"));
            return null;
        }
        String printed = t.substring(phrase.start() + (f.start() - f.phraseStart()), phrase.end());
        String id = ctx.table().derived(printed, d.get().smiles(), "Not named in the text ('" + phrase.text()
                + "', offsets " + where.start() + "-" + where.end() + "): the product of the step's preceding "
                + "operations, derived by executing rule " + d.get().rule() + " (reflux/rules/rules.yaml) on "
                + d.get().substrate() + ".", where);
        if (id == null) {
            return null;
        }
        int last = ops.size() - 1;
        Operation o = ops.get(last);
        String stream = o.produces() != null ? o.produces() : "resulting-" + id;
        if (o.produces() == null) {
            ops.set(last, new Operation(o.type(), o.charges(), o.conditions(), o.details(), stream, o.source()));
        }
        ctx.streams().add(stream);
        return new Charge(null, stream, Role.REACTANT, List.of(), List.of(), where);
    }

    private Charge modified(String t, int off, Span part, Modifiers.Found f, ProcedureReader.Context ctx,
                            List<Span> used) {
        String rest = part.text().substring(f.end());
        Matcher stop = NAME_STOP.matcher(rest);
        int end = rest.length();
        while (stop.find()) {
            if (depth(rest, stop.start()) == 0) {
                end = stop.start();
                break;
            }
        }
        String name = rest.substring(0, end).strip();
        Resolution r = null;
        for (int i = 0; i <= MAX_SHRINK && !name.isEmpty(); i++) {
            r = ctx.table().resolveName(name);
            if (r != null) {
                break;
            }
            int sp = name.lastIndexOf(' ');
            name = sp < 0 ? "" : name.substring(0, sp).strip();
        }
        if (r == null || r.smiles() == null) {
            return null;
        }
        int a = part.start() + f.start();
        int b = part.start() + f.end() + rest.indexOf(name) + name.length();
        Provenance where = ProcedureReader.prov(ctx, t, off, a, b);
        Optional<Modifiers.Applied> m = modifiers.apply(f, r.smiles());
        if (m.isEmpty()) {
            ctx.unparsed().add(new Unparsed(ctx.example(), where.start(), where.end(), where.quote(),
                    "'" + f.modifier() + "': no group of the named compound it applies to (modifiers.tsv)"));
            return null;
        }
        String id = ctx.table().derived(t.substring(a, b), m.get().smiles(), m.get().note()
                + " Named compound: '" + name + "'.", where);
        if (id == null) {
            return null;
        }
        used.add(Span.of(t, a, b));
        return new Charge(id, ctx.outcomeOf().get(id), Role.REACTANT, List.of(), List.of(), where);
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
}
