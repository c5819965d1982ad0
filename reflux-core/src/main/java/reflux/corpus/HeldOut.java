package reflux.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.openscience.cdk.exception.InvalidSmilesException;
import org.openscience.cdk.interfaces.IAtomContainer;
import reflux.chem.Structures;

/**
 * A held-out measurement of derived templates: derived from the records whose input position is not divisible by
 * {@code k}, applied to the mapped reactants (map numbers removed) of the others, each judged by its stored
 * product's full InChIKey. Stateless.
 */
public final class HeldOut {
    /**
     * The figures.
     *
     * @param templates templates derived from the training records
     * @param tested    test records with reactants and a product that has an InChIKey
     * @param matched   test records one template executes to their stored product
     * @param reasons   outcome → records (MATCH, OTHER_PRODUCT, NO_RULE, PRODUCT_CHARGED, ...)
     */
    public record Result(int templates, int tested, int matched, Map<String, Integer> reasons) {
        public Result {
            reasons = Map.copyOf(reasons);
        }
    }

    private HeldOut() {
    }

    /** Splits {@code records} by position modulo {@code k} and measures. */
    public static Result evaluate(List<CorpusRecord> records, int k) {
        List<CorpusRecord> train = new ArrayList<>();
        List<CorpusRecord> test = new ArrayList<>();
        for (CorpusRecord r : records) {
            (r.index() % k == 0 ? test : train).add(r);
        }
        DerivedRules rules = RuleDerivation.derive(train).rules();
        java.util.Set<String> trainIds = new java.util.HashSet<>();
        train.forEach(r -> trainIds.add(r.id()));
        RuleMatcher m = new RuleMatcher(rules);
        Map<String, Integer> reasons = new TreeMap<>();
        int tested = 0;
        int matched = 0;
        for (CorpusRecord r : test) {
            IAtomContainer pot = reactants(r.reactionSmiles());
            RuleMatcher.Target target = r.productSmiles() == null ? new RuleMatcher.Target(null, null, null)
                    : RecordProcessor.targetOf(r.productSmiles());
            if (pot == null || target.inchiKey() == null) {
                reasons.merge("no reactants or product key", 1, Integer::sum);
                continue;
            }
            tested++;
            RuleMatcher.Outcome o = m.execute(pot, target);
            String why = o.charged() ? "PRODUCT_CHARGED" : o.rule() != null ? "MATCH" : o.fired() > 0 ? "OTHER_PRODUCT"
                    : "NO_RULE";
            reasons.merge(why, 1, Integer::sum);
            if (o.rule() != null) {
                matched++;
            }
        }
        return new Result(rules.rules().size(), tested, matched, reasons);
    }

    /** The reactant (and agent) molecules of a mapped reaction SMILES without their map numbers, or null. */
    public static IAtomContainer reactants(String mapped) {
        if (mapped == null) {
            return null;
        }
        String s = mapped.strip().split(" ")[0];
        int gt = s.indexOf('>');
        if (gt <= 0) {
            return null;
        }
        String lhs = s.substring(0, gt).replaceAll(":\\d+\\]", "]");
        try {
            return Structures.parseSmiles(lhs);
        } catch (InvalidSmilesException e) {
            return null;
        }
    }
}
