package reflux.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import reflux.model.quantity.Dimension;
import reflux.model.quantity.Quantity;
import reflux.model.route.Analytics;
import reflux.model.route.Charge;
import reflux.model.route.MsPeak;
import reflux.model.route.NmrPeak;
import reflux.model.route.Operation;
import reflux.model.route.OperationType;
import reflux.model.route.Outcome;
import reflux.model.route.Provenance;
import reflux.model.route.Role;
import reflux.model.route.SubstanceRef;
import reflux.testkit.SharedFiles;

/** Small builders for hand-written test routes (quantities written as printed: "10 g", "0.0040 mol", "2x5 ml"). */
final class Fixtures {

    private static final Pattern Q = Pattern.compile("^\\s*(?:(\\d+)\\s*x\\s*)?(-?[0-9.]+)\\s*(.+?)\\s*$");
    private static final Map<String, Map<String, String>> REF = SharedFiles.referenceCompounds();

    private Fixtures() {
    }

    /** A quantity as printed; "2x5 ml" keeps 5 as the value and the text. */
    static Quantity q(String text) {
        Matcher m = Q.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException(text);
        }
        String unit = m.group(3);
        Dimension d = switch (unit.toLowerCase()) {
            case "g", "mg", "kg" -> Dimension.MASS;
            case "mol", "mmol" -> Dimension.AMOUNT;
            case "ml", "l" -> Dimension.VOLUME;
            case "eq" -> Dimension.EQUIVALENTS;
            case "%" -> Dimension.PERCENT;
            default -> Dimension.CUSTOM;
        };
        String canonical = unit.equalsIgnoreCase("ml") ? "mL" : unit;
        return new Quantity(new BigDecimal(m.group(2)), canonical, d, text);
    }

    static List<Quantity> qs(String... texts) {
        return Arrays.stream(texts).map(Fixtures::q).toList();
    }

    /** SMILES of a reference compound of seed-compounds.tsv. */
    static String ref(String id) {
        return REF.get(id).get("smiles");
    }

    static SubstanceRef sub(String id, String name, String smiles) {
        return new SubstanceRef(id, name, smiles, null, null, List.of(), Provenance.NONE);
    }

    static Charge c(String substance, Role role, String... amounts) {
        return new Charge(substance, null, role, qs(amounts), List.of(), Provenance.quote("001", null,
                substance + " (" + String.join(", ", amounts) + ")"));
    }

    static Charge from(String stream, Role role, String... amounts) {
        return new Charge(null, stream, role, qs(amounts), List.of(), Provenance.NONE);
    }

    static Charge containing(String substance, Role role, Charge... inner) {
        return new Charge(substance, null, role, List.of(), List.of(inner), Provenance.NONE);
    }

    static Operation op(OperationType type, Charge... charges) {
        return new Operation(type, List.of(charges), null, null, null, Provenance.NONE);
    }

    static Operation op(OperationType type, String produces, Charge... charges) {
        return new Operation(type, List.of(charges), null, null, produces, Provenance.NONE);
    }

    /** "2.11 m 4" style peaks: shift, multiplicity, protons. */
    static List<NmrPeak> nmr(String... peaks) {
        List<NmrPeak> out = new ArrayList<>();
        for (String p : peaks) {
            String[] f = p.split(" ");
            out.add(new NmrPeak(Double.parseDouble(f[0]), null, f[1], Integer.valueOf(f[2]), p));
        }
        return out;
    }

    static MsPeak ms(double mz, String label) {
        return new MsPeak(mz, label, "Positive ion Mode", (int) mz + " " + label);
    }

    static Analytics analytics(List<NmrPeak> nmr, List<MsPeak> ms, Double purity) {
        return new Analytics("1H", 300.0, "DMSO-d6", nmr, List.of(), "KBr", ms, purity, Provenance.NONE);
    }

    static Outcome outcome(String id, String substance, Analytics analytics, String... amounts) {
        return new Outcome(id, substance, true, qs(amounts), null, analytics, List.of(),
                Provenance.quote("001", null, "obtained " + substance));
    }
}
