package reflux.audit;

import java.util.List;
import java.util.function.Function;
import reflux.identity.NameResolver;
import reflux.model.finding.FindingCode;
import reflux.model.identity.Resolution;
import reflux.model.identity.ResolutionStatus;
import reflux.model.route.SubstanceRef;
import reflux.route.RouteStructures;

/**
 * How each substance without a SMILES override got its structure: every repair and assumption the resolver made
 * reading its printed name (a configuration assumed for a cephem name without descriptors, an implied oxo group, a
 * salt convention) is one NAME_ASSUMPTION finding at the substance, with the resolver's source, because the molar
 * mass and every mole figure of that substance rest on it.
 */
final class NameReadingCheck implements Checker {

    private final Function<String, Resolution> names;

    NameReadingCheck() {
        this(name -> NameResolver.standard().resolve(name));
    }

    NameReadingCheck(Function<String, Resolution> names) {
        this.names = names;
    }

    @Override
    public String name() {
        return "name readings";
    }

    @Override
    public void check(AuditContext ctx, AuditSink sink) {
        for (SubstanceRef s : ctx.route().substances()) {
            boolean override = s.smiles() != null && !s.smiles().isBlank();
            if (override || s.name() == null || s.name().contains("{")) {
                continue;
            }
            String name = RouteStructures.nameWithForm(s);
            Resolution r = names.apply(name);
            if (r == null || r.status() != ResolutionStatus.RESOLVED || r.warnings().isEmpty()) {
                continue;
            }
            List<String> readings = r.warnings();
            sink.add(FindingCode.NAME_ASSUMPTION, "Assumed: " + s.id() + " ('" + name + "') is " + r.smiles() + " (" + r.formula() + ", " + r.inchiKey() + ") read as: "
                    + String.join("; ", readings) + ". Its molar mass and every mole figure of it rest on this"
                    + " reading. Source: " + r.source() + ".", "substances[" + s.id() + "].name", s.source().quote());
        }
    }
}
