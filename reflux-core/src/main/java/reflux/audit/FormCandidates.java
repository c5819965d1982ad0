package reflux.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The alternative isolated forms of a material (inner salt / free form, HCl salts, hydrates, ...) from the salt-form
 * table, each with its molar mass, and which of them is the declared form. Stateless.
 */
final class FormCandidates {

    /** One candidate form. */
    record Candidate(String id, String label, double molarMass, boolean declared) {
    }

    private FormCandidates() {
    }

    /** True when trying other salt/hydrate forms makes sense for the material (a salt, hydrate or ion). */
    static boolean applies(Material m) {
        return !m.acids().isEmpty() || m.waters() > 0 || m.permanentCation() || m.mainCharge() != 0;
    }

    /** The declared form's own acid; HCl when the declared form has none. */
    private static boolean plausibleAcid(Material m, Formula acid) {
        return m.acids().isEmpty() ? acid.equals(Formula.parse("ClH")) : m.acids().contains(acid);
    }

    static List<Candidate> of(Material m, AuditContext ctx) {
        return ctx.cache().candidates(m, mm -> compute(mm, ctx));
    }

    private static List<Candidate> compute(Material m, AuditContext ctx) {
        AuditData data = ctx.data();
        List<Candidate> out = new ArrayList<>();
        boolean declaredFound = false;
        for (AuditData.SaltForm f : data.saltForms()) {
            Formula acid = Optional.ofNullable(f.acidSmiles()).flatMap(ctx.cache()::material)
                    .map(Material::parent).orElse(null);
            if (f.acidCount() > 0 && (acid == null || !plausibleAcid(m, acid))) {
                continue;
            }
            double mw = m.formMass(acid, f.acidCount(), f.waterCount());
            boolean declared = !declaredFound && Math.abs(mw - m.molarMass()) < 0.01;
            declaredFound |= declared;
            out.add(new Candidate(f.id(), f.label(), mw, declared));
        }
        if (!declaredFound) {
            out.add(0, new Candidate("declared", "declared form " + m.formula().hill(), m.molarMass(), true));
        }
        return out;
    }
}
