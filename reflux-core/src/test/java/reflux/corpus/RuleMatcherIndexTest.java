package reflux.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openscience.cdk.interfaces.IAtomContainer;
import reflux.chem.Structures;
import reflux.testkit.SharedFiles;

/**
 * The centre index, the reactant-bond screen, the skeleton pre-check and the product-side screen only skip work: on ORD records (their mapped
 * reactants as the pot, their stored product as the target) the indexed matcher with the skeleton check gives exactly
 * the outcome of trying every template with the InChIKey alone, and with the screen the same template.
 */
class RuleMatcherIndexTest {

    @Test
    void theIndexAndTheSkeletonCheckGiveTheOutcomeOfTryingEveryTemplate() throws IOException {
        List<CorpusRecord> records = CorpusReader.read(SharedFiles.shared("data/uspto-ord-dev/reactions.jsonl.gz"))
                .subList(0, 300);
        DerivedRules rules = DerivedRules.standard();
        RuleMatcher indexed = new RuleMatcher(rules);
        RuleMatcher all = new RuleMatcher(rules, false);
        int compared = 0;
        int matched = 0;
        long triedAll = 0;
        long triedIndexed = 0;
        for (CorpusRecord r : records) {
            IAtomContainer pot = HeldOut.reactants(r.reactionSmiles());
            RuleMatcher.Target t = r.productSmiles() == null ? null : RecordProcessor.targetOf(r.productSmiles());
            if (pot == null || t == null || t.inchiKey() == null) {
                continue;
            }
            RuleMatcher.Outcome plain = all.execute(pot, t.formula(), t.inchiKey());
            // the product-side screen (the target's atoms) skips templates, so fewer are tried and fire; the
            // template credited and the charged verdict are those of trying every template
            RuleMatcher.Outcome screened = indexed.execute(pot, t);
            assertThat(screened.rule()).as(r.id()).isEqualTo(plain.rule());
            assertThat(screened.charged()).as(r.id()).isEqualTo(plain.charged());
            assertThat(screened.tried()).as(r.id()).isLessThanOrEqualTo(plain.tried());
            // without the target's atoms only the centre index and the reactant-bond screen skip templates: they skip
            // only templates that cannot match the pot, so the same templates fire and make the same products
            RuleMatcher.Outcome skipped = indexed.execute(pot, t.formula(), t.inchiKey());
            assertThat(skipped.rule()).as(r.id()).isEqualTo(plain.rule());
            assertThat(skipped.fired()).as(r.id()).isEqualTo(plain.fired());
            assertThat(skipped.products()).as(r.id()).isEqualTo(plain.products());
            assertThat(skipped.charged()).as(r.id()).isEqualTo(plain.charged());
            assertThat(skipped.tried()).as(r.id()).isLessThanOrEqualTo(plain.tried());
            triedAll += plain.tried();
            triedIndexed += skipped.tried();
            compared++;
            if (plain.rule() != null) {
                matched++;
            }
        }
        assertThat(compared).isGreaterThan(250);
        // the screens do skip work: fewer than half the applications of trying every template
        assertThat(triedIndexed).isLessThan(triedAll / 2);
        // in-sample (the shipped templates come from these records): most execute, so the MATCH path is exercised
        assertThat(matched).isGreaterThan(compared / 2);
    }

    @Test
    void identicalSmirksAreOneTemplateWithTheRecordsOfBoth() {
        String smirks = "[#6;A;H1;+0:1]=[#8;A;H0;+0:2]>>[C:1]-[OH1:2]";
        List<DerivedRules.Template> merged = RuleMatcher.merged(List.of(
                new DerivedRules.Template("uspto-1", smirks, List.of("ord-a", "ord-b")),
                new DerivedRules.Template("uspto-2", "[#7;A;H2;+0:1]>>[N:1]", List.of("ord-c")),
                new DerivedRules.Template("uspto-3", smirks, List.of("ord-b", "ord-d"))));
        assertThat(merged).extracting(DerivedRules.Template::id).containsExactly("uspto-1", "uspto-2");
        assertThat(merged.get(0).sources()).containsExactly("ord-a", "ord-b", "ord-d");
    }

    @Test
    void tautomersShareASkeletonAndChainIsomersDoNot() throws Exception {
        // 2-hydroxypyridine and 2-pyridone: one skeleton, bond orders and H placed differently
        assertThat(SkeletonKey.of(Structures.parseSmiles("Oc1ccccn1")))
                .isEqualTo(SkeletonKey.of(Structures.parseSmiles("O=C1C=CC=CN1")));
        // sodium acetate with and without the Na-O bond drawn: bonds to metals are not part of the skeleton
        assertThat(SkeletonKey.of(Structures.parseSmiles("CC(=O)O[Na]")))
                .isEqualTo(SkeletonKey.of(Structures.parseSmiles("CC(=O)[O-].[Na+]")));
        // near misses: butane / isobutane (C4H10 both), propan-1-ol / propan-2-ol
        assertThat(SkeletonKey.of(Structures.parseSmiles("CCCC")))
                .isNotEqualTo(SkeletonKey.of(Structures.parseSmiles("CC(C)C")));
        assertThat(SkeletonKey.of(Structures.parseSmiles("CCCO")))
                .isNotEqualTo(SkeletonKey.of(Structures.parseSmiles("CC(O)C")));
    }
}
