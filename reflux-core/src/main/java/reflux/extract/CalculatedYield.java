package reflux.extract;

import java.util.OptionalDouble;
import java.util.function.Function;
import reflux.model.identity.Resolution;

/**
 * The yield a paragraph implies but does not print: moles of product (its mass over the molar mass of its resolved
 * name, or its printed moles) over the moles of the limiting charged substance (the least, by printed moles or mass
 * over molar mass, among the starting materials and reagents charged before the work-up; known reagents, bases,
 * catalysts and solvents of the chemical vocabulary are never limiting while another charge is; a reagent under a fifth
 * of the largest charge is catalytic, a starting material is limiting at any amount). A derived value, not a
 * text value: it has no offsets and ORD output marks it {@code CALCULATEDPERCENTYIELD}. Thread-safe if the resolver is.
 */
public final class CalculatedYield {
    /** Reagents below this fraction of the largest charge (in moles) count as catalytic, never limiting. */
    static final double CATALYTIC = 0.2;
    private final Function<String, Resolution> resolver;
    private final ChemicalWords words;

    /** A calculator looking molar masses up with {@code resolver}. */
    public CalculatedYield(Function<String, Resolution> resolver) {
        this.resolver = resolver;
        this.words = ChemicalWords.standard();
    }

    /** The percentage yield of {@code product} in {@code x}, or empty when a molar mass or amount is missing. */
    public OptionalDouble of(Extraction x, Mention product) {
        double made = moles(product);
        if (!(made > 0)) {
            return OptionalDouble.empty();
        }
        java.util.List<Double> charged = new java.util.ArrayList<>();
        java.util.List<Double> auxiliary = new java.util.ArrayList<>();
        // starting materials are limiting candidates at any amount: only a reagent can be catalytic
        java.util.List<Double> starting = new java.util.ArrayList<>();
        for (Mention m : x.inputs()) {
            if (m.role() != MentionRole.STARTING_MATERIAL && m.role() != MentionRole.REAGENT_CATALYST) {
                continue;
            }
            double n = moles(m);
            if (n > 0) {
                // "sodium acetate", "triethylamine", "toluene": a reagent or solvent, not what the product is made of
                String name = Products.key(m.name().text());
                boolean known = words.isReagent(m.name().text()) || words.isWorkupMaterial(m.name().text())
                        || words.isSolvent(m.name().text()) || name.isEmpty();
                (known ? auxiliary : charged).add(n);
                if (!known && m.role() == MentionRole.STARTING_MATERIAL) {
                    starting.add(n);
                }
            }
        }
        if (charged.isEmpty()) {
            charged = auxiliary;
        }
        double most = charged.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        // a catalyst (under a fifth of the largest charge in moles) is not the limiting reagent
        double limiting = Math.min(charged.stream().mapToDouble(Double::doubleValue)
                .filter(n -> n >= CATALYTIC * most).min().orElse(Double.POSITIVE_INFINITY),
                starting.stream().mapToDouble(Double::doubleValue).min().orElse(Double.POSITIVE_INFINITY));
        if (limiting == Double.POSITIVE_INFINITY) {
            return OptionalDouble.empty();
        }
        double y = 100 * made / limiting;
        return y > 0 && y <= 1000 ? OptionalDouble.of(y) : OptionalDouble.empty();
    }

    /** Printed moles, else printed mass over the molar mass of the resolved name; NaN when neither is known. */
    double moles(Mention m) {
        for (Quantity q : m.quantities()) {
            if (q.kind() == QuantityKind.MOLES && q.isOrdAmount()) {
                return q.total() * factor(q.unit());
            }
        }
        for (Quantity q : m.quantities()) {
            if (q.kind() == QuantityKind.MASS && q.isOrdAmount() && m.name() != null) {
                Resolution r = resolver.apply(m.name().text());
                if (r != null && r.isResolved() && r.molarMass() != null && r.molarMass() > 0) {
                    return q.total() * factor(q.unit()) / r.molarMass();
                }
                return Double.NaN;
            }
        }
        return Double.NaN;
    }

    /** ORD unit to grams or moles. */
    static double factor(String unit) {
        return switch (unit) {
            case "KILOGRAM" -> 1e3;
            case "MILLIGRAM", "MILLIMOLE" -> 1e-3;
            case "MICROGRAM", "MICROMOLE" -> 1e-6;
            default -> 1.0;
        };
    }
}
