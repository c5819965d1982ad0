package reflux.extract.patent;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import reflux.model.route.Charge;
import reflux.model.route.Conditions;
import reflux.model.route.Operation;
import reflux.model.route.Provenance;
import reflux.model.route.Route;
import reflux.model.route.Stage;
import reflux.model.route.Step;
import reflux.model.route.SubstanceRef;

/**
 * "... as per the procedure given in Example 1": the operations of the cited example's stage that the citing text
 * does not restate are taken over, with their substances but never their amounts, times or temperatures; every
 * inherited charge is marked assumed with the citation's quote and offsets. The citing clause restates the
 * combination of the materials (it charges them itself), so what is inherited is what follows the cited stage's
 * last operation that charges a stream or an earlier product: the work-up and isolation. A citation of an example
 * not read yet (or of a stage or step) is listed as not understood. Stateless.
 */
final class Inheritance {
    private Inheritance() {
    }

    /** Inserts into {@code ops} what each citation takes over; lists what it cannot. */
    static void apply(List<ProcedureReader.Citation> citations, Map<String, Route> built, String stageId,
                      int stageIndex, ProcedureReader.Context ctx, List<Operation> ops) {
        List<ProcedureReader.Citation> byPlace = new ArrayList<>(citations);
        byPlace.sort(Comparator.comparingInt(ProcedureReader.Citation::after).reversed());
        for (ProcedureReader.Citation c : byPlace) {
            Route cited = c.kind().equalsIgnoreCase("example") ? built.get(c.label().toUpperCase(Locale.ROOT)) : null;
            Stage stage = cited == null ? null : stage(cited, stageId, stageIndex);
            List<Operation> taken = stage == null ? List.of() : inherited(cited, stage, c, ctx);
            if (taken.isEmpty()) {
                ctx.unparsed().add(new Unparsed(ctx.example(), c.start(), c.end(), c.quote(), "procedure taken from "
                        + c.kind() + " " + c.label() + ": its steps, amounts and conditions are not restated, not copied"));
                continue;
            }
            ops.addAll(Math.min(Math.max(c.after(), 0), ops.size()), taken);
        }
    }

    private static Stage stage(Route r, String id, int index) {
        for (Stage s : r.stages()) {
            if (s.id().equalsIgnoreCase(id)) {
                return s;
            }
        }
        return index >= 0 && index < r.stages().size() ? r.stages().get(index) : null;
    }

    private static List<Operation> inherited(Route cited, Stage stage, ProcedureReader.Citation c,
                                             ProcedureReader.Context ctx) {
        List<Operation> all = new ArrayList<>();
        List<String> where = new ArrayList<>();
        for (Step st : stage.steps()) {
            for (Operation o : st.operations()) {
                all.add(o);
                where.add("Stage " + stage.id() + ", Step " + st.id());
            }
        }
        int last = -1;
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).charges().stream().anyMatch(ch -> ch.from() != null)) {
                last = i;
            }
        }
        if (last < 0) {
            return List.of();
        }
        Provenance at = new Provenance(ctx.document(), ctx.locator(), c.quote(), c.start(), c.end());
        List<Operation> out = new ArrayList<>();
        for (int i = last + 1; i < all.size(); i++) {
            Operation o = all.get(i);
            String origin = c.kind() + " " + c.label() + ", " + where.get(i) + " ('" + o.source().quote() + "')";
            List<Charge> charges = new ArrayList<>();
            for (Charge ch : o.charges()) {
                Charge k = charge(cited, ch, origin, c, at, ctx);
                if (k != null) {
                    charges.add(k);
                }
            }
            out.add(new Operation(o.type(), charges, Conditions.NONE, "inherited from " + origin
                    + "; its amounts, times and temperatures are not copied", null, at));
        }
        return out;
    }

    private static Charge charge(Route cited, Charge ch, String origin, ProcedureReader.Citation c, Provenance at,
                                 ProcedureReader.Context ctx) {
        if (ch.substance() == null) {
            return null;
        }
        SubstanceRef s = cited.substance(ch.substance()).orElse(null);
        if (s == null) {
            return null;
        }
        String id = s.smiles() != null
                ? ctx.table().derived(s.name(), s.smiles(), String.join(" ", s.notes()), at)
                : ctx.table().add(s.name(), s.form(), at);
        if (id == null) {
            return null;
        }
        List<Charge> inside = new ArrayList<>();
        for (Charge x : ch.containing()) {
            Charge k = charge(cited, x, origin, c, at, ctx);
            if (k != null) {
                inside.add(k);
            }
        }
        return new Charge(id, null, ch.role(), List.of(), inside, at, "inherited: the text takes this from " + origin
                + " ('" + c.quote() + "', offsets " + c.start() + "-" + c.end() + "); its amount is not printed here"
                + " and not copied");
    }
}
