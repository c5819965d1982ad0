package reflux.extract.patent;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.graph.ConnectivityChecker;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IAtomContainerSet;
import org.openscience.cdk.smarts.SmartsPattern;
import reflux.chem.Structures;
import reflux.engine.Rule;
import reflux.engine.RuleApplier;
import reflux.engine.RuleLibrary;

/**
 * "The resulting acid chloride": the product of the preceding operations, derived by executing them with the
 * engine's reaction rules ({@code reflux/rules/rules.yaml}): a rule applies when every reagent it names was charged;
 * it is applied to each other charged compound, and the product must carry the functional group the class word names
 * ({@code class-words.tsv}) where the substrate did not. Exactly one such product is the answer; none or several is
 * no answer. Thread-safe (patterns used under their locks; the rule library is thread-safe).
 *
 * <pre>{@code
 * ResultingProduct.standard().find("The resulting acid chloride is reacted with ...")  // "acid chloride" at 14..27
 * }</pre>
 */
final class ResultingProduct {

    /** "the resulting WORD" in text: the span of WORD and its class pattern. */
    record Found(int start, int end, int phraseStart, String word) {
    }

    /** A derived product: its SMILES and how it was derived. */
    record Derived(String smiles, String rule, String substrate) {
    }

    /** A charged compound the preceding operations hold. */
    record Charged(String name, String smiles, String inchiKey) {
    }

    private final Map<String, SmartsPattern> classes;
    private final Pattern phrase;
    private final RuleLibrary rules;

    private ResultingProduct(Map<String, SmartsPattern> classes, RuleLibrary rules) {
        this.classes = Map.copyOf(classes);
        this.rules = rules;
        List<String> words = new ArrayList<>(classes.keySet());
        words.sort((a, b) -> b.length() - a.length());
        this.phrase = Pattern.compile("\\bthe\\s+resulting\\s+(" + String.join("|",
                words.stream().map(w -> Pattern.quote(w).replace(" ", "\\E\\s+\\Q")).toList()) + ")\\b",
                Pattern.CASE_INSENSITIVE);
    }

    /** The shipped class words and the standard rule library. */
    static ResultingProduct standard() {
        Map<String, SmartsPattern> classes = new LinkedHashMap<>();
        for (String[] r : Tables.read("class-words.tsv", 3)) {
            classes.put(r[0].toLowerCase(java.util.Locale.ROOT), SmartsPattern.create(r[1]));
        }
        return new ResultingProduct(classes, RuleLibrary.standard());
    }

    /** The first "the resulting WORD" of {@code text}, or empty. */
    Optional<Found> find(String text) {
        Matcher m = phrase.matcher(text);
        return m.find() ? Optional.of(new Found(m.start(1), m.end(1), m.start(),
                m.group(1).toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " "))) : Optional.empty();
    }

    /** The one product of class {@code word} the charged compounds give under one rule, or empty. */
    Optional<Derived> derive(String word, List<Charged> charged) {
        SmartsPattern group = classes.get(word);
        if (group == null) {
            return Optional.empty();
        }
        Map<String, Derived> found = new LinkedHashMap<>();
        for (Rule rule : rules.rules()) {
            if (!rule.isReaction() || rule.reagents().isEmpty() || rule.smirks() == null) {
                continue;
            }
            List<String> needed = rule.reagents().stream().map(ResultingProduct::key).toList();
            if (needed.contains(null) || !charged.stream().map(Charged::inchiKey).toList().containsAll(needed)) {
                continue;
            }
            for (Charged c : charged) {
                if (needed.contains(c.inchiKey())) {
                    continue;
                }
                IAtomContainer pot = parse(c.smiles());
                if (pot == null || has(group, pot)) {
                    continue;
                }
                RuleApplier.Application a = RuleApplier.apply(rules, rule.id(), pot);
                if (!a.applied()) {
                    continue;
                }
                IAtomContainerSet parts = ConnectivityChecker.partitionIntoMolecules(a.pot());
                for (IAtomContainer part : parts.atomContainers()) {
                    if (has(group, part)) {
                        String smi = smiles(part);
                        if (smi != null) {
                            found.putIfAbsent(Structures.canonicalSmiles(part), new Derived(smi, rule.id(), c.name()));
                        }
                    }
                }
            }
        }
        return found.size() == 1 ? Optional.of(found.values().iterator().next()) : Optional.empty();
    }

    private static boolean has(SmartsPattern p, IAtomContainer mol) {
        synchronized (p) {
            SmartsPattern.prepare(mol);
            return p.matches(mol);
        }
    }

    private static String key(String smiles) {
        IAtomContainer m = parse(smiles);
        return m == null ? null : Structures.inchiKey(m);
    }

    private static IAtomContainer parse(String smiles) {
        try {
            return Structures.parseSmiles(smiles);
        } catch (CDKException | RuntimeException e) {
            return null;
        }
    }

    private static String smiles(IAtomContainer mol) {
        try {
            return Structures.canonicalSmiles(mol);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
