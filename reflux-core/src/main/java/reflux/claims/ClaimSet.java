package reflux.claims;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The claims of one seed document as data ({@code claims/NNN.yaml}, {@code docs/claims-format.md}): its genera and
 * its claims, each claim with its quoted text, its dependencies and its limitations per reading.
 *
 * @param document the seed document id ("000")
 * @param seed     the seed file name the offsets refer to ({@code 000_c361d32994707a92.txt})
 * @param title    what the document claims
 * @param genera   the Markush genera the limitations name
 * @param claims   the claims in number order
 */
public record ClaimSet(String document, String seed, String title, List<GenusSpec> genera, List<Claim> claims) {

    public ClaimSet {
        Objects.requireNonNull(document, "document");
        genera = List.copyOf(genera);
        claims = List.copyOf(claims);
    }

    public Optional<GenusSpec> genus(String id) {
        return genera.stream().filter(g -> g.id().equals(id)).findFirst();
    }

    public Optional<Claim> claim(int number) {
        return claims.stream().filter(c -> c.number() == number).findFirst();
    }

    /**
     * One claim.
     *
     * @param number    claim number as printed
     * @param category  PROCESS, COMPOUND or OMNIBUS
     * @param text      the whole claim as printed, with offsets
     * @param dependsOn parent claim numbers (empty for an independent claim)
     * @param allOf     true when every parent must read ("claims 10 and 11"), false for "any of"
     * @param readings  one reading, or one per reading of a claim whose printed chemistry is defective
     * @param notes     reading decisions
     */
    public record Claim(int number, Category category, Span text, List<Integer> dependsOn, boolean allOf,
                        List<Reading> readings, List<String> notes) {
        public enum Category { PROCESS, COMPOUND, OMNIBUS }

        public Claim {
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(text, "text");
            dependsOn = List.copyOf(dependsOn);
            readings = List.copyOf(readings);
            notes = notes == null ? List.of() : List.copyOf(notes);
        }
    }

    /**
     * A reading of a claim: the limitations it imposes.
     *
     * @param id          "as printed", "literal", "as evidently intended"
     * @param defect      the printed defect this reading is about, or null
     * @param limitations every limitation, in the claim's order
     */
    public record Reading(String id, String defect, List<Limitation> limitations) {
        public Reading {
            Objects.requireNonNull(id, "id");
            limitations = List.copyOf(limitations);
        }
    }
}
