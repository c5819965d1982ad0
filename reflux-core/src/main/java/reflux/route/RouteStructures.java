package reflux.route;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openscience.cdk.exception.InvalidSmilesException;
import reflux.chem.FactsStore;
import reflux.chem.StructureFacts;
import reflux.chem.Structures;
import reflux.model.identity.Resolution;
import reflux.model.identity.ResolutionStatus;
import reflux.model.route.Route;
import reflux.model.route.SubstanceRef;
import reflux.model.route.Variant;

/**
 * The structure behind every substance of a route: a SMILES override through {@link Structures}, else the name
 * through a name resolver ({@code reflux.identity.NameResolver}), honouring the declared form and a variant's
 * substitutions and Markush bindings. Thread-safe when the resolver is.
 *
 * <pre>{@code
 * Map<String, Resolution> byId = RouteStructures.standard().resolve(route, null);
 * }</pre>
 *
 * <p>Rules: a variant's {@code substances} map (route id → replacement id) makes the id resolve as its replacement;
 * {@code {X}} placeholders in SMILES and names are replaced by the variant's bindings (an unbound placeholder gives
 * an AMBIGUOUS resolution); a declared {@code form} not already in the name is appended ("cefepime" + "
 * dihydrochloride monohydrate") before the name is resolved. A SMILES override wins over the name. Results are
 * memoised per name and per SMILES.
 */
public final class RouteStructures {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_]*)}");

    /** Resolutions are memoised per name / SMILES up to this many entries (engine and audit ask repeatedly). */
    private static final int CACHE_LIMIT = 10_000;

    private final Function<String, Resolution> names;
    private final Map<String, Resolution> cache = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Structures resolved with {@code names} (name → resolution) for substances without a SMILES override. The
     * function must be deterministic: results are memoised.
     */
    public RouteStructures(Function<String, Resolution> names) {
        this.names = Objects.requireNonNull(names, "names");
    }

    private Resolution cached(String key, java.util.function.Supplier<Resolution> compute) {
        Resolution r = cache.get(key);
        if (r == null) {
            r = compute.get();
            if (r != null && cache.size() < CACHE_LIMIT) {
                cache.putIfAbsent(key, r);
            }
        }
        return r;
    }

    /** Structures resolved with the shared standard name resolver. */
    public static RouteStructures standard() {
        return new RouteStructures(StandardNames.resolver());
    }

    /** Every substance id of the route (in declaration order) → its resolution under the variant (or none). */
    public Map<String, Resolution> resolve(Route route, Variant variant) {
        Map<String, Resolution> out = new LinkedHashMap<>();
        for (SubstanceRef s : route.substances()) {
            out.put(s.id(), resolve(route, s, variant));
        }
        return out;
    }

    /** One substance under the variant (or none). */
    public Resolution resolve(Route route, SubstanceRef substance, Variant variant) {
        SubstanceRef s = substance;
        if (variant != null) {
            String replacement = variant.substances().get(substance.id());
            if (replacement != null) {
                s = route.substance(replacement).orElse(substance);
            }
        }
        Map<String, String> bindings = variant == null ? Map.of() : variant.bindings();
        if (s.smiles() != null && !s.smiles().isBlank()) {
            SubstanceRef ref = s;
            String smiles = bind(s.smiles(), bindings);
            return smiles == null ? unbound(s.smiles(), s, "smiles")
                    : cached("smiles\u0000" + s.id() + "\u0000" + s.name() + "\u0000" + smiles,
                            () -> fromSmiles(ref, smiles));
        }
        String name = nameWithForm(s);
        String bound = bind(name, bindings);
        if (bound == null) {
            return unbound(name, s, "name");
        }
        Resolution r = cached("name\u0000" + bound, () -> names.apply(bound));
        return r != null ? r : new Resolution(bound, ResolutionStatus.UNRESOLVED, null, null, null, null, null,
                null, null, List.of(), "none", List.of(), "the name resolver returned nothing", List.of());
    }

    /** The name to resolve: the printed name, plus the declared form when the name does not already say it. */
    public static String nameWithForm(SubstanceRef s) {
        String name = s.name().trim();
        if (s.form() == null || s.form().isBlank()) {
            return name;
        }
        String form = s.form().trim();
        return name.toLowerCase(Locale.ROOT).contains(form.toLowerCase(Locale.ROOT)) ? name : name + " " + form;
    }

    private static Resolution fromSmiles(SubstanceRef s, String smiles) {
        try {
            StructureFacts f = FactsStore.standard().facts(smiles);
            return new Resolution(s.name(), ResolutionStatus.RESOLVED, f.smiles(), f.formula(), f.molarMass(),
                    f.monoisotopicMass(), f.charge(), f.inchi(), f.inchiKey(), f.cip(), "smiles",
                    List.of("structure from the route's SMILES override, not from the name"), null, List.of());
        } catch (InvalidSmilesException | RuntimeException e) {
            return new Resolution(s.name(), ResolutionStatus.UNRESOLVED, null, null, null, null, null, null, null,
                    List.of(), "smiles", List.of(), "invalid SMILES override '" + smiles + "' for substance '"
                    + s.id() + "'" + (e instanceof InvalidSmilesException && e.getMessage() != null
                    ? ": " + e.getMessage() : " (the structure toolkit cannot process it)"), List.of());
        }
    }

    /** An AMBIGUOUS resolution naming the first placeholder of {@code text}; {@code source} is "smiles" or "name". */
    private static Resolution unbound(String text, SubstanceRef s, String source) {
        Matcher m = PLACEHOLDER.matcher(text);
        String variable = m.find() ? m.group(1) : "?";
        return new Resolution(s.name(), ResolutionStatus.AMBIGUOUS, null, null, null, null, null, null, null,
                List.of(), source, List.of(),
                "Markush variable " + variable + " of substance '" + s.id() + "' is not bound; choose a variant",
                List.of());
    }

    /** Replaces {X} placeholders; null when one is unbound. */
    private static String bind(String text, Map<String, String> bindings) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String v = bindings.get(m.group(1));
            if (v == null) {
                return null;
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(v));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
