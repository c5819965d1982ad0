package reflux.chem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.openscience.cdk.config.Elements;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.tools.manipulator.MolecularFormulaManipulator;
import reflux.testkit.SharedFiles;

/** The counted Hill formula against CDK's own formula writer, which it stands in for. */
class HillFormulaTest {

    private static String cdk(IAtomContainer m) {
        return MolecularFormulaManipulator.getString(MolecularFormulaManipulator.getMolecularFormula(m));
    }

    @Test
    void handWrittenFormulas() throws Exception {
        // acetate C2H3O2 with charge -1; sulfate O4S, -2; ammonium H4N, +1; hydrogen chloride by symbol: Cl before H
        assertThat(HillFormula.of(Structures.parseSmiles("CC(=O)[O-]"))).isEqualTo("[C2H3O2]-");
        assertThat(HillFormula.of(Structures.parseSmiles("[O-]S(=O)(=O)[O-]"))).isEqualTo("[O4S]2-");
        assertThat(HillFormula.of(Structures.parseSmiles("[NH4+]"))).isEqualTo("[H4N]+");
        assertThat(HillFormula.of(Structures.parseSmiles("Cl"))).isEqualTo("ClH");
        // CD3OH: deuterium counts as hydrogen, as in CDK's string
        assertThat(HillFormula.of(Structures.parseSmiles("[2H]C([2H])([2H])O"))).isEqualTo("CH4O");
    }

    @Test
    void everyElementAloneWithCarbonAndChargedAsCdkWritesIt() throws Exception {
        for (int z = 1; z <= 118; z++) {
            String s = Elements.ofNumber(z).symbol();
            for (String smiles : new String[] {"[" + s + "]", "C[" + s + "]", "[" + s + "+2].[Cl-]", "[" + s + "H2-]"}) {
                IAtomContainer m = Structures.parseSmiles(smiles);
                assertThat(HillFormula.of(m)).as(smiles).isEqualTo(cdk(m));
            }
        }
    }

    @Test
    void everyStructureOfTheDevCorpusReactionsAsCdkWritesIt() throws IOException {
        int compared = 0;
        try (var in = new java.io.BufferedReader(new java.io.InputStreamReader(new GZIPInputStream(
                java.nio.file.Files.newInputStream(SharedFiles.shared("data/uspto-ord-dev/reactions.jsonl.gz")))))) {
            java.util.regex.Pattern smi = java.util.regex.Pattern.compile("\"type\": ?\"SMILES\", ?\"value\": ?\"([^\"]+)\"");
            String line;
            while ((line = in.readLine()) != null && compared < 5000) {
                java.util.regex.Matcher mt = smi.matcher(line);
                while (mt.find()) {
                    IAtomContainer m;
                    try {
                        m = Structures.parseSmiles(mt.group(1).replace("\\\\", "\\"));
                    } catch (org.openscience.cdk.exception.InvalidSmilesException e) {
                        continue;
                    }
                    assertThat(HillFormula.of(m)).as(mt.group(1)).isEqualTo(cdk(m));
                    compared++;
                }
            }
        }
        assertThat(compared).isGreaterThan(3000);
    }
}
