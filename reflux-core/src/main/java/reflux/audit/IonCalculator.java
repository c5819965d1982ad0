package reflux.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.openscience.cdk.interfaces.IMolecularFormula;
import org.openscience.cdk.formula.IsotopeContainer;
import org.openscience.cdk.formula.IsotopePattern;
import org.openscience.cdk.formula.IsotopePatternGenerator;
import org.openscience.cdk.tools.manipulator.MolecularFormulaManipulator;

/**
 * m/z of the ions of a species: the ion's formula (parent + adduct), its isotope pattern from CDK's
 * {@link IsotopePatternGenerator} grouped by nominal mass, and the electron mass taken off per positive charge
 * (added per negative charge), which CDK's generator does not do. Stateless (the audit memoises in
 * {@link AuditCache}); a generator per call.
 */
final class IonCalculator {

    /** CODATA 2018 electron mass in Da. */
    static final double ELECTRON = 0.000548579909;

    /** Relative intensity below which an isotopologue is not offered as an explanation. */
    static final double MIN_RELATIVE = 0.2;

    /** One isotopologue peak of an ion. */
    record IonPeak(String ionLabel, String formula, int charge, int nominalOffset, double mz, double relative,
                   String isotopeNote) {
    }

    private IonCalculator() {
    }

    /** The ion's formula, or null when the adduct cannot be removed (check {@link #monoMass} before use). */
    static Formula ionFormula(Formula parent, AuditData.IonType ion) {
        Formula f = parent;
        if (ion.add() != null && !ion.add().isBlank()) {
            f = f.plus(Formula.parse(ion.add()));
        }
        if (ion.remove() != null && !ion.remove().isBlank()) {
            f = f.minus(Formula.parse(ion.remove()));
        }
        return f.isValid() && !f.counts().isEmpty() ? f : null;
    }

    /** Monoisotopic m/z of an ion of {@code monoMass} (electron mass accounted). */
    static double monoMz(double monoMass, int charge) {
        return round6((monoMass - charge * ELECTRON) / Math.abs(charge));
    }

    /** CDK's monoisotopic mass of a formula, empty when CDK cannot build the formula. */
    static Optional<Double> monoMass(Formula f) {
        IMolecularFormula cdk = f.toCdk();
        return cdk == null ? Optional.empty()
                : Optional.of(MolecularFormulaManipulator.getMass(cdk, MolecularFormulaManipulator.MonoIsotopic));
    }

    /** m/z to 1e-6: CDK sums isotopes in an identity-hash order, which varies the last bits from run to run. */
    static double round6(double mz) {
        return Math.rint(mz * 1e6) / 1e6;
    }

    /**
     * Isotopologue peaks of an ion (of monoisotopic mass {@code monoMass}) at or above {@link #MIN_RELATIVE} of the
     * most intense, by nominal mass.
     */
    static List<IonPeak> peaks(Formula ion, AuditData.IonType type, double monoMass) {
        IsotopePattern pattern = new IsotopePatternGenerator(0.01).setMinResolution(0.001)
                .getIsotopes(ion.toCdk());
        long monoNominal = Math.round(monoMass);
        Map<Long, double[]> byNominal = new TreeMap<>();
        for (IsotopeContainer c : pattern.getIsotopes()) {
            long nominal = Math.round(c.getMass());
            double[] acc = byNominal.computeIfAbsent(nominal, k -> new double[2]);
            if (c.getIntensity() > acc[1]) {
                acc[0] = c.getMass();
            }
            acc[1] += c.getIntensity();
        }
        double max = byNominal.values().stream().mapToDouble(a -> a[1]).max().orElse(1);
        List<IonPeak> out = new ArrayList<>();
        int z = type.charge();
        for (var e : byNominal.entrySet()) {
            double rel = Math.rint(e.getValue()[1] / max * 1e6) / 1e6;
            if (rel < MIN_RELATIVE) {
                continue;
            }
            int offset = (int) (e.getKey() - monoNominal);
            double mz = round6((e.getValue()[0] - z * ELECTRON) / Math.abs(z));
            out.add(new IonPeak(type.label(), ion.hill(), z, offset, mz, rel, isotopeNote(ion, offset)));
        }
        return out;
    }

    private static String isotopeNote(Formula f, int offset) {
        if (offset == 0) {
            return f.count("Br") > 0 ? "79Br" : f.count("Cl") > 0 ? "35Cl" : "monoisotopic";
        }
        if (offset == 2) {
            return f.count("Br") > 0 ? "81Br" : f.count("Cl") > 0 ? "37Cl" : f.count("S") > 0 ? "34S" : "M+2";
        }
        if (offset == 4) {
            return f.count("Br") > 1 ? "81Br2" : f.count("Cl") > 1 ? "37Cl2" : "M+4";
        }
        return "M+" + offset;
    }
}
