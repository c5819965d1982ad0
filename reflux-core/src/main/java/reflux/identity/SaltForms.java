package reflux.identity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openscience.cdk.exception.InvalidSmilesException;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;
import org.openscience.cdk.tools.manipulator.AtomContainerManipulator;
import reflux.chem.Structures;
import reflux.data.TsvTable;

/**
 * Salt, hydrate and adduct words at the end of a name ({@code salt-forms.tsv}) and how they turn the parent's
 * structure into the multi-component structure of the isolated form, so that formula and masses are those of what
 * is weighed. Immutable and thread-safe.
 */
final class SaltForms {

    /** One row of the table. */
    record Form(Pattern pattern, String acid, String anion, int count, String neutral, String amount,
                boolean opsinFirst, String reason, LiteralGate gate) {
    }

    /** A form as found in a name: the row with its neutral component and amount made concrete. */
    record Found(Form form, String neutral, BigDecimal amount, String reason) {
        boolean opsinFirst() {
            return form.opsinFirst();
        }
    }

    private static final Map<String, BigDecimal> MULTIPLIERS = Map.of("mono", BigDecimal.ONE,
            "di", BigDecimal.valueOf(2), "tri", BigDecimal.valueOf(3), "hemi", new BigDecimal("0.5"),
            "sesqui", new BigDecimal("1.5"));

    /** A name split into its parent and the forms found at its end (outermost last). */
    record Split(String parent, List<Found> forms) {
        Split {
            forms = List.copyOf(forms);
        }

        boolean opsinFirst() {
            return forms.stream().anyMatch(Found::opsinFirst);
        }
    }

    /** The combined SMILES and the warnings that explain it. */
    record Applied(String smiles, List<String> warnings) {
        Applied {
            warnings = List.copyOf(warnings);
        }
    }

    private static final List<Form> FORMS = load();
    /** The acid column's marker for a base salt: the parent's carboxylic acid gives up its proton. */
    private static final String DEPROTONATE = "@deprotonate";

    private SaltForms() {
    }

    /** The patterns behind {@link LiteralGate}s here (the gate test checks that a closed gate hides no match). */
    static List<Pattern> gatedPatterns() {
        return FORMS.stream().map(Form::pattern).toList();
    }

    /** The parent name and its salt/hydrate words, or empty when the name ends in none. */
    static Optional<Split> split(String name, Dictionary dictionary) {
        List<Found> found = new ArrayList<>();
        String rest = name;
        boolean again = true;
        while (again) {
            again = false;
            NameText text = NameText.of(rest);
            for (Form f : FORMS) {
                if (!f.gate().mayFind(text)) {
                    continue;
                }
                Matcher m = f.pattern().matcher(rest);
                int from = 0;
                while (from < rest.length() && m.find(from)) {
                    Found concrete = m.start() > 0 ? concrete(f, m, dictionary) : null;
                    if (concrete != null) {
                        found.add(0, concrete);
                        rest = rest.substring(0, m.start()).trim();
                        again = true;
                        break;
                    }
                    from = m.start() + 1;
                }
                if (again) {
                    break;
                }
            }
        }
        return found.isEmpty() || rest.isEmpty() ? Optional.empty() : Optional.of(new Split(rest, found));
    }

    /** The row made concrete for this match; null when its solvent is not in the dictionary. */
    private static Found concrete(Form f, Matcher m, Dictionary dictionary) {
        String neutral = f.neutral();
        String reason = f.reason();
        if ("@solvent".equals(neutral)) {
            String solventName = m.group("solvent").trim();
            Optional<Dictionary.Entry> solvent = dictionary.lookup(solventName);
            if (solvent.isEmpty()) {
                return null;
            }
            neutral = solvent.get().smiles();
            reason = solventName + " " + f.reason();
        }
        BigDecimal amount;
        if ("@mult".equals(f.amount())) {
            String mult = m.group("mult");
            amount = mult == null ? BigDecimal.ONE : MULTIPLIERS.get(mult.toLowerCase(Locale.ROOT));
        } else {
            amount = new BigDecimal(f.amount());
        }
        return new Found(f, neutral, amount, reason);
    }

    /** Applies the forms to the parent's SMILES following the salt convention of docs/CONVENTIONS.md. */
    static Applied apply(String parentSmiles, List<Found> forms) throws InvalidSmilesException {
        IAtomContainer mol = Structures.parseSmiles(parentSmiles);
        List<String> warnings = new ArrayList<>();
        List<String> extra = new ArrayList<>();
        Map<String, BigDecimal> neutrals = new LinkedHashMap<>();
        for (Found found : forms) {
            Form f = found.form();
            for (int i = 0; i < f.count(); i++) {
                if (DEPROTONATE.equals(f.acid())) {
                    if (!deprotonateCarboxylicAcid(mol)
                            && AtomContainerManipulator.getTotalFormalCharge(mol) + charge(extra) >= 0) {
                        throw new IllegalArgumentException(f.reason() + ": no carboxylic acid to deprotonate");
                    }
                    extra.add(f.anion());
                    warnings.add(f.reason() + ": carboxylic acid deprotonated (COO-), counter-ion " + f.anion());
                    continue;
                }
                // an inner salt (N+/COO-) keeps X- after its carboxylate takes the proton; an anion named as such
                // ("3-aminopropionate hydrochloride") becomes the neutral acid and HX stays neutral
                if (protonateCarboxylate(mol)
                        && AtomContainerManipulator.getTotalFormalCharge(mol) + charge(extra) > 0) {
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
            if (found.neutral() != null && !found.neutral().isEmpty() && found.amount().signum() > 0) {
                neutrals.merge(found.neutral(), found.amount(), BigDecimal::add);
                warnings.add(found.reason() + ": " + found.amount().stripTrailingZeros().toPlainString() + " × "
                        + ("O".equals(found.neutral()) ? "H2O" : found.neutral()) + " as separate component(s)");
            } else if (f.count() == 0) {
                warnings.add(found.reason());
            }
        }
        // passed on and parsed again by the resolver, which writes the canonical form where it is asked for
        String parent = Structures.smiles(mol);
        boolean fractional = neutrals.values().stream().anyMatch(a -> a.stripTrailingZeros().scale() > 0);
        int copies = fractional ? 2 : 1;
        if (fractional) {
            warnings.add("fractional solvate/hydrate: formula unit doubled (2 parent molecules per formula)");
        }
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c < copies; c++) {
            if (c > 0) {
                sb.append('.');
            }
            sb.append(parent);
            extra.forEach(x -> sb.append('.').append(x));
        }
        for (var e : neutrals.entrySet()) {
            int n = e.getValue().multiply(BigDecimal.valueOf(copies)).intValueExact();
            for (int k = 0; k < n; k++) {
                sb.append('.').append(e.getKey());
            }
        }
        return new Applied(sb.toString(), warnings);
    }

    private static int charge(List<String> components) {
        return (int) (components.stream().filter(s -> s.endsWith("+]")).count()
                - components.stream().filter(s -> s.endsWith("-]")).count());
    }

    /** Turns one C(=O)O-H into C(=O)[O-]; false when there is none. */
    private static boolean deprotonateCarboxylicAcid(IAtomContainer mol) {
        for (IAtom atom : mol.atoms()) {
            if (!"O".equals(atom.getSymbol()) || atom.getFormalCharge() == null || atom.getFormalCharge() != 0
                    || atom.getImplicitHydrogenCount() == null || atom.getImplicitHydrogenCount() != 1
                    || mol.getConnectedBondsCount(atom) != 1) {
                continue;
            }
            if (onCarbonylCarbon(mol, atom)) {
                atom.setFormalCharge(-1);
                atom.setImplicitHydrogenCount(0);
                return true;
            }
        }
        return false;
    }

    /** Turns one C(=O)[O-] into C(=O)O; false when there is none. */
    private static boolean protonateCarboxylate(IAtomContainer mol) {
        for (IAtom atom : mol.atoms()) {
            if (!"O".equals(atom.getSymbol()) || atom.getFormalCharge() == null || atom.getFormalCharge() != -1
                    || mol.getConnectedBondsCount(atom) != 1) {
                continue;
            }
            if (onCarbonylCarbon(mol, atom)) {
                atom.setFormalCharge(0);
                atom.setImplicitHydrogenCount(atom.getImplicitHydrogenCount() + 1);
                return true;
            }
        }
        return false;
    }

    /** Whether the single neighbour of this oxygen is a carbon with a C=O double bond (a carboxyl oxygen). */
    private static boolean onCarbonylCarbon(IAtomContainer mol, IAtom oxygen) {
        IAtom c = mol.getConnectedAtomsList(oxygen).get(0);
        return "C".equals(c.getSymbol()) && mol.getConnectedBondsList(c).stream()
                .anyMatch(b -> b.getOrder() == IBond.Order.DOUBLE && "O".equals(b.getOther(c).getSymbol()));
    }

    private static List<Form> load() {
        List<Form> forms = new ArrayList<>();
        for (TsvTable.Row row : TsvTable.load("/reflux/identity/salt-forms.tsv",
                "pattern", "count", "amount", "reason", "source")) {
            String amount = row.get("amount");
            if (!"@mult".equals(amount)) {
                new BigDecimal(amount); // fails loading on a malformed number
            }
            Pattern p = Pattern.compile(row.get("pattern"));
            forms.add(new Form(p, row.get("acid"), row.get("anion"), Integer.parseInt(row.get("count")),
                    row.get("neutral"), amount, "yes".equals(row.get("opsinFirst")), row.get("reason"),
                    LiteralGate.of(p)));
        }
        return List.copyOf(forms);
    }
}
