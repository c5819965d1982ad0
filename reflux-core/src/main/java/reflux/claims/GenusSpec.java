package reflux.claims;

import java.util.List;
import java.util.Objects;

/**
 * A Markush genus as the claim file writes it: a SMILES template with {@code {VAR}} placeholders, the variables and
 * their value sets, how a structure is compared with the members, and the known near-misses that explain why a
 * structure is not a member.
 *
 * @param id         genus id in its document ({@code II}); written {@code 000#II} across documents
 * @param label      "compound of formula II"
 * @param quote      where the claims define it
 * @param template   SMILES with placeholders replaced by the values of core variables
 * @param match      EXACT (full InChIKey of all components), PARENT (largest component, any salt, solvate or
 *                   protonation), CONSTITUTION (largest component's connectivity; the formula fixes no stereo) or
 *                   FORMULA (only the formula can be compared: equal formula gives an open answer)
 * @param variables  the variables, each with its values
 * @param nearMisses structures that look like members and are not, each with the reason
 * @param notes      reading decisions (why a value set is what it is)
 */
public record GenusSpec(String id, String label, Span quote, String template, Match match, List<Variable> variables,
                        List<NearMiss> nearMisses, List<String> notes) {

    /** How a structure is compared with the members. */
    public enum Match { EXACT, PARENT, CONSTITUTION, FORMULA }

    /** What a variable does: substitutes a placeholder, balances the charge, or counts acid adducts. */
    public enum Role { CORE, COUNTERION, ADDUCT }

    public GenusSpec {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(template, "template");
        match = match == null ? Match.EXACT : match;
        variables = List.copyOf(variables);
        nearMisses = nearMisses == null ? List.of() : List.copyOf(nearMisses);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    /**
     * One variable.
     *
     * @param name   as printed (R1, X, n)
     * @param role   CORE (placeholder), COUNTERION (one ion per unit of positive charge; also the acid of ADDUCT)
     *               or ADDUCT (an integer count {@code min..max} of the counter-ion's acid, "n HX")
     * @param values the value set (empty for ADDUCT)
     * @param min    lowest count (ADDUCT), else 0
     * @param max    highest count (ADDUCT), else 0
     * @param quote  where the claim defines it, or null
     */
    public record Variable(String name, Role role, List<Value> values, int min, int max, Span quote) {
        public Variable {
            Objects.requireNonNull(name, "name");
            role = role == null ? Role.CORE : role;
            values = values == null ? List.of() : List.copyOf(values);
        }
    }

    /**
     * One value, or a class of values expanded from a vocabulary ({@code trialkylsilyl},
     * {@code amino-protecting-group}, {@code protected-hydroxy}).
     *
     * @param id     value as printed ("negative charge", "Cl"); null for a class
     * @param smiles SMILES fragment substituted (CORE) or the ion (COUNTERION)
     * @param acid   the acid of a counter-ion (HX), or null
     * @param cls    vocabulary class, or null for a literal value
     * @param prefix SMILES written before each class member (the O of a silyl ester), or ""
     */
    public record Value(String id, String smiles, String acid, String cls, String prefix) {
        public Value {
            prefix = prefix == null ? "" : prefix;
        }
    }

    /**
     * A near-miss: the same genus with another template (an epimer, the Δ2 isomer, no N-methyl) or one more value
     * for a variable (a halide the claim does not list); a structure matching it is not a member, for {@code reason}.
     */
    public record NearMiss(String id, String template, String variable, Value value, String reason) {
        public NearMiss {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
