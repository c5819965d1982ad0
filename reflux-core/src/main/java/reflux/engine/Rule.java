package reflux.engine;

import java.util.List;
import java.util.Objects;

/**
 * One reaction rule of the library ({@code reflux/rules/rules.yaml}): a CDK SMIRKS applied to a stage's pot of
 * molecules, with the reagents it consumes from outside the pot and the by-products it releases, per application.
 *
 * @param id          stable id used in route files ({@code acid-chloride-pcl5})
 * @param name        what the rule does
 * @param smirks      CDK 2.12 SMIRKS, or null for a component-addition rule (see {@code adds})
 * @param adds        components added to the pot (salt HCl, water of crystallisation); empty for SMIRKS rules
 * @param reagents    SMILES consumed per application from outside the pot (PCl5, water, H2)
 * @param byProducts  SMILES released per application (POCl3, HCl, acetamide)
 * @param repeat      true = apply at every site until no match is left; false = once
 * @param changes     the bonds the rule may make or break, in words
 * @param bonds       element pairs ({@code C-N}, Hill order: C first) of the bonds the rule may make, break or re-order;
 *                    every application is checked against them
 * @param balanceNote why the balance is formal (ion exchange on a resin), or null
 * @param notes       remarks
 * @param source      where the chemistry comes from
 * @param kind        {@code reaction} (default: fires in the forward derivation wherever it matches and its reagents
 *                    are present), {@code salt} (salt formation, neutralisation, hydrate: the form check decides those,
 *                    the derivation does not run them), {@code exchange} (ion exchange: fires only in an
 *                    {@code ion_exchange} operation)
 * @param requires    what must be present in the vessel without being consumed (catalyst, acid, base): SMILES, or
 *                    {@code class:NAME} for any member of an agent class of {@code agents.tsv}; each entry is one
 *                    requirement
 */
public record Rule(String id, String name, String smirks, List<String> adds, List<String> reagents,
                   List<String> byProducts, boolean repeat, String changes, List<String> bonds, String balanceNote,
                   List<String> notes, String source, String kind, List<String> requires) {

    /** The kinds a rule may have. */
    public static final List<String> KINDS = List.of("reaction", "salt", "exchange");

    public Rule {
        Objects.requireNonNull(id, "id");
        kind = kind == null ? "reaction" : kind;
        requires = requires == null ? List.of() : List.copyOf(requires);
        adds = adds == null ? List.of() : List.copyOf(adds);
        reagents = reagents == null ? List.of() : List.copyOf(reagents);
        byProducts = byProducts == null ? List.of() : List.copyOf(byProducts);
        notes = notes == null ? List.of() : List.copyOf(notes);
        bonds = bonds == null ? List.of() : List.copyOf(bonds);
    }

    /** True for a rule the forward derivation runs (kind {@code reaction}). */
    public boolean isReaction() {
        return "reaction".equals(kind);
    }

    /** True for an ion-exchange rule (runs in {@code ion_exchange} operations only). */
    public boolean isExchange() {
        return "exchange".equals(kind);
    }

    /** True for a rule that only adds components (no SMIRKS). */
    public boolean isAddition() {
        return smirks == null;
    }
}
