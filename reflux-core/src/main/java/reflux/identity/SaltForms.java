package reflux.identity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openscience.cdk.exception.InvalidSmilesException;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;
import org.openscience.cdk.tools.manipulator.AtomContainerManipulator;
import reflux.chem.Structures;

/**
 * Salt, hydrate and adduct words at the end of a name ({@code salt-forms.tsv}) and how they turn the parent's
 * structure into the multi-component structure of the isolated form, so that formula and masses are those of what
 * is weighed. Immutable and thread-safe.
 */
final class SaltForms {

    /** One row of the table. */
    record Form(Pattern pattern, String acid, String anion, int count, BigDecimal water, boolean opsinFirst,
                String reason) {
    }

    /** A name split into its parent and the forms found at its end (outermost last). */
    record Split(String parent, List<Form> forms) {
        Split {
            forms = List.copyOf(forms);
        }

        boolean opsinFirst() {
            return forms.stream().anyMatch(Form::opsinFirst);
        }
    }

    /** The combined SMILES and the warnings that explain it. */
    record Applied(String smiles, List<String> warnings) {
        Applied {
            warnings = List.copyOf(warnings);
        }
    }

    private static final List<Form> FORMS = load();

    private SaltForms() {
    }

    /** The parent name and its salt/hydrate words, or empty when the name ends in none. */
    static Optional<Split> split(String name) {
        List<Form> found = new ArrayList<>();
        String rest = name;
        boolean again = true;
        while (again) {
            again = false;
            for (Form f : FORMS) {
                Matcher m = f.pattern().matcher(rest);
                if (m.find() && m.start() > 0) {
                    found.add(0, f);
                    rest = rest.substring(0, m.start()).trim();
                    again = true;
                    break;
                }
            }
        }
        return found.isEmpty() || rest.isEmpty() ? Optional.empty() : Optional.of(new Split(rest, found));
    }

    /** Applies the forms to the parent's SMILES following the salt convention of docs/CONVENTIONS.md. */
    static Applied apply(String parentSmiles, List<Form> forms) throws InvalidSmilesException {
        IAtomContainer mol = Structures.parseSmiles(parentSmiles);
        List<String> warnings = new ArrayList<>();
        List<String> extra = new ArrayList<>();
        BigDecimal water = BigDecimal.ZERO;
        for (Form f : forms) {
            for (int i = 0; i < f.count(); i++) {
                if (protonateCarboxylate(mol)) {
                    extra.add(f.anion());
                    warnings.add(f.reason() + ": carboxylate protonated (COOH), counter-ion " + f.anion()
                            + " (salt convention)");
                } else if (AtomContainerManipulator.getTotalFormalCharge(mol) + charge(extra) > 0) {
                    extra.add(f.anion());
                    warnings.add(f.reason() + ": counter-ion " + f.anion() + " for the cation");
                } else {
                    extra.add(f.acid());
                    warnings.add(f.reason() + ": " + f.acid() + " added as a neutral component");
                }
            }
            water = water.add(f.water());
        }
        String parent = Structures.canonicalSmiles(mol);
        int copies = 1;
        if (water.stripTrailingZeros().scale() > 0) {
            copies = 2;
            warnings.add("fractional hydrate (" + water.stripTrailingZeros().toPlainString()
                    + " H2O): formula unit doubled to 2 parent : " + water.multiply(BigDecimal.valueOf(2))
                    .stripTrailingZeros().toPlainString() + " H2O");
        } else if (water.signum() > 0) {
            warnings.add(water.toPlainString() + " H2O as separate component(s)");
        }
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c < copies; c++) {
            if (c > 0) {
                sb.append('.');
            }
            sb.append(parent);
            extra.forEach(x -> sb.append('.').append(x));
        }
        int waters = water.multiply(BigDecimal.valueOf(copies)).intValueExact();
        for (int w = 0; w < waters; w++) {
            sb.append(".O");
        }
        return new Applied(sb.toString(), warnings);
    }

    private static int charge(List<String> components) {
        return (int) -components.stream().filter(s -> s.endsWith("-]")).count();
    }

    /** Turns one C(=O)[O-] into C(=O)O; false when there is none. */
    private static boolean protonateCarboxylate(IAtomContainer mol) {
        for (IAtom atom : mol.atoms()) {
            if (!"O".equals(atom.getSymbol()) || atom.getFormalCharge() == null || atom.getFormalCharge() != -1
                    || mol.getConnectedBondsCount(atom) != 1) {
                continue;
            }
            IAtom c = mol.getConnectedAtomsList(atom).get(0);
            boolean carbonyl = "C".equals(c.getSymbol()) && mol.getConnectedBondsList(c).stream()
                    .anyMatch(b -> b.getOrder() == IBond.Order.DOUBLE && "O".equals(b.getOther(c).getSymbol()));
            if (carbonyl) {
                atom.setFormalCharge(0);
                atom.setImplicitHydrogenCount(atom.getImplicitHydrogenCount() + 1);
                return true;
            }
        }
        return false;
    }

    private static List<Form> load() {
        List<Form> forms = new ArrayList<>();
        for (TsvTable.Row row : TsvTable.load("salt-forms.tsv", "pattern", "count", "water", "reason", "source")) {
            forms.add(new Form(Pattern.compile(row.get("pattern")), row.get("acid"), row.get("anion"),
                    Integer.parseInt(row.get("count")), new BigDecimal(row.get("water")),
                    "yes".equals(row.get("opsinFirst")), row.get("reason")));
        }
        return List.copyOf(forms);
    }
}
