package reflux.audit;

import java.util.function.Function;
import reflux.chem.StructureFacts;
import reflux.identity.NameResolver;
import reflux.model.finding.FindingCode;
import reflux.model.identity.Resolution;
import reflux.model.identity.ResolutionStatus;
import reflux.model.route.SubstanceRef;
import reflux.route.RouteStructures;

/**
 * Keeps a route's SMILES overrides honest: each override is compared with what the printed name (plus its declared
 * form) resolves to, so an assumption the route makes is visible in every report.
 * <ul>
 *   <li>same full InChIKey → INFO OVERRIDE_AGREES_WITH_NAME;</li>
 *   <li>same constitution, other stereo (e.g. an oxime geometry the name does not state) → WARNING STEREO_ASSUMED,
 *       with the CIP labels of both;</li>
 *   <li>different constitution → ERROR OVERRIDE_CONTRADICTS_NAME (the override is another compound);</li>
 *   <li>the name does not resolve to one compound (generic or defective name) → STRUCTURE_FROM_ROUTE: the override
 *       is the only structure there is, an assumption whose source is the route's note.</li>
 * </ul>
 */
final class OverrideCheck implements Checker {

    private final Function<String, Resolution> names;

    OverrideCheck() {
        this(name -> NameResolver.standard().resolve(name));
    }

    OverrideCheck(Function<String, Resolution> names) {
        this.names = names;
    }

    @Override
    public String name() {
        return "overrides";
    }

    @Override
    public void check(AuditContext ctx, AuditSink sink) {
        var substances = ctx.route().substances();
        for (int i = 0; i < substances.size(); i++) {
            SubstanceRef s = substances.get(i);
            if (s.smiles() == null || s.smiles().isBlank() || s.smiles().contains("{")) {
                continue;
            }
            Resolution byName = names.apply(RouteStructures.nameWithForm(s));
            if (byName == null || byName.status() != ResolutionStatus.RESOLVED || byName.inchiKey() == null) {
                sink.add(FindingCode.STRUCTURE_FROM_ROUTE, "Assumed: " + s.id() + " is the route's SMILES "
                        + s.smiles() + "; the printed name '" + s.name() + "' does not resolve to one compound, so"
                        + " its molar mass and every mole figure of it rest on the route's choice. Source: "
                        + (s.notes().isEmpty() ? "the route file (no note)" : String.join(" ", s.notes())) + ".",
                        "substances[" + s.id() + "].smiles", s.source().quote());
                continue;
            }
            StructureFacts override = ctx.cache().facts(s.smiles()).orElse(null);
            if (override == null) {
                continue; // an unparsable override is the validator's finding, not this check's
            }
            String path = "substances[" + s.id() + "].smiles";
            String quote = s.source().quote();
            String a = override.inchiKey();
            String b = byName.inchiKey();
            if (a.equals(b)) {
                sink.add(FindingCode.OVERRIDE_AGREES_WITH_NAME, s.id() + ": the SMILES override is the compound"
                        + " the printed name resolves to (" + a + ").", path, quote);
            } else if (a.substring(0, 14).equals(b.substring(0, 14))) {
                sink.add(FindingCode.STEREO_ASSUMED, s.id() + ": the printed name '" + s.name()
                        + "' fixes other stereo than the route assumes: name " + b + " (" + stereo(byName.smiles(), byName.cip())
                        + "), route " + a + " (" + stereo(override.smiles(), override.cip())
                        + "). The route's stereo is an assumption"
                        + (s.notes().isEmpty() ? "." : ": " + String.join(" ", s.notes())), path, quote);
            } else {
                sink.add(FindingCode.OVERRIDE_CONTRADICTS_NAME, s.id() + ": the SMILES override ("
                        + override.formula() + ", " + a + ") is not the compound the printed name '" + s.name()
                        + "' resolves to (" + byName.formula() + ", " + b + ").", path, quote);
            }
        }
    }

    /** CIP labels by locant where the ring system has a numbering ({@link reflux.chem.Locants}). */
    private static String stereo(String smiles, java.util.List<String> cip) {
        return cip.isEmpty() ? "no stereo" : "stereo " + reflux.chem.Locants.standard().describe(smiles, cip);
    }
}
