package reflux.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openscience.cdk.inchi.InChIGeneratorFactory;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IReaction;
import org.openscience.cdk.io.IChemObjectReader;
import org.openscience.cdk.io.MDLRXNV2000Reader;
import org.openscience.cdk.io.iterator.IteratingSDFReader;
import org.openscience.cdk.silent.SilentChemObjectBuilder;
import org.openscience.cdk.tools.manipulator.AtomContainerManipulator;
import org.openscience.cdk.tools.manipulator.MolecularFormulaManipulator;
import reflux.testkit.SharedFiles;

/**
 * RXN and SDF exports of seed 001 Example 1 read back with CDK's own readers: formulas and InChIKeys (computed from
 * the molfiles, wedges included) match {@code ../shared/reference/seed-compounds.tsv}; by-products are there.
 */
class MdlExportTest {

    private static final Map<String, Map<String, String>> REF = SharedFiles.referenceCompounds();

    private static String ref(String id, String column) {
        return REF.get(id).get(column);
    }

    private static String inchiKey(IAtomContainer m) throws Exception {
        return InChIGeneratorFactory.getInChIGenerator(m).getInchiKey();
    }

    private static String formula(IAtomContainer m) {
        AtomContainerManipulator.convertImplicitToExplicitHydrogens(m);
        String f = MolecularFormulaManipulator.getString(MolecularFormulaManipulator.getMolecularFormula(m));
        AtomContainerManipulator.suppressHydrogens(m);
        return f;
    }

    private static List<IReaction> reactions(String rxn) throws Exception {
        List<IReaction> out = new ArrayList<>();
        for (String block : rxn.split("(?m)^\\$\\$\\$\\$\\R")) {
            if (block.isBlank()) {
                continue;
            }
            // RELAXED: CDK writes the agent count of the header line (an extension of the V2000 RXN header)
            try (MDLRXNV2000Reader r = new MDLRXNV2000Reader(new StringReader(block), IChemObjectReader.Mode.RELAXED)) {
                out.add(r.read(SilentChemObjectBuilder.getInstance().newReaction()));
            }
        }
        return out;
    }

    private static List<String> keys(Iterable<IAtomContainer> ms) throws Exception {
        List<String> keys = new ArrayList<>();
        for (IAtomContainer m : ms) {
            keys.add(inchiKey(m));
        }
        return keys;
    }

    @Test
    void rxnHasOneReactionPerStageWithReferenceStructuresAndTheByProducts() throws Exception {
        MdlExport.Result r = new MdlExport().rxn(List.of(ExportFixtures.of("cefepime-001-example1.yaml")));
        assertThat(r.warnings()).isEmpty();
        List<IReaction> rs = reactions(r.text());
        assertThat(rs).hasSize(2);
        IReaction one = rs.get(0);
        assertThat(keys(one.getReactants().atomContainers())).contains(ref("001-III.HCl", "inchikey"),
                ref("001-IV.BrOH", "inchikey"), ref("PCl5", "inchikey"), ref("TMSA", "inchikey"));
        IAtomContainer bromo = one.getProducts().getAtomContainer(0);
        assertThat(inchiKey(bromo)).isEqualTo(ref("001-II.Br.HCl", "inchikey"));
        assertThat(formula(bromo)).isEqualTo(ref("001-II.Br.HCl", "formula"));
        assertThat(keys(one.getProducts().atomContainers())).contains(ref("POCl3", "inchikey"), ref("HCl", "inchikey"),
                ref("TMSCl", "inchikey"), ref("acetamide", "inchikey"));
        assertThat(keys(one.getAgents().atomContainers())).contains(ref("DCM", "inchikey"));
        // N- and O-silylation each take one N-trimethylsilylacetamide and give one acetamide: written twice
        assertThat(keys(one.getReactants().atomContainers())).filteredOn(ref("TMSA", "inchikey")::equals).hasSize(2);
        assertThat(keys(one.getProducts().atomContainers())).filteredOn(ref("acetamide", "inchikey")::equals)
                .hasSize(2);
        IReaction two = rs.get(1);
        IAtomContainer api = two.getProducts().getAtomContainer(0);
        assertThat(inchiKey(api)).isEqualTo(ref("001-I.2HCl.H2O", "inchikey"));
        assertThat(formula(api)).isEqualTo(ref("001-I.2HCl.H2O", "formula"));
        assertThat(keys(two.getProducts().atomContainers())).contains(ref("HBr", "inchikey"));
        assertThat(keys(two.getReactants().atomContainers())).contains(ref("thiourea", "inchikey"));
        // 19 C + 6 N + 6 O + 2 S + 2 Cl heavy atoms in the dihydrochloride monohydrate (formula C19H28Cl2N6O6S2)
        assertThat(api.getAtomCount()).isEqualTo(19 + 6 + 6 + 2 + 2);
    }

    @Test
    void sdfHasEverySubstanceAndTheDerivedSpeciesWithTheirFields() throws Exception {
        MdlExport.Result r = new MdlExport().sdf(List.of(ExportFixtures.of("cefepime-001-example1.yaml")));
        List<IAtomContainer> records = new ArrayList<>();
        try (IteratingSDFReader it = new IteratingSDFReader(new StringReader(r.text()),
                SilentChemObjectBuilder.getInstance())) {
            it.forEachRemaining(records::add);
        }
        Map<String, String> expected = Map.of("acp-hcl", "001-III.HCl", "bromo-acid", "001-IV.BrOH",
                "bromo-int-hcl", "001-II.Br.HCl", "cefepime-2hcl-h2o", "001-I.2HCl.H2O", "thiourea", "thiourea",
                "pcl5", "PCl5", "dcm", "DCM", "tea", "TEA");
        for (Map.Entry<String, String> e : expected.entrySet()) {
            IAtomContainer m = records.stream().filter(x -> e.getKey().equals(x.getProperty("id"))).findFirst()
                    .orElseThrow(() -> new AssertionError("no SDF record " + e.getKey()));
            assertThat(inchiKey(m)).as(e.getKey()).isEqualTo(ref(e.getValue(), "inchikey"));
            assertThat((String) m.getProperty("InChIKey")).as(e.getKey()).isEqualTo(ref(e.getValue(), "inchikey"));
            assertThat((String) m.getProperty("formula")).as(e.getKey()).isEqualTo(ref(e.getValue(), "formula"));
        }
        IAtomContainer acp = records.stream().filter(x -> "acp-hcl".equals(x.getProperty("id"))).findFirst().get();
        assertThat((String) acp.getProperty("role")).isEqualTo("REACTANT");
        assertThat((String) acp.getProperty("stage")).isEqualTo("I");
        assertThat((String) acp.getProperty("name"))
                .isEqualTo("7-amino-3-[(1-methyl-1-pyrrolidinium)methyl]-3-cephem-4-carboxylate hydrochloride");
        List<IAtomContainer> byProducts = records.stream().filter(x -> "BYPRODUCT".equals(x.getProperty("role")))
                .toList();
        assertThat(keys(byProducts)).contains(ref("POCl3", "inchikey"), ref("HBr", "inchikey"));
        assertThat(byProducts).anyMatch(x -> "II".equals(x.getProperty("stage"))
                && ref("HBr", "formula").equals(x.getProperty("formula")));
        assertThat(Arrays.stream(r.text().split("\\$\\$\\$\\$")).filter(s -> !s.isBlank()).count())
                .isEqualTo(records.size());
    }
}
