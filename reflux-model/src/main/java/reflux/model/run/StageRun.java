package reflux.model.run;

import java.util.List;
import java.util.Objects;

/**
 * The in-silico execution of one stage: what went in, which rules fired, what came out, and the verdict against the
 * declared product.
 *
 * @param stageId     the route stage id
 * @param rules       ids of the rules applied, in order
 * @param inputs      species consumed (with coefficients)
 * @param products    main product(s) formed (with coefficients)
 * @param byProducts  by-products formed (with coefficients)
 * @param declared    the product the route declares, as a species (null when the route declares none)
 * @param verdict     MATCH / CONSTITUTION_ONLY / MISMATCH / NO_RULE
 * @param evidence    sentences saying why (keys compared, stereo labels, rule that did not match)
 * @param equation    the balanced equation as text
 * @param balanced    true when atoms and charge balance
 * @param balanceNote why not balanced (e.g. ion exchange), or null
 * @param findings    typed findings of the execution (missing reagent, salt form, selectivity, ...)
 * @param alternatives other products the derivation reaches from the same charges (SMILES), best first
 */
public record StageRun(String stageId, List<String> rules, List<Species> inputs, List<Species> products,
                       List<Species> byProducts, Species declared, Verdict verdict, List<String> evidence,
                       String equation, boolean balanced, String balanceNote, List<StageFinding> findings,
                       List<String> alternatives) {
    public StageRun {
        Objects.requireNonNull(stageId, "stageId");
        Objects.requireNonNull(verdict, "verdict");
        rules = rules == null ? List.of() : List.copyOf(rules);
        inputs = inputs == null ? List.of() : List.copyOf(inputs);
        products = products == null ? List.of() : List.copyOf(products);
        byProducts = byProducts == null ? List.of() : List.copyOf(byProducts);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        findings = findings == null ? List.of() : List.copyOf(findings);
        alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
    }

    /** A stage run without engine findings or alternatives. */
    public StageRun(String stageId, List<String> rules, List<Species> inputs, List<Species> products,
                    List<Species> byProducts, Species declared, Verdict verdict, List<String> evidence,
                    String equation, boolean balanced, String balanceNote) {
        this(stageId, rules, inputs, products, byProducts, declared, verdict, evidence, equation, balanced,
                balanceNote, List.of(), List.of());
    }

    /** True when the stage matched and the engine found nothing of ERROR severity. */
    public boolean ok() {
        return verdict == Verdict.MATCH && findings.stream()
                .noneMatch(f -> f.code().defaultSeverity() == reflux.model.finding.Severity.ERROR);
    }
}
