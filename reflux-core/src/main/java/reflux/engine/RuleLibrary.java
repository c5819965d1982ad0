package reflux.engine;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openscience.cdk.exception.InvalidSmilesException;
import org.openscience.cdk.isomorphism.Transform;
import org.openscience.cdk.smirks.Smirks;
import org.openscience.cdk.smirks.SmirksOption;
import reflux.chem.Structures;

/**
 * The reaction-rule library: rules loaded from {@code reflux/rules/rules.yaml} (ids unique, each with SMIRKS or
 * additions); each rule's SMIRKS and reagent/by-product SMILES are compiled on the rule's first use, once, so a stage
 * pays only for the rules it names (a library search compiles all of them).
 *
 * <pre>{@code
 * RuleLibrary lib = RuleLibrary.standard();
 * lib.rule("acid-chloride-pcl5").orElseThrow().smirks();
 * }</pre>
 *
 * <p>Thread-safe: immutable after construction; compiled transforms are used under their own lock by
 * {@link RuleApplier}.
 */
public final class RuleLibrary {

    /** The classpath resource holding the standard rules. */
    public static final String RESOURCE = "/reflux/rules/rules.yaml";

    private record RuleFile(String schema, List<Rule> rules) {
    }

    /**
     * A rule with its compiled SMIRKS (null for addition rules), parsed side species, the InChIKeys of its reagents
     * and, per requirement, the InChIKeys that satisfy it.
     */
    record Compiled(Rule rule, Transform transform, List<Composition> reagents, List<Composition> byProducts,
                    List<Composition> adds, List<String> reagentKeys, List<java.util.Set<String>> requirements) {
    }

    private static final class Holder {
        static final RuleLibrary STANDARD = load(RESOURCE);
    }

    /** A rule whose SMIRKS and side species are compiled on first use, once (memoised, thread-safe). */
    private static final class Lazy {
        private final String resource;
        private final Rule rule;
        private volatile Compiled compiled;

        Lazy(String resource, Rule rule) {
            this.resource = resource;
            this.rule = rule;
        }

        Compiled get() {
            Compiled c = compiled;
            if (c == null) {
                synchronized (this) {
                    c = compiled;
                    if (c == null) {
                        c = compile(resource, rule);
                        compiled = c;
                    }
                }
            }
            return c;
        }
    }

    private final Map<String, Lazy> rules;

    private RuleLibrary(Map<String, Lazy> rules) {
        this.rules = Collections.unmodifiableMap(rules);
    }

    /** The standard library (loaded and compiled on first use, shared). */
    public static RuleLibrary standard() {
        return Holder.STANDARD;
    }

    /** Loads a rule file from the classpath; a bad rule file is a programmer error and throws. */
    public static RuleLibrary load(String resource) {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        RuleFile file;
        try (InputStream in = RuleLibrary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("rule file not found on the classpath: " + resource);
            }
            file = yaml.readValue(in, RuleFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rule file " + resource + ": " + e.getMessage(), e);
        }
        Map<String, Lazy> byId = new LinkedHashMap<>();
        for (Rule rule : file.rules()) {
            if (byId.containsKey(rule.id())) {
                throw new IllegalStateException(resource + ": duplicate rule id " + rule.id());
            }
            if (rule.smirks() == null && rule.adds().isEmpty()) {
                throw new IllegalStateException(resource + ": rule " + rule.id() + " has neither smirks nor adds");
            }
            if (!Rule.KINDS.contains(rule.kind())) {
                throw new IllegalStateException(resource + ": rule " + rule.id() + ": kind '" + rule.kind()
                        + "' is not one of " + Rule.KINDS);
            }
            for (String req : rule.requires()) {
                if (!EngineData.standard().knows(req)) {
                    throw new IllegalStateException(resource + ": rule " + rule.id() + ": requirement '" + req
                            + "' is neither an agent class of agents.tsv nor a SMILES");
                }
            }
            byId.put(rule.id(), new Lazy(resource, rule));
        }
        return new RuleLibrary(byId);
    }

    private static Compiled compile(String resource, Rule rule) {
        Transform transform = null;
        if (rule.smirks() != null) {
            transform = new Transform();
            if (!Smirks.parse(transform, rule.smirks(), SmirksOption.RECOMPUTE_HYDROGENS)) {
                throw new IllegalStateException(resource + ": rule " + rule.id() + ": SMIRKS does not compile: "
                        + transform.message());
            }
        } else if (rule.adds().isEmpty()) {
            throw new IllegalStateException(resource + ": rule " + rule.id() + " has neither smirks nor adds");
        }
        List<String> reagentKeys = rule.reagents().stream()
                .map(smi -> EngineData.key(smi, resource + " rule " + rule.id(), 0)).toList();
        List<java.util.Set<String>> requirements = rule.requires().stream()
                .map(req -> EngineData.standard().keysOf(req)).toList();
        return new Compiled(rule, transform, compositions(resource, rule, rule.reagents()),
                compositions(resource, rule, rule.byProducts()), compositions(resource, rule, rule.adds()),
                reagentKeys, requirements);
    }

    private static List<Composition> compositions(String resource, Rule rule, List<String> smiles) {
        List<Composition> out = new ArrayList<>();
        for (String s : smiles) {
            try {
                out.add(Composition.of(Structures.parseSmiles(s)));
            } catch (InvalidSmilesException e) {
                throw new IllegalStateException(resource + ": rule " + rule.id() + ": bad SMILES " + s, e);
            }
        }
        return List.copyOf(out);
    }

    /** Every rule, in file order. */
    public List<Rule> rules() {
        return rules.values().stream().map(l -> l.rule).toList();
    }

    /** The rule with this id. */
    public Optional<Rule> rule(String id) {
        Lazy l = rules.get(id);
        return l == null ? Optional.empty() : Optional.of(l.rule);
    }

    /** The compiled rule with this id (compiled now if this is its first use; a bad SMIRKS throws). */
    Optional<Compiled> compiled(String id) {
        Lazy l = rules.get(id);
        return l == null ? Optional.empty() : Optional.of(l.get());
    }

    /** Every rule compiled, in file order (compiles those not used yet). */
    List<Compiled> allCompiled() {
        return rules.values().stream().map(Lazy::get).toList();
    }
}
