package reflux.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Pattern;
import org.openscience.cdk.exception.InvalidSmilesException;
import reflux.chem.Structures;
import reflux.identity.StructureOfSmiles.Facts;
import reflux.model.identity.Resolution;
import reflux.model.identity.ResolutionStatus;
import reflux.model.identity.ResolverWarning;

/**
 * Resolves substance names as patents print them to CIP-checked structures: normaliser → dictionary → mixtures →
 * generic and defect checks → salt/hydrate/solvate forms → β-lactam nomenclature → OPSIN → SMILES given as a name →
 * unresolved with suggestions. Every repair and assumption is a warning of the result; stereo the name leaves open is
 * reported, never filled in (except the documented natural β-lactam configuration).
 *
 * <pre>{@code
 * Resolution r = NameResolver.standard().resolve("Cefepime dihydrochloride monohydrate");
 * r.formula();  // C19H28Cl2N6O6S2
 * r.inchiKey(); // LRAJHPGSGBRUJN-OMIVUECESA-N
 * }</pre>
 *
 * <p>Thread-safe: the knowledge tables are immutable, OPSIN is initialised lazily on first need and shared, results
 * are cached per input string (concurrent maps, no lock of the resolver's own); only the InChI library, which is not
 * re-entrant, is entered by one thread at a time ({@link Structures#inchi}). {@link #resolveAll} resolves a batch on
 * several threads. Never throws for bad input; the result's status and message say what went wrong.
 */
public final class NameResolver {

    /** Longest name accepted; longer input is refused before any parsing. */
    public static final int MAX_NAME_LENGTH = 2000;

    private static final int CACHE_LIMIT = 10_000;
    /** Separators of a mixture: "/", " and ", " + ", " - " (parts must all be dictionary names). */
    private static final Pattern MIXTURE_SEPARATOR = Pattern.compile("\\s*/\\s*|\\s+and\\s+|\\s+\\+\\s+|\\s+-\\s+");
    private static final Pattern RELATIVE_STEREO = Pattern.compile("(?<=\\d|\\(|,)[a-z]?[RS]\\*|\\brel-");
    private static final Pattern LONE_ATOM = Pattern.compile("\\[?[A-Z][a-z]?(?:[+-]\\d*)?\\]?");
    private static final Pattern BETA_LACTAM_WORD = Pattern.compile("(?i)ceph(?:em|am|-\\d-em)|penam|penicillan");
    private static final LiteralGate RELATIVE_STEREO_GATE = LiteralGate.of(RELATIVE_STEREO);
    private static final LiteralGate MIXTURE_GATE = LiteralGate.of(MIXTURE_SEPARATOR);
    private static final LiteralGate BETA_LACTAM_GATE = LiteralGate.of(BETA_LACTAM_WORD);
    private static final NameResolver STANDARD = new NameResolver(Normaliser.standard(), Dictionary.standard(),
            ResolutionCache.fromEnvironment().orElse(null));

    private final Normaliser normaliser;
    private final Dictionary dictionary;
    private final ConcurrentMap<String, Resolution> cache = new ConcurrentHashMap<>();
    private final ResolutionCache persistent;
    /** Which facts a result states (what the caller asks for; the rest is never computed). */
    private final Facts facts;
    /** Facts per structure SMILES: names of one compound (salts, spellings, dictionary synonyms) share them. */
    private final ConcurrentMap<String, Resolution> bySmiles = new ConcurrentHashMap<>();
    /** False: neither the name cache nor the structure-facts cache is used (every call does all the work). */
    private final boolean caching;

    /** A resolver with its own (empty) cache over the given tables. */
    public NameResolver(Normaliser normaliser, Dictionary dictionary) {
        this(normaliser, dictionary, null);
    }

    /** A resolver that also keeps its results in a persistent cache (null = none) shared between processes. */
    public NameResolver(Normaliser normaliser, Dictionary dictionary, ResolutionCache persistent) {
        this(normaliser, dictionary, persistent, Facts.ALL, true);
    }

    private NameResolver(Normaliser normaliser, Dictionary dictionary, ResolutionCache persistent, Facts facts,
                         boolean caching) {
        this.normaliser = normaliser;
        this.dictionary = dictionary;
        this.persistent = persistent;
        this.facts = facts;
        this.caching = caching;
    }

    /**
     * A copy of this resolver (same tables and facts mode) that caches nothing: no name cache, no persistent cache,
     * no structure facts shared between names of one compound. Every {@code resolve} does the whole work, which is
     * what a throughput comparison on distinct names must measure ({@code bench names}).
     */
    public NameResolver withoutCaches() {
        return new NameResolver(normaliser, dictionary, null, facts, false);
    }

    /**
     * A fresh resolver that states only what a bulk comparison asks for — structure, formula, charge, InChI and
     * InChIKey — and leaves CIP labels empty, masses null and suggestions out (corpus runs, {@code bench names}).
     */
    public static NameResolver identityOnly() {
        return new NameResolver(Normaliser.standard(), Dictionary.standard(), null, Facts.IDENTITY, true);
    }

    /**
     * A fresh resolver that states only the InChI, InChIKey and charge of a resolved name ({@link Facts#KEY}): the
     * fastest way to compare names by structure ({@code bench names}, corpus agreement).
     */
    public static NameResolver keyOnly() {
        return new NameResolver(Normaliser.standard(), Dictionary.standard(), null, Facts.KEY, true);
    }

    /** Holder idiom: the bulk resolver (and its persistent cache file) is made only when a corpus run asks for it. */
    private static final class Bulk {
        static final NameResolver BULK = new NameResolver(Normaliser.standard(), Dictionary.standard(),
                ResolutionCache.fromEnvironment(ResolutionCache.BULK_PREFIX).orElse(null), Facts.MASSES, true);
    }

    /**
     * The shared resolver of corpus runs: it states what a corpus row uses — structure, formula, charge, InChI,
     * InChIKey, masses and the reason a name fails — and leaves CIP labels and suggestions out
     * ({@link Facts#MASSES}); its persistent cache is a file of its own, so that no other command is ever answered
     * from it without the facts it leaves out.
     */
    public static NameResolver bulk() {
        return Bulk.BULK;
    }

    /**
     * A fresh resolver in {@link #bulk()}'s facts mode without a persistent cache (benchmarks of corpus runs).
     */
    public static NameResolver freshBulk() {
        return new NameResolver(Normaliser.standard(), Dictionary.standard(), null, Facts.MASSES, true);
    }

    /** The patterns behind {@link LiteralGate}s here (the gate test checks that a closed gate hides no match). */
    static List<Pattern> gatedPatterns() {
        return List.of(RELATIVE_STEREO, MIXTURE_SEPARATOR, BETA_LACTAM_WORD);
    }

    /** The shared resolver with the shipped tables. */
    public static NameResolver standard() {
        return STANDARD;
    }

    /** A fresh resolver with an empty cache (benchmarks measure cold resolution with it). */
    public static NameResolver fresh() {
        return new NameResolver(Normaliser.standard(), Dictionary.standard());
    }

    /** Resolves one name; never null, never throws for any input. */
    public Resolution resolve(String name) {
        if (name == null) {
            return unresolved("", List.of(), "empty name", List.of());
        }
        Resolution cached = caching ? cache.get(name) : null;
        if (cached != null) {
            return cached;
        }
        Resolution r = persistent == null ? null : persistent.get(name);
        if (r == null) {
            try {
                r = compute(name);
                if (persistent != null) {
                    persistent.put(name, r);
                }
            } catch (RuntimeException e) {
                // a bug, not bad data: still a clean result for the caller; the message is a sentence, not the
                // exception (whose class and text mean nothing to a chemist)
                r = unresolved(name, List.of(), "internal error while resolving this name (a bug in Reflux;"
                        + " please report the name)", List.of());
            }
        }
        if (caching) {
            if (cache.size() >= CACHE_LIMIT) {
                cache.clear();
            }
            cache.putIfAbsent(name, r);
        }
        return r;
    }

    /**
     * Resolves a batch on up to {@code threads} threads ({@link NameBatch}): each distinct name once, results in
     * the order of {@code names}.
     */
    public List<Resolution> resolveAll(List<String> names, int threads) {
        return NameBatch.map(names, this::resolve, threads, done -> { });
    }

    private Resolution compute(String name) {
        if (name.isBlank()) {
            return unresolved(name, List.of(), "empty name", List.of());
        }
        if (name.length() > MAX_NAME_LENGTH) {
            return unresolved(name, List.of(), "name too long (" + name.length() + " characters; limit "
                    + MAX_NAME_LENGTH + ")", List.of());
        }
        Normaliser.Result norm = normaliser.normalise(name);
        List<String> warnings = new ArrayList<>(norm.warnings());
        String text = norm.text();
        if (text.isEmpty()) {
            return unresolved(name, warnings, "empty name after removing control characters", List.of());
        }
        NameText scanned = NameText.of(text);
        if (RELATIVE_STEREO_GATE.mayFind(scanned) && RELATIVE_STEREO.matcher(text).find()) {
            warnings.add(ResolverWarning.STEREO_RELATIVE.format("relative configuration (R*/S*, rel): the structure"
                    + " shows one enantiomer, the name means either (the InChIKey is that of the one shown)"));
        }
        Optional<Dictionary.Entry> entry = dictionary.lookup(text);
        if (entry.isPresent()) {
            return fromDictionary(name, entry.get(), warnings);
        }
        Optional<CompoundLabels.Hit> label = CompoundLabels.match(text);
        if (label.isPresent()) {
            return new Resolution(name, ResolutionStatus.LABEL, null, null, null, null, null, null, null, List.of(),
                    "compound-labels", warnings, "compound " + label.get().kind() + ", not a name: "
                    + label.get().reason() + "; it stands for a structure given elsewhere in the text", List.of());
        }
        Resolution mixture = MIXTURE_GATE.mayFind(scanned) ? mixture(name, text, warnings) : null;
        if (mixture != null) {
            return mixture;
        }
        for (NameChecks.Hit hit : NameChecks.find(text)) {
            if (hit.kind() == NameChecks.Kind.DEFECT) {
                return unresolved(name, warnings, "defective name (not resolved, to avoid guessing the intended "
                        + "compound): " + String.join("; ", hit.reasons()), List.of());
            }
            return new Resolution(name, ResolutionStatus.AMBIGUOUS, null, null, null, null, null, null, null,
                    List.of(), "name-checks", warnings, "generic (Markush) name: " + String.join("; ", hit.reasons())
                    + " — a genus, not one compound", List.of());
        }
        Optional<SaltForms.Split> split = SaltForms.split(text, dictionary);
        if (split.isPresent() && !split.get().opsinFirst()) {
            Resolution salt = resolveSalt(name, split.get(), warnings);
            if (salt != null) {
                return salt;
            }
        }
        Parent parent = resolveParent(text);
        if (parent.smiles() == null && split.isPresent() && split.get().opsinFirst()) {
            Resolution salt = resolveSalt(name, split.get(), warnings);
            if (salt != null) {
                return salt;
            }
        }
        if (parent.smiles() != null) {
            warnings.addAll(parent.warnings());
            return fromSmiles(name, parent.smiles(), parent.source(), warnings);
        }
        String raw = name.strip();
        if (SmilesInput.looksLikeSmiles(raw)) {
            try {
                Structures.parseSmiles(raw);
                List<String> w = new ArrayList<>(warnings);
                w.removeIf(x -> x.startsWith("name printed in capitals"));
                w.add(ResolverWarning.SMILES_READ.format("input is a SMILES, not a name: read as SMILES"));
                Resolution r = fromSmiles(name, raw, "SMILES", w);
                if (r.isResolved() && r.inchiKey() != null) {
                    return r;
                }
            } catch (InvalidSmilesException e) {
                // not a SMILES either
            }
        }
        return unresolved(name, warnings, parent.message(),
                facts != Facts.ALL ? List.of() : Suggestions.closest(text, dictionary));
    }

    /**
     * "methylene chloride/methanol", "acetone and water": when every part is a dictionary name the input is a
     * mixture, answered as AMBIGUOUS naming its components (a route lists them as separate charges).
     */
    private Resolution mixture(String name, String text, List<String> warnings) {
        String[] parts = MIXTURE_SEPARATOR.split(text);
        if (parts.length < 2) {
            return null;
        }
        List<String> components = new ArrayList<>();
        for (String part : parts) {
            Optional<Dictionary.Entry> e = dictionary.lookup(part.trim());
            if (e.isEmpty()) {
                return null;
            }
            components.add(part.trim() + " (" + e.get().id() + ")");
        }
        return new Resolution(name, ResolutionStatus.AMBIGUOUS, null, null, null, null, null, null, null, List.of(),
                "name-checks", warnings, "mixture of " + String.join(", ", components)
                + ": not one compound; give the components separately", List.of());
    }

    /** A parent structure with its source and warnings, or a failure message. */
    private record Parent(String smiles, String source, List<String> warnings, String message) {
    }

    private Parent resolveParent(String text) {
        Optional<Dictionary.Entry> entry = dictionary.lookup(text);
        if (entry.isPresent()) {
            return new Parent(entry.get().smiles(), dictionarySource(entry.get()), List.of(), null);
        }
        Optional<StereoWords.Found> word = StereoWords.find(text);
        if (word.isPresent()) {
            return withStereoWord(word.get());
        }
        Optional<String> element = FormulaReader.standard().elementMolecule(text);
        if (element.isPresent()) {
            return new Parent(element.get(), "element molecule (element-molecules.tsv)", List.of(ResolverWarning
                    .ELEMENT_MOLECULE.format("the element name means its molecule " + element.get()
                    + ", not the atom")), null);
        }
        Optional<BetaLactamNames.Translation> bl = BetaLactamNames.translate(text);
        if (bl.isPresent()) {
            OpsinEngine.Parse p = OpsinEngine.parse(bl.get().name());
            List<String> w = new ArrayList<>(bl.get().warnings());
            w.add("β-lactam name read as '" + bl.get().name() + "'");
            if (p.ok()) {
                w.addAll(p.warnings());
                return new Parent(p.smiles(), "β-lactam nomenclature + OPSIN 2.9.0", w, null);
            }
            return new Parent(null, null, w, "β-lactam name translated to '" + bl.get().name()
                    + "', which OPSIN cannot parse: " + whyNot(bl.get().name(), p));
        }
        OpsinEngine.Parse p = OpsinEngine.parse(text);
        if (p.ok()) {
            List<String> w = new ArrayList<>(p.warnings());
            if (BETA_LACTAM_GATE.mayFind(NameText.of(text)) && BETA_LACTAM_WORD.matcher(text).find()) {
                w.add("β-lactam trivial name read by OPSIN directly: its cephem/penam parents fix C-6 (C-5) only, "
                        + "other ring stereocentres may be undefined");
            }
            Optional<String> molecules = FormulaReader.standard().moleculesForAtoms(text, p.smiles());
            if (molecules.isPresent()) {
                w.add(ResolverWarning.ELEMENT_MOLECULE.format("an element named as a component means its molecule"));
                return new Parent(molecules.get(), "OPSIN 2.9.0", w, null);
            }
            return new Parent(p.smiles(), "OPSIN 2.9.0", w, null);
        }
        Optional<String> peptide = PeptideShorthand.read(text);
        if (peptide.isPresent()) {
            return new Parent(peptide.get(), "peptide shorthand (peptide-residues.tsv)", List.of(ResolverWarning
                    .PEPTIDE_SHORTHAND.format("peptide/amino-acid shorthand assembled from residues (L unless D-)")),
                    null);
        }
        // the repair layer's successful parse is kept, not repeated
        OpsinEngine.Parse[] accepted = new OpsinEngine.Parse[1];
        Optional<NameRepairs.Repaired> repaired = NameRepairs.standard().retry(text, t -> {
            OpsinEngine.Parse q = OpsinEngine.parse(t);
            accepted[0] = q;
            return q.ok();
        });
        if (repaired.isPresent()) {
            OpsinEngine.Parse rp = accepted[0];
            List<String> w = new ArrayList<>(repaired.get().warnings());
            w.addAll(rp.warnings());
            return new Parent(rp.smiles(), "OPSIN 2.9.0 after repair", w, null);
        }
        Optional<String> formula = FormulaReader.standard().read(text);
        if (formula.isPresent()) {
            return new Parent(formula.get(), "formula reader", List.of(ResolverWarning.FORMULA_READ.format(
                    "read as a formula")), null);
        }
        return new Parent(null, null, List.of(), "not in the dictionary and not parsable by OPSIN: "
                + whyNot(text, p));
    }

    /**
     * OPSIN's reason for failing on {@code text}: with its detailed failure analysis (a second parse), except in
     * {@link Facts#KEY} mode, which states no more than the key and keeps the short message of the failed parse.
     */
    private String whyNot(String text, OpsinEngine.Parse failed) {
        return facts == Facts.KEY ? failed.message() : OpsinEngine.explain(text);
    }

    private Parent withStereoWord(StereoWords.Found word) {
        Parent inner = resolveParent(word.rest());
        if (inner.smiles() == null) {
            return inner;
        }
        List<String> w = new ArrayList<>(inner.warnings());
        if (word.kind() == StereoWords.Kind.RACEMIC) {
            w.add(ResolverWarning.STEREO_WORD.format("'" + word.word() + "': a racemate; the structure shows the "
                    + "enantiomer the rest of the name describes (relative configuration only)"));
            return new Parent(inner.smiles(), inner.source(), w, null);
        }
        Optional<String> set = StereoWords.applyOxime(inner.smiles(), word.kind());
        if (set.isEmpty()) {
            return new Parent(null, null, w, "'" + word.word() + "' given, but the structure has not exactly one "
                    + "oxime C=N-O next to a carbonyl: the word is not interpreted");
        }
        w.add(ResolverWarning.STEREO_WORD.format("'" + word.word() + "' read as the oxime O on the same side as the "
                + "carbonyl carbon " + (word.kind() == StereoWords.Kind.SYN ? "(syn)" : "(anti: opposite side)")
                + ", the β-lactam side-chain convention (Bucourt et al., Tetrahedron 1978, 34, 2233)"));
        return new Parent(set.get(), inner.source() + " + syn/anti", w, null);
    }

    private Resolution resolveSalt(String name, SaltForms.Split split, List<String> warnings) {
        Parent parent = resolveParent(split.parent());
        if (parent.smiles() == null || isLoneAtom(parent.smiles())) {
            // "potassium bisulfate": an element name before the anion word is an inorganic salt, not a salt of
            // the element; the whole name goes to OPSIN and the inorganic readers
            return null;
        }
        try {
            SaltForms.Applied applied = SaltForms.apply(parent.smiles(), split.forms());
            List<String> w = new ArrayList<>(warnings);
            w.addAll(parent.warnings());
            w.addAll(applied.warnings());
            return fromSmiles(name, applied.smiles(), parent.source() + " + salt/hydrate form", w);
        } catch (InvalidSmilesException | IllegalArgumentException e) {
            return null;
        }
    }

    private Resolution fromDictionary(String name, Dictionary.Entry e, List<String> warnings) {
        List<String> w = new ArrayList<>(warnings);
        if (!e.note().isEmpty()) {
            w.add("dictionary note: " + e.note());
        }
        return fromSmiles(name, e.smiles(), dictionarySource(e), w);
    }

    private static String dictionarySource(Dictionary.Entry e) {
        return "dictionary [" + e.id() + "]: " + e.source();
    }

    private Resolution fromSmiles(String name, String smiles, String source, List<String> warnings) {
        Resolution known = caching ? bySmiles.get(smiles) : null;
        if (known == null) {
            known = StructureOfSmiles.of(smiles, source, facts);
            if (caching) {
                if (bySmiles.size() >= CACHE_LIMIT) {
                    bySmiles.clear();
                }
                bySmiles.putIfAbsent(smiles, known);
            }
        }
        if (!known.isResolved()) {
            return unresolved(name, warnings, known.message(), List.of());
        }
        List<String> w = new ArrayList<>(warnings);
        w.addAll(known.warnings());
        return new Resolution(name, ResolutionStatus.RESOLVED, known.smiles(), known.formula(), known.molarMass(),
                known.monoisotopicMass(), known.charge(), known.inchi(), known.inchiKey(), known.cip(), source, w,
                null, List.of());
    }

    private static Resolution unresolved(String name, List<String> warnings, String message, List<String> suggestions) {
        return new Resolution(name, ResolutionStatus.UNRESOLVED, null, null, null, null, null, null, null, List.of(),
                null, warnings, message, suggestions);
    }

    private static boolean isLoneAtom(String smiles) {
        return LONE_ATOM.matcher(smiles).matches();
    }
}
