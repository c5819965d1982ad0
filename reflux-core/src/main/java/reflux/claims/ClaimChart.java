package reflux.claims;

import java.util.List;
import java.util.Objects;

/**
 * The claim chart of one route (one variant) against one claim set: for every claim its verdict, for every
 * limitation the claim's words, the route's evidence and the verdict, the first failing limitation of a claim that
 * does not read and design-around hints for one that does. Immutable; serialised as JSON field by field.
 *
 * @param route    route id
 * @param variant  variant id, or null
 * @param document the claim set's document
 * @param claims   one result per claim, in number order
 */
public record ClaimChart(String route, String variant, String document, List<Result> claims) {

    public ClaimChart {
        claims = List.copyOf(claims);
    }

    /** The verdict of a claim, a reading or a limitation. */
    public enum Verdict {
        READS, DOES_NOT_READ, UNDETERMINED;

        /** Both must hold: the worse of the two. */
        Verdict and(Verdict o) {
            return this == DOES_NOT_READ || o == DOES_NOT_READ ? DOES_NOT_READ
                    : this == UNDETERMINED || o == UNDETERMINED ? UNDETERMINED : READS;
        }

        /** Either suffices: the better of the two. */
        Verdict or(Verdict o) {
            return this == READS || o == READS ? READS
                    : this == UNDETERMINED || o == UNDETERMINED ? UNDETERMINED : DOES_NOT_READ;
        }
    }

    /**
     * One piece of route evidence.
     *
     * @param where stage, step and operation (and path into the route file), or the species' stage
     * @param value the value read (a structure's InChIKey and assignment, a temperature, an agent)
     * @param quote the route's quote of the seed for it, or null
     */
    public record Evidence(String where, String value, String quote) {
    }

    /**
     * One limitation checked.
     *
     * @param kind         the kind of limitation
     * @param claimQuote   the claim's words, with offsets
     * @param verdict      READS (met), DOES_NOT_READ (not met) or UNDETERMINED (the route cannot say)
     * @param finding      one sentence saying why
     * @param evidence     the route's evidence (empty when the route has none)
     * @param designAround for a met limitation: what change would fail it, or null
     */
    public record LimitationResult(Limitation.Kind kind, Span claimQuote, Verdict verdict, String finding,
                                   List<Evidence> evidence, String designAround) {
        public LimitationResult {
            Objects.requireNonNull(verdict, "verdict");
            evidence = List.copyOf(evidence);
        }
    }

    /** One reading of a claim with its limitations. */
    public record ReadingResult(String reading, String defect, Verdict verdict, List<LimitationResult> limitations) {
        public ReadingResult {
            limitations = List.copyOf(limitations);
        }
    }

    /**
     * One claim.
     *
     * @param claim        the claim number
     * @param verdict      the verdict (of the first reading for a claim read several ways), with the parents'
     * @param category     process, compound or omnibus
     * @param text         the claim's words with offsets
     * @param dependsOn    parent claims
     * @param parents      the parents' combined verdict, or null for an independent claim
     * @param firstFailing for a claim that does not read: the first failing limitation (or the parent) in words
     * @param designAround for a claim that reads: the limitations whose change would avoid it
     * @param readings     each reading with its limitations
     */
    public record Result(int claim, Verdict verdict, ClaimSet.Claim.Category category, Span text,
                         List<Integer> dependsOn, Verdict parents, String firstFailing, List<String> designAround,
                         List<ReadingResult> readings) {
        public Result {
            dependsOn = List.copyOf(dependsOn);
            designAround = List.copyOf(designAround);
            readings = List.copyOf(readings);
        }
    }

    /** The result of claim {@code n}, or null. */
    public Result claim(int n) {
        return claims.stream().filter(c -> c.claim() == n).findFirst().orElse(null);
    }
}
