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
 * @param assumptions every assumption made (densities, strengths, unstated amounts)
 */
public record AuditReport(String routeId, List<Finding> findings, List<AmountRow> amounts, List<YieldRow> yields,
                          List<MassBalanceRow> massBalance, List<MetricsRow> metrics, List<String> assumptions) {

    public AuditReport {
        Objects.requireNonNull(routeId, "routeId");
        findings = List.copyOf(findings);
        amounts = List.copyOf(amounts);
        yields = List.copyOf(yields);
        massBalance = List.copyOf(massBalance);
        metrics = List.copyOf(metrics);
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

    /** Yield of a stage (or of the route). Null = not computable; {@code note} says why. */
    public record YieldRow(String stage, String product, Double productMassG, Double productMoles,
                           String limiting, Double limitingMoles, Double molarYieldPct, Double wwYieldPct,
                           Double statedYieldPct, String note) {
    }

    /** Mass in and out of a stage, in g. */
    public record MassBalanceRow(String stage, double inputsG, Double productG, Double byProductsG,
                                 Double unaccountedG, List<String> byProducts, String note) {
        public MassBalanceRow {
            byProducts = byProducts == null ? List.of() : List.copyOf(byProducts);
        }
    }

    /**
     * ACS GCI Pharmaceutical Roundtable metrics of a stage or the route ({@code scope = "route"}, per kg of final
     * product). PMI = total mass in / mass of product; split by reactants, reagents, solvents, water (sum = total);
     * E-factor = PMI − 1; atom economy from the balanced equation; RME = product / reactants charged, %.
     */
    public record MetricsRow(String scope, Double pmi, Double pmiReactants, Double pmiReagents, Double pmiSolvents,
                             Double pmiWater, Double eFactor, Double atomEconomyPct, Double rmePct, String note) {
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
