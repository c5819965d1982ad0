package reflux.claims;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One limitation of a claim as a typed predicate over an executed route. Which fields are used depends on the kind
 * (the others are null or empty): see {@code docs/claims-format.md}.
 *
 * @param kind      what is tested
 * @param quote     the claim's words for it
 * @param genus     SUBSTANCE: genus id(s) of this document, any of which satisfies ({@code IV|V})
 * @param role      SUBSTANCE: REACTANT, PRODUCT, ISOLATED or MADE (made or isolated); AGENT: SOLVENT or REAGENT
 * @param where     SUBSTANCE: allowed values per variable ({@code Y: [Cl]})
 * @param during    the kind of stage it concerns, by the rules the engine applied there ({@code acylation})
 * @param low       TEMPERATURE: lower bound in °C, or null when {@code term} gives the range
 * @param high      TEMPERATURE: upper bound in °C
 * @param term      TEMPERATURE: a term with a defined range ("room temperature", {@code terms.tsv})
 * @param names     AGENT: the listed agents (resolved to structures by name)
 * @param cls       AGENT: a class instead of a list ({@code water-miscible-solvent}), or null
 * @param operation OPERATION: the operation type ({@code FILTER}, {@code ION_EXCHANGE}, {@code WATER_ADDED})
 * @param note      why it is read this way
 */
public record Limitation(Kind kind, Span quote, List<String> genus, String role, Map<String, List<String>> where,
                         String during, Double low, Double high, String term, List<String> names, String cls,
                         String operation, String note) {

    /** The kinds of limitation. */
    public enum Kind {
        /** A structure of a genus present in the route in a role. */
        SUBSTANCE,
        /** A reaction of a kind executed in the route (cyclised with thiourea). */
        STEP,
        /** The temperature of a reaction within a range. */
        TEMPERATURE,
        /** The solvent(s) or reagent of a reaction from a list or class. */
        AGENT,
        /** A unit operation present in a stage (filtration, ion exchange, water added). */
        OPERATION,
        /** A product property the route rarely records (purity against an isomer, crystallinity). */
        PROPERTY,
        /** Words that do not limit ("preferably", "as herein described", "optionally"). */
        NON_LIMITING,
        /** A reading whose words refer to nothing the claim has (a wrong step number): never decided. */
        INDEFINITE,
        /** A requirement no structure can meet (a literal reading of a defective claim). */
        IMPOSSIBLE,
        /** An omnibus claim: "substantially as herein described and exemplified". */
        OMNIBUS
    }

    public Limitation {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(quote, "quote");
        genus = genus == null ? List.of() : List.copyOf(genus);
        // in the claim file's order (Map.copyOf's order changes from one JVM to the next: output must not)
        where = where == null ? Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(where));
        names = names == null ? List.of() : List.copyOf(names);
    }
}
