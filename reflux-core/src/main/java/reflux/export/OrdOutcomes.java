package reflux.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import reflux.model.identity.Resolution;
import reflux.model.quantity.Quantity;
import reflux.model.route.Analytics;
import reflux.model.route.MsPeak;
import reflux.model.route.NmrPeak;
import reflux.model.route.Outcome;
import reflux.model.route.Stage;
import reflux.model.route.SubstanceRef;
import reflux.model.run.Species;
import reflux.model.run.StageRun;

/**
 * The {@code ReactionOutcome}s of a stage: each printed outcome's product with its AMOUNT, YIELD and PURITY
 * measurements and its analyses (1H NMR, IR, MS, HPLC as printed, in {@code outcomes[].analyses}), and the
 * engine's by-products (role BYPRODUCT) from the balanced stage equation. A stage without a printed outcome (a
 * claims route) gets the derived product. Thread-safe.
 */
final class OrdOutcomes {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private final OrdVocabulary vocabulary;

    OrdOutcomes(OrdVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** {@code A.B>>C.D}: what the run consumed and what it made, or null when it made nothing. */
    static String reactionSmiles(StageRun run) {
        if (run.inputs().isEmpty() || run.products().isEmpty()) {
            return null;
        }
        List<String> right = new ArrayList<>();
        run.products().forEach(s -> right.add(s.smiles()));
        run.byProducts().forEach(s -> right.add(s.smiles()));
        return String.join(".", run.inputs().stream().map(Species::smiles).toList()) + ">>" + String.join(".", right);
    }

    void outcomes(ArrayNode out, RouteExport x, Stage stage, StageRun run, ObjectNode reactionTime) {
        List<ObjectNode> made = new ArrayList<>();
        int main = -1;
        for (Outcome o : stage.outcomes()) {
            ObjectNode oc = NODES.objectNode();
            ObjectNode analyses = NODES.objectNode();
            ObjectNode p = oc.putArray("products").addObject();
            String name = x.substance(o.substance()).map(SubstanceRef::name).orElse(o.substance());
            OrdVocabulary.identifiers(p.putArray("identifiers"), name, x.structure(o.substance()));
            boolean desired = o.substance().equals(stage.product());
            p.put("isDesiredProduct", desired);
            ArrayNode ms = p.putArray("measurements");
            for (Quantity q : o.amounts()) {
                ObjectNode amount = NODES.objectNode();
                if (vocabulary.amount(amount, q)) {
                    ms.addObject().put("type", "AMOUNT").put("details", o.isolated() ? "isolated" : "in solution")
                            .set("amount", amount);
                }
            }
            if (o.statedYield() != null) {
                ms.addObject().put("type", "YIELD").put("details", "as printed").putObject("percentage")
                        .put("value", o.statedYield().doubleValue());
            }
            analyses(analyses, ms, o.analytics());
            p.put("reactionRole", "PRODUCT");
            if (!o.notes().isEmpty()) {
                p.putObject("features").putObject("notes").put("stringValue", String.join("\n", o.notes()))
                        .put("description", "remarks of the route file on this outcome");
            }
            if (!analyses.isEmpty()) {
                oc.set("analyses", analyses);
            }
            if (desired && main < 0) {
                main = made.size();
            }
            made.add(oc);
        }
        if (made.isEmpty()) {
            ObjectNode oc = NODES.objectNode();
            ArrayNode products = oc.putArray("products");
            for (Species s : run.products()) {
                ObjectNode p = products.addObject();
                String name = s.substance() != null ? x.substance(s.substance()).map(SubstanceRef::name).orElse(null)
                        : null;
                species(p.putArray("identifiers"), name, s);
                p.put("isDesiredProduct", true);
                p.put("reactionRole", "PRODUCT");
                derived(p, s, "the product derived forward by Reflux's rules (verdict " + run.verdict()
                        + "); the source prints no outcome");
            }
            made.add(oc);
            main = 0;
        }
        ObjectNode host = made.get(Math.max(main, 0));
        if (reactionTime != null) {
            host.set("reactionTime", reactionTime);
        }
        ArrayNode hostProducts = (ArrayNode) host.get("products");
        for (Species s : run.byProducts()) {
            ObjectNode p = hostProducts.addObject();
            String name = s.substance() != null ? x.substance(s.substance()).map(SubstanceRef::name).orElse(null)
                    : null;
            species(p.putArray("identifiers"), name, s);
            p.put("reactionRole", "BYPRODUCT");
            derived(p, s, "by-product of the balanced stage equation derived by Reflux; not reported by the source");
        }
        made.forEach(out::add);
    }

    private static void species(ArrayNode ids, String name, Species s) {
        Resolution r = new Resolution(name, reflux.model.identity.ResolutionStatus.RESOLVED, s.smiles(), s.formula(),
                s.molarMass(), null, null, null, s.inchiKey(), List.of(), "engine", List.of(), null, List.of());
        OrdVocabulary.identifiers(ids, name, r);
        if (name == null) {
            ids.addObject().put("type", "CUSTOM").put("details", "Hill formula").put("value", s.formula());
        }
    }

    private static void derived(ObjectNode p, Species s, String why) {
        ObjectNode f = p.putObject("features");
        f.putObject("derivation").put("stringValue", why).put("description", "Reflux");
        f.putObject("coefficient").put("floatValue", s.coefficient())
                .put("description", "stoichiometric coefficient in the balanced stage equation");
    }

    /** The printed analytical data as {@code Analysis} entries, with an IDENTITY or PURITY measurement for each. */
    private static void analyses(ObjectNode analyses, ArrayNode ms, Analytics a) {
        if (!a.nmr().isEmpty()) {
            String nucleus = a.nmrNucleus() == null ? "1H" : a.nmrNucleus();
            String type = switch (nucleus) {
                case "1H" -> "NMR_1H";
                case "13C" -> "NMR_13C";
                default -> "NMR_OTHER";
            };
            List<String> details = new ArrayList<>();
            details.add(nucleus + " NMR");
            if (a.nmrFrequencyMHz() != null) {
                details.add(fmt(a.nmrFrequencyMHz()) + " MHz");
            }
            if (a.nmrSolvent() != null) {
                details.add(a.nmrSolvent());
            }
            Set<String> signals = new LinkedHashSet<>();
            a.nmr().forEach(p -> signals.add(p.text() != null ? p.text() : fmt(p.shift())));
            ObjectNode an = analysis(analyses, nucleus + " NMR", type, String.join(", ", details));
            ObjectNode data = an.putObject("data");
            data.putObject("signals").put("stringValue", String.join("; ", signals))
                    .put("description", "signals as printed, in printed order (δ ppm)");
            int i = 0;
            for (NmrPeak p : a.nmr()) {
                data.putObject("shift " + ++i).put("floatValue", p.shift()).put("description", "δ ppm"
                        + (p.multiplicity() == null ? "" : ", " + p.multiplicity())
                        + (p.protons() == null ? "" : ", " + p.protons() + "H"));
            }
            identity(ms, nucleus + " NMR");
        }
        if (!a.irBands().isEmpty()) {
            ObjectNode an = analysis(analyses, "IR", "IR", a.irMedium() == null ? "IR" : "IR (" + a.irMedium() + ")");
            ObjectNode data = an.putObject("data");
            data.putObject("bands").put("stringValue", String.join(", ", a.irBands().stream().map(OrdOutcomes::fmt)
                    .toList())).put("description", "bands as printed, cm-1");
            identity(ms, "IR");
        }
        if (!a.ms().isEmpty()) {
            Set<String> modes = new LinkedHashSet<>();
            Set<String> texts = new LinkedHashSet<>();
            for (MsPeak p : a.ms()) {
                if (p.mode() != null) {
                    modes.add(p.mode());
                }
                texts.add(p.text() != null ? p.text() : fmt(p.mz()) + (p.label() == null ? "" : " " + p.label()));
            }
            ObjectNode an = analysis(analyses, "MS", "MS", modes.isEmpty() ? "MS" : "MS, " + String.join(", ", modes));
            ObjectNode data = an.putObject("data");
            data.putObject("peaks").put("stringValue", String.join("; ", texts))
                    .put("description", "m/z values with their ion labels as printed");
            int i = 0;
            for (MsPeak p : a.ms()) {
                data.putObject("m/z " + ++i).put("floatValue", p.mz())
                        .put("description", p.label() == null ? "m/z" : "m/z " + p.label());
            }
            identity(ms, "MS");
        }
        if (a.hplcPurity() != null) {
            analysis(analyses, "HPLC", "LC", "HPLC purity as printed");
            ms.addObject().put("analysisKey", "HPLC").put("type", "PURITY").putObject("percentage")
                    .put("value", a.hplcPurity());
        }
        if (a.waterContent() != null) {
            ms.addObject().put("type", "CUSTOM").put("details", "water content, % w/w as printed")
                    .putObject("percentage").put("value", a.waterContent());
        }
    }

    private static ObjectNode analysis(ObjectNode analyses, String key, String type, String details) {
        ObjectNode an = analyses.putObject(key);
        an.put("type", type);
        an.put("details", details);
        an.put("isOfIsolatedSpecies", true);
        return an;
    }

    private static void identity(ArrayNode ms, String key) {
        ms.addObject().put("analysisKey", key).put("type", "IDENTITY").put("details", key
                + " data printed for this product (outcomes[].analyses[\"" + key + "\"])");
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
