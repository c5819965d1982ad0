package reflux.extract.patent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import reflux.chem.Structures;
import reflux.identity.NameResolver;
import reflux.model.identity.Resolution;
import reflux.model.route.Charge;
import reflux.model.route.Route;
import reflux.model.route.Stage;
import reflux.model.route.SubstanceRef;

/**
 * The general mechanisms behind the seed-001 round trip, each on synthetic text that is not seed 001. Expected
 * structures come from OPSIN on systematic names (through the name resolver) or from SMILES written by hand here.
 */
class PatentMechanismsTest {

    private static final NameResolver NAMES = NameResolver.standard();

    private static String key(String name) {
        Resolution r = NAMES.resolve(name);
        assertThat(r.isResolved()).as(name).isTrue();
        return r.inchiKey();
    }

    private static String smilesKey(String smiles) throws Exception {
        return Structures.inchiKey(Structures.parseSmiles(smiles));
    }

    // --- (a) document stereo context -----------------------------------------------------------------------------

    @Test
    void aStatedOximeGeometryIsLentToTheSameMethoxyiminoAcylGroup() {
        // the document fixes (Z) for an ester with a phenyl; the acid with an acetyl has the same C=N with an acyl
        // group (ester / acid) on C and O-methyl on N. (Z) in the ester = OMe cis to the ester carbonyl (CIP: C(O,O,O)
        // beats phenyl); in the acid, OMe cis to COOH is again (Z) (C(O,O,O) beats acetyl C(O,O,C)).
        String doc = "The known ester ethyl (Z)-2-(methoxyimino)-2-phenylacetate was used. Then 2-(methoxyimino)-3-"
                + "oxobutanoic acid (1 g) was added.";
        DocumentStereo ds = DocumentStereo.of(doc, NAMES::resolve);
        assertThat(ds.stated()).extracting(DocumentStereo.Stated::name)
                .containsExactly("ethyl (Z)-2-(methoxyimino)-2-phenylacetate".substring(6));
        Optional<DocumentStereo.Assumption> a = ds.assume(NAMES.resolve("2-(methoxyimino)-3-oxobutanoic acid"));
        assertThat(a).isPresent();
        assertThat(a.get().note()).contains("(Z)-2-(methoxyimino)-2-phenylacetate").contains("offsets 22-")
                .contains("STEREO_ASSUMED");
        assertThat(NAMES.resolve(a.get().smiles()).inchiKey())
                .isEqualTo(key("(2Z)-2-(methoxyimino)-3-oxobutanoic acid"));
    }

    @Test
    void noGeometryIsLentWhenTheDocumentStatesBoth() {
        String doc = "Mixtures of (Z)-2-(methoxyimino)-2-phenylacetic acid and (E)-2-(methoxyimino)-2-phenylacetic "
                + "acid are known.";
        DocumentStereo ds = DocumentStereo.of(doc, NAMES::resolve);
        assertThat(ds.stated()).hasSize(2);
        assertThat(ds.assume(NAMES.resolve("2-(methoxyimino)-3-oxobutanoic acid"))).isEmpty();
    }

    @Test
    void aGeometryTheSubstancesOwnNameStatesIsNeverReplaced() {
        DocumentStereo ds = DocumentStereo.of("See (Z)-2-(methoxyimino)-2-phenylacetic acid.", NAMES::resolve);
        assertThat(ds.assume(NAMES.resolve("(2E)-2-(methoxyimino)-3-oxobutanoic acid"))).isEmpty();
    }

    @Test
    void aDoubleBondWithoutTheStatedLigandClassesGetsNothing() {
        // near miss: an oxime ether whose carbon carries no acyl group (two alkyls) looks alike but is not the group
        DocumentStereo ds = DocumentStereo.of("See (Z)-2-(methoxyimino)-2-phenylacetic acid.", NAMES::resolve);
        assertThat(ds.assume(NAMES.resolve("butan-2-one O-methyl oxime"))).isEmpty();
    }

    // --- (b) "the resulting <class word>" ------------------------------------------------------------------------

    @Test
    void theResultingAcidChlorideIsWhatTheEngineMakesOfThePrecedingCharges() throws Exception {
        ResultingProduct rp = ResultingProduct.standard();
        ResultingProduct.Found f = rp.find("The resulting acid chloride was added to the amine.").orElseThrow();
        assertThat(f.word()).isEqualTo("acid chloride");
        List<ResultingProduct.Charged> charged = List.of(
                new ResultingProduct.Charged("benzoic acid", "OC(=O)c1ccccc1", smilesKey("OC(=O)c1ccccc1")),
                new ResultingProduct.Charged("phosphorus pentachloride", "ClP(Cl)(Cl)(Cl)Cl",
                        smilesKey("ClP(Cl)(Cl)(Cl)Cl")),
                new ResultingProduct.Charged("dichloromethane", "ClCCl", smilesKey("ClCCl")));
        ResultingProduct.Derived d = rp.derive("acid chloride", charged).orElseThrow();
        assertThat(smilesKey(d.smiles())).isEqualTo(key("benzoyl chloride"));
        assertThat(d.rule()).isEqualTo("acid-chloride-pcl5");
    }

    @Test
    void noReagentOrTheWrongClassWordGivesNoProduct() throws Exception {
        ResultingProduct rp = ResultingProduct.standard();
        var acid = new ResultingProduct.Charged("benzoic acid", "OC(=O)c1ccccc1", smilesKey("OC(=O)c1ccccc1"));
        var dcm = new ResultingProduct.Charged("dichloromethane", "ClCCl", smilesKey("ClCCl"));
        var pcl5 = new ResultingProduct.Charged("PCl5", "ClP(Cl)(Cl)(Cl)Cl", smilesKey("ClP(Cl)(Cl)(Cl)Cl"));
        assertThat(rp.derive("acid chloride", List.of(acid, dcm))).isEmpty();
        assertThat(rp.derive("nitrile", List.of(acid, pcl5))).isEmpty();
    }

    // --- (c) modifier words ----------------------------------------------------------------------------------------

    @Test
    void aMisspeltSilylatedIsRepairedAndSilylatesCarboxylOnceAndEachPrimaryAmineOnce() throws Exception {
        Modifiers m = Modifiers.standard();
        Modifiers.Found f = m.find("reacted with silyalted glycine as per the method").orElseThrow();
        assertThat(f.printed()).isEqualTo("silyalted");
        assertThat(f.modifier()).isEqualTo("silylated");
        assertThat(f.repaired()).isTrue();
        Modifiers.Applied a = m.apply(f, "NCC(=O)O").orElseThrow();
        // by hand: TMS ester of the carboxylic acid, one TMS on the primary amine
        assertThat(smilesKey(a.smiles())).isEqualTo(smilesKey("C[Si](C)(C)NCC(=O)O[Si](C)(C)C"));
        assertThat(a.note()).contains("read as 'silylated'").contains("Assumed");
        Modifiers.Applied two = m.apply(m.find("silylated ethylenediamine").orElseThrow(), "NCCN").orElseThrow();
        assertThat(smilesKey(two.smiles())).isEqualTo(smilesKey("C[Si](C)(C)NCCN[Si](C)(C)C"));
    }

    @Test
    void silylatedChangesNothingWithoutAnAcidOrPrimaryAmine() {
        Modifiers m = Modifiers.standard();
        // near miss: an ester and a secondary amide have O and N but no O-H / NH2
        assertThat(m.apply(m.find("silylated X").orElseThrow(), "CC(=O)OC")).isEmpty();
        assertThat(m.apply(m.find("silylated X").orElseThrow(), "CNC(C)=O")).isEmpty();
        assertThat(m.find("the silyl ether was used")).isEmpty();
    }

    // --- (b)+(c)+(d) through the extractor: "as per the procedure given in Example 1" ------------------------------

    static final String TWO_EXAMPLES = """
            Example - 1

            STAGE-I:

            STEP-A: SILYLATION OF GLYCINE (SOLUTION A)

            To a suspension of glycine (7.5 g, 0.1 mol) in methylene chloride (100 ml) at 20-25°C, \
            N-trimethylsilylacetamide (26.2 g, 0.2 mol) was added and stirred for 1 hour to obtain a clear solution. \
            This solution was cooled to 0°C until use.

            STEP-B: PREPARATION OF BENZOYL CHLORIDE (SOLUTION B)

            To a suspension of phosphorous pentachloride (20.8 g, 0.1 mol) in methylene chloride (50 ml), benzoic acid \
            (12.2 g, 0.1 mol) was added over a period of 10 minutes. The reaction mass was stirred for 30 minutes. \
            This solution was used as such in the next step.

            STEP-C: PREPARATION OF HIPPURIC ACID

            Solution B was added to solution A at 0°C and the reaction mass was stirred for 1 hour. Thereafter water \
            (50 ml) was added and the reaction mass was stirred for 1 hour. The product thus obtained was filtered, \
            washed with acetone (20 ml) and dried to obtain hippuric acid (15 g).

            Example - 2

            STAGE-I:

            PREPARATION OF 4-NITROHIPPURIC ACID

            4-Nitrobenzoic acid (16.7 g, 0.1 mol) was added to a suspension of phosphorous pentachloride (20.8 g, \
            0.1 mol) in methylene chloride (50 ml). The reaction mass was stirred for 1 hour. The resulting acid \
            chloride is reacted with silyalted glycine as per the procedure given in Example - 1 to obtain \
            4-nitrohippuric acid.

            WE CLAIM:

            1. A process.
            """;

    @Test
    void aCitedExampleLendsItsWorkUpWithSubstancesButNoAmounts() throws Exception {
        PatentExtraction x = PatentExtractor.standard().extract("synthetic", TWO_EXAMPLES);
        assertThat(x.routes()).hasSize(2);
        Route two = x.routes().get(1);
        Stage one = two.stages().get(0);
        List<Charge> charges = one.steps().stream().flatMap(s -> s.operations().stream())
                .flatMap(o -> o.charges().stream()).toList();
        // the quench water and the acetone cake wash of Example 1 Step C, marked, without amounts
        List<String> inherited = charges.stream().filter(c -> c.assumed() != null)
                .map(c -> two.substance(c.substance()).orElseThrow().name()).toList();
        assertThat(inherited).containsExactlyInAnyOrder("water", "acetone");
        assertThat(charges).filteredOn(c -> c.assumed() != null).allSatisfy(c -> {
            assertThat(c.amounts()).isEmpty();
            assertThat(c.assumed()).contains("Example 1").contains("as per the procedure given in Example - 1");
        });
        // nothing of Example 1's conditions is copied: the only temperature-free, time-bearing op is Example 2's own
        assertThat(one.steps().stream().flatMap(s -> s.operations().stream())
                .filter(o -> o.details() != null && o.details().startsWith("inherited"))
                .map(o -> o.conditions().temperature() == null && o.conditions().duration() == null))
                .isNotEmpty().containsOnly(true);
        // "the resulting acid chloride": 4-nitrobenzoyl chloride (OPSIN), named as printed, charged as a stream
        SubstanceRef acid = two.substances().stream().filter(s -> s.name().equals("acid chloride")).findFirst()
                .orElseThrow();
        assertThat(smilesKey(acid.smiles())).isEqualTo(key("4-nitrobenzoyl chloride"));
        assertThat(charges).anyMatch(c -> c.substance() == null && c.from() != null);
        // "silyalted glycine": by hand, the O,N-bis(trimethylsilyl) compound
        SubstanceRef gly = two.substances().stream().filter(s -> s.name().equals("silyalted glycine")).findFirst()
                .orElseThrow();
        assertThat(smilesKey(gly.smiles())).isEqualTo(smilesKey("C[Si](C)(C)NCC(=O)O[Si](C)(C)C"));
        assertThat(x.unparsed()).noneMatch(u -> u.reason().startsWith("procedure taken from"));
    }

    @Test
    void aCitationOfAnExampleNotReadIsListedNotGuessed() {
        String text = TWO_EXAMPLES.replace("given in Example - 1", "given in Example - 7");
        PatentExtraction x = PatentExtractor.standard().extract("synthetic", text);
        assertThat(x.unparsed()).anyMatch(u -> u.reason().startsWith("procedure taken from Example 7"));
        assertThat(x.routes().get(1).stages().get(0).steps().stream().flatMap(s -> s.operations().stream())
                .flatMap(o -> o.charges().stream())).noneMatch(c -> c.assumed() != null);
    }
}
