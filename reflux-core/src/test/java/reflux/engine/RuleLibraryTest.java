package reflux.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openscience.cdk.interfaces.IAtomContainer;
import reflux.chem.Structures;

class RuleLibraryTest {

    private static final RuleLibrary LIB = RuleLibrary.standard();

    static Stream<Map<String, String>> cases() {
        return Fixtures.resourceTsv("rule-cases.tsv").stream();
    }

    @Test
    void everyRuleHasAFixtureRowAndEveryRowNamesARule() {
        Set<String> covered = cases().map(r -> r.get("rule")).collect(Collectors.toSet());
        assertThat(covered).containsExactlyInAnyOrderElementsOf(LIB.rules().stream().map(Rule::id).toList());
    }

    @Test
    void everyRuleHasASource() {
        assertThat(LIB.rules()).allSatisfy(r -> assertThat(r.source()).as(r.id()).isNotBlank());
    }

    @Test
    void everyFixtureRowSaysWhereItCameFromAndHasANegativeCase() {
        assertThat(cases()).allSatisfy(r -> {
            assertThat(r.get("source")).as(r.get("rule")).isNotBlank();
            assertThat(r.get("negative")).as(r.get("rule")).isNotBlank();
        });
    }

    @Test
    void everyRuleCompilesAndIsCompiledOnce() {
        RuleLibrary lib = RuleLibrary.load(RuleLibrary.RESOURCE);
        List<RuleLibrary.Compiled> all = lib.allCompiled();
        assertThat(all).extracting(RuleLibrary.Compiled::rule).containsExactlyElementsOf(lib.rules());
        assertThat(all).allSatisfy(c -> assertThat(c.transform() != null || !c.adds().isEmpty()).isTrue());
        assertThat(lib.compiled("acid-chloride-pcl5").orElseThrow()).isSameAs(lib.allCompiled().get(
                lib.rules().indexOf(lib.rule("acid-chloride-pcl5").orElseThrow())));
        assertThat(lib.compiled("no-such-rule")).isEmpty();
    }

    @Test
    void everyDeclaredBondIsAnElementPairAndOnlySaltExchangeAndAdditionRulesDeclareNone() {
        for (Rule r : LIB.rules()) {
            assertThat(r.bonds()).allMatch(b -> b.matches("[A-Z][a-z]?-[A-Z][a-z]?"));
            if (r.bonds().isEmpty()) {
                assertThat(!r.isReaction() || r.isAddition() || r.id().startsWith("water-scavenging"))
                        .as(r.id() + " changes bonds but declares none").isTrue();
            }
        }
    }

    @Test
    void anApplicationThatChangesAnUndeclaredBondIsReported() {
        Rule pcl5 = LIB.rule("acid-chloride-pcl5").orElseThrow();
        Rule narrowed = new Rule("test-narrow", pcl5.name(), pcl5.smirks(), List.of(), pcl5.reagents(),
                pcl5.byProducts(), false, pcl5.changes(), List.of("C-Cl"), null, List.of(), "test", null, List.of());
        RuleLibrary.Compiled c = new RuleLibrary.Compiled(narrowed,
                LIB.compiled("acid-chloride-pcl5").orElseThrow().transform(), List.of(), List.of(), List.of(),
                List.of(), List.of());
        RuleApplier.Application a = RuleApplier.apply(c, Fixtures.mol("ref:001-IV.BrOH"));
        assertThat(a.undeclaredBonds()).containsExactly("C-O");
    }

    @Test
    void theLibraryCoversTheChemistryTheIssueNames() {
        assertThat(LIB.rules()).extracting(Rule::id).contains("acid-chloride-pcl5", "acid-chloride-pocl3",
                "acid-chloride-oxalyl", "silylation-n-tmsa", "silylation-o-bsa", "silylation-n-hmds",
                "silylation-o-tmscl", "acylation-amine", "acylation-n-silyl-amine", "desilylation-o-water",
                "hantzsch-thiazole-br", "hx-salt-hcl", "ion-exchange-br-cl", "hydroxylamine-dialkylation-dimesylate",
                "n-o-hydrogenolysis", "boc-protection", "boc-deprotection", "cbz-deprotection", "alloc-deprotection",
                "lactam-formation", "wittig-e-vinyl");
    }

    @Test
    void theLibraryCoversTheBetaLactamAndAmideChemistryOfIssueItem8() {
        assertThat(LIB.rules()).extracting(Rule::id).contains("acylation-amine-mbt-thioester",
                "acylation-n-silyl-amine-mbt-thioester", "acylation-amine-hobt-ester", "acylation-amine-nhs-ester",
                "mixed-anhydride-pivaloyl", "acylation-amine-pivalic-anhydride", "mixed-anhydride-ethyl-carbonate",
                "acylation-amine-ethyl-carbonic-anhydride", "amide-coupling-dcc", "amide-coupling-edc",
                "acid-chloride-vilsmeier-oxalyl", "acid-chloride-vilsmeier-pocl3", "trityl-deprotection",
                "benzhydryl-ester-deprotection", "pmb-ester-deprotection", "tbu-ester-deprotection",
                "benzyl-ester-hydrogenolysis", "benzyl-ether-hydrogenolysis", "desilylation-o-methanol",
                "ester-hydrolysis-base", "free-base-ammonium-chloride");
    }

    @Test
    void consumedAgentsAreReagentsAndCatalystsAcidsAndBasesAreRequirements() {
        Rule dcc = LIB.rule("amide-coupling-dcc").orElseThrow();
        assertThat(dcc.reagents()).containsExactly("C1CCC(CC1)N=C=NC1CCCCC1");
        assertThat(dcc.requires()).isEmpty();
        Rule trityl = LIB.rule("trityl-deprotection").orElseThrow();
        assertThat(trityl.requires()).containsExactly("class:strong-acid");
        assertThat(trityl.reagents()).containsExactly("O");
        assertThat(LIB.rule("benzyl-ester-hydrogenolysis").orElseThrow().requires())
                .containsExactly("class:palladium-catalyst");
        assertThat(LIB.rule("ester-hydrolysis-base").orElseThrow().requires())
                .containsExactly("class:hydroxide-base");
        assertThat(LIB.rule("free-base-ammonium-chloride").orElseThrow().isReaction()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void ruleTurnsItsPositiveInputIntoTheExpectedProductWithABalancedEquation(Map<String, String> row) {
        RuleApplier.Application a = RuleApplier.apply(LIB, row.get("rule"), Fixtures.mol(row.get("input")));
        assertThat(a.applied()).as("applied").isTrue();
        assertThat(a.balanced()).as("balance: " + a.imbalance()).isTrue();
        assertThat(a.undeclaredBonds()).as("bonds changed beyond the rule's declared bonds").isEmpty();
        assertThat(Structures.inchiKey(a.pot())).as(Structures.canonicalSmiles(a.pot()))
                .isEqualTo(Fixtures.key(row.get("expected")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void ruleLeavesItsNegativeInputUntouched(Map<String, String> row) {
        if ("-".equals(row.get("negative"))) {
            assertThat(LIB.rule(row.get("rule")).orElseThrow().isAddition()).as("only addition rules lack one")
                    .isTrue();
            return;
        }
        IAtomContainer in = Fixtures.mol(row.get("negative"));
        String before = Structures.inchiKey(in);
        RuleApplier.Application a = RuleApplier.apply(LIB, row.get("rule"), in);
        assertThat(a.count()).isZero();
        assertThat(Structures.inchiKey(a.pot())).isEqualTo(before);
    }
}
