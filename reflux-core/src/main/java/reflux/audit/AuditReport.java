package reflux.audit;

import java.util.List;
import java.util.Objects;
import reflux.model.finding.Finding;
import reflux.model.finding.FindingCode;
import reflux.model.finding.Severity;

/**
 * The audit of one route: findings with their evidence, and the per-stage tables the findings were drawn from
 * (amounts, yields, mass balance, green metrics), plus every assumption made. Field names are the JSON names of
 * {@code reflux audit --json}.
 *
 * @param routeId     the route audited
 * @param findings    findings in route order
 * @param amounts     one row per charge with an amount
 * @param yields      one row per stage, then one for the route ({@code stage = "route"})
 * @param massBalance one row per stage
 * @param metrics     green metrics per stage and for the route normalised to 1 kg of product
 * @param volumes     solvent and work-up volumes per operation and per stage ({@code path = stages[<id>]}), in mL
 *                    and L/kg of the limiting reactant
 * @param concentrations molar concentration of each charge where the vessel volume is known
 * @param vessels     the liquid content of the vessel after each operation (working volume), in mL
 * @param assumptions every assumption made (densities, strengths, unstated amounts)
 */
public record AuditReport(String routeId, List<Finding> findings, List<AmountRow> amounts, List<YieldRow> yields,
                          List<MassBalanceRow> massBalance, List<MetricsRow> metrics, List<VolumeRow> volumes,
                          List<ConcentrationRow> concentrations, List<VesselRow> vessels,
                          List<String> assumptions) {

    public AuditReport {
        Objects.requireNonNull(routeId, "routeId");
        findings = List.copyOf(findings);
        amounts = List.copyOf(amounts);
        yields = List.copyOf(yields);
        massBalance = List.copyOf(massBalance);
        metrics = List.copyOf(metrics);
        volumes = List.copyOf(volumes);
        concentrations = List.copyOf(concentrations);
        vessels = List.copyOf(vessels);
        assumptions = List.copyOf(assumptions);
    }

    /**
     * The amounts of one charge: printed, computed, and the form used. {@code equivalents} are against the stage's
     * limiting reactant; {@code substrateEquivalents} against {@code substrate}, the charge the stage's rules say the
     * reagent reacts with. Null = not printed / not computable.
     */
    public record AmountRow(String stage, String path, String substance, String role, Double massG, Double volumeMl,
                            Double molesPrinted, Double molesComputed, Double molarMass, Double equivalents,
                            Double equivalentsPrinted, String basis, String substrate,
                            Double substrateEquivalents) {
    }

    /**
     * Yield of a stage (or of the route). {@code molarYieldPct} is as isolated; {@code purityCorrectedYieldPct} =
     * molar yield × the printed HPLC purity {@code purityPct} / 100 (null when no purity is printed). Null = not
     * computable; {@code note} says why.
     */
    public record YieldRow(String stage, String product, Double productMassG, Double productMoles,
                           String limiting, Double limitingMoles, Double molarYieldPct, Double wwYieldPct,
                           Double statedYieldPct, String note, Double purityPct, Double purityCorrectedYieldPct) {

        /** A row without a purity. */
        public YieldRow(String stage, String product, Double productMassG, Double productMoles, String limiting,
                        Double limitingMoles, Double molarYieldPct, Double wwYieldPct, Double statedYieldPct,
                        String note) {
            this(stage, product, productMassG, productMoles, limiting, limitingMoles, molarYieldPct, wwYieldPct,
                    statedYieldPct, note, null, null);
        }
    }

    /**
     * Mass in and out of a stage, in g. What is unaccounted is split into {@code liquidsG} (solvents, work-up
     * liquids and water charged: waste streams) and {@code residueG} (the rest: excess reagents, unreacted
     * material, product left in the mother liquors, and by-products when the run gave none).
     */
    public record MassBalanceRow(String stage, double inputsG, Double productG, Double byProductsG,
                                 Double unaccountedG, Double liquidsG, Double residueG, List<String> byProducts,
                                 String note) {
        public MassBalanceRow {
            byProducts = byProducts == null ? List.of() : List.copyOf(byProducts);
        }
    }

    /**
     * ACS GCI Pharmaceutical Roundtable metrics of a stage or the route ({@code scope = "route"}, per kg of final
     * product). PMI = total mass in / mass of product; split by reactants, reagents, solvents, water (sum = total);
     * E-factor = PMI − 1; atom economy from the net equation (species on both sides of the balanced equation
     * cancelled); RME = product / reactants charged, %. {@code pmiLowerBound}: a charge's mass is not known (a
     * solution of unstated composition, a charge without an amount), so PMI, its split and the E-factor are lower
     * bounds; the note says which charges.
     */
    public record MetricsRow(String scope, Double pmi, boolean pmiLowerBound, Double pmiReactants, Double pmiReagents, Double pmiSolvents,
                             Double pmiWater, Double eFactor, Double atomEconomyPct, Double rmePct, String note) {
    }

    /**
     * Liquid volumes of an operation ({@code path} of the operation) or a stage ({@code path = stages[<id>]},
     * {@code liquids = "stage total"}): mL of solvents and of work-up liquids, and each per kg of the limiting
     * reactant (L/kg = mL/g). Null = not computable; {@code note} says why.
     */
    public record VolumeRow(String stage, String path, String liquids, double solventsMl, double workupMl,
                            String limiting, Double limitingMassG, Double solventsLPerKg, Double workupLPerKg,
                            String note) {
    }

    /** Moles of a charge over the liquid volume of its vessel after its operation, mol/L. */
    public record ConcentrationRow(String stage, String path, String substance, double moles, double vesselMl,
                                   double molPerL) {
    }

    /**
     * The vessel after one operation ({@code path} of the operation; {@code step}, {@code operation} its step id and
     * index): {@code liquidMl} the reaction liquid the concentrations use (null = unknown: a solution of unprinted
     * volume), {@code contentMl} every liquid in the vessel (with a quench, and a wash layer during its wash; 0 after
     * a filtration), a lower bound when {@code exact} is false.
     */
    public record VesselRow(String stage, String step, int operation, String path, Double liquidMl,
                            double contentMl, boolean exact) {
    }

    /** Findings of a severity. */
    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /** Findings with a code. */
    public List<Finding> withCode(FindingCode code) {
        return findings.stream().filter(f -> f.code() == code).toList();
    }

    /** The yield row of a stage, or null. */
    public YieldRow yield(String stage) {
        return yields.stream().filter(y -> y.stage().equals(stage)).findFirst().orElse(null);
    }
}
