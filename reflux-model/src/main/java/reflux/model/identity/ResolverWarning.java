package reflux.model.identity;

/**
 * Typed codes of the resolver's warnings: a warning of a {@link Resolution} that carries one starts with the code's
 * name and a colon ({@code "NAME_REPAIRED: ..."}); tests and corpus counts use the code, never the prose. Each code
 * is described in {@code docs/conventions/identity.md} (a test keeps the two in step).
 */
public enum ResolverWarning {
    /** The name as written failed; a spelling/punctuation repair made it parsable (the repair is stated). */
    NAME_REPAIRED,
    /** Read as an inorganic or simple molecular formula (AlCl3, Na2SO4·10H2O), not as a name. */
    FORMULA_READ,
    /** An element name read as its molecule (bromine = Br2), not as the atom. */
    ELEMENT_MOLECULE,
    /** The input is a SMILES, read as such. */
    SMILES_READ,
    /** Relative configuration (R*, S*, rel-): the structure shows one enantiomer; only the relative one is meant. */
    STEREO_RELATIVE,
    /** A stereo word (syn/anti, rac, dl, (±), cis/trans) was read by the rule stated in the warning. */
    STEREO_WORD,
    /** Peptide or protected-amino-acid shorthand (Z-Pro-OH) assembled from residues; L unless D is written. */
    PEPTIDE_SHORTHAND;

    /** The warning text: the code, a colon and the detail. */
    public String format(String detail) {
        return name() + ": " + detail;
    }
}
