import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.openscience.cdk.CDKConstants;
import org.openscience.cdk.geometry.cip.CIPTool;
import org.openscience.cdk.inchi.InChIGeneratorFactory;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;
import org.openscience.cdk.silent.SilentChemObjectBuilder;
import org.openscience.cdk.smiles.SmilesParser;
import uk.ac.cam.ch.wwmm.opsin.NameToStructure;
import uk.ac.cam.ch.wwmm.opsin.OpsinResult;

/**
 * Independent structure check for the forward-engine corpus (see ../README.md): reads lines
 * {@code label<TAB>name|smiles<TAB>value} and prints label, kind, InChIKey and CIP labels, computed with OPSIN and
 * CDK directly (no Reflux code: no dictionary, no name normalisation, no salt-form rules). A salt written as
 * "NAME + HX" is parsed by OPSIN for NAME and the acid appended as a separate SMILES component.
 *
 * <pre>
 * java -cp 'reflux-cli/target/lib/*' VerifyStructures.java structures.tsv
 * </pre>
 */
public class VerifyStructures {
    public static void main(String[] args) throws Exception {
        NameToStructure opsin = NameToStructure.getInstance();
        SmilesParser sp = new SmilesParser(SilentChemObjectBuilder.getInstance());
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t");
            String smiles;
            if (c[1].equals("name")) {
                String name = c[2];
                String extra = "";
                int plus = name.lastIndexOf(" + ");
                if (plus > 0) {
                    extra = "." + name.substring(plus + 3);
                    name = name.substring(0, plus);
                }
                OpsinResult r = opsin.parseChemicalName(name);
                if (r.getSmiles() == null) {
                    System.out.println(c[0] + "\t" + c[1] + "\tOPSIN FAILED: " + r.getMessage());
                    continue;
                }
                smiles = r.getSmiles() + extra;
            } else {
                smiles = c[2];
            }
            IAtomContainer mol = sp.parseSmiles(smiles);
            String key = InChIGeneratorFactory.getInstance().getInChIGenerator(mol).getInchiKey();
            CIPTool.label(mol);
            List<String> cip = new ArrayList<>();
            for (IAtom a : mol.atoms()) {
                String d = a.getProperty(CDKConstants.CIP_DESCRIPTOR);
                if (d != null && !d.equals("NONE")) {
                    cip.add(a.getSymbol() + (a.getIndex() + 1) + ":" + d);
                }
            }
            for (IBond b : mol.bonds()) {
                String d = b.getProperty(CDKConstants.CIP_DESCRIPTOR);
                if (d != null && !d.equals("NONE")) {
                    cip.add(b.getBegin().getSymbol() + (b.getBegin().getIndex() + 1) + "="
                            + b.getEnd().getSymbol() + (b.getEnd().getIndex() + 1) + ":" + d);
                }
            }
            System.out.println(c[0] + "\t" + c[1] + "\t" + key + "\t" + String.join(" ", cip) + "\t" + smiles);
        }
    }
}
