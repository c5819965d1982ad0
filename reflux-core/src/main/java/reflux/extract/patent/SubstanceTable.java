package reflux.extract.patent;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import reflux.model.identity.Resolution;
import reflux.model.route.Provenance;
import reflux.model.route.Route;
import reflux.model.route.SubstanceRef;
import reflux.route.RouteStructures;

/**
 * The substances of one extracted route: each printed name that resolves (through the same resolver {@code reflux
 * validate} uses) gets one id; aliases printed in titles ("(BROMO INTERMEDIATE)") and cross-references ("the title
 * compound", "the product of Stage I", "bromo intermediate ... as obtained above") lead to the substance they stand
 * for. A name that does not resolve gets no id (the caller records it as not understood); nothing is invented. Not
 * thread-safe: one table per route being built.
 */
final class SubstanceTable {
    private static final Route SCRATCH = new Route("reflux.route/1", "scratch", null, null, Route.Kind.EXAMPLE, null,
            null, null, null);
    private static final Pattern LEADING = Pattern.compile(
            "^(?:the|a|an|said|resulting|obtained|crude|above|cold|ice[- ]cold|dry|anhydrous)\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern TITLE_COMPOUND = Pattern.compile("^(?:the\\s+)?title\\s+(?:compound|product)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SECTION_PRODUCT = Pattern.compile(
            "^(?:the\\s+)?(?:(?:product|compound|intermediate)\\s+(?:of|from|obtained\\s+in)\\s+)?(stage|step|example)"
            + "\\s*[-–]?\\s*([IVX]+|\\d+|[A-Z])(?:\\s+(?:product|compound|intermediate))?$", Pattern.CASE_INSENSITIVE);

    private final RouteStructures structures;
    private final Map<String, SubstanceRef> byId = new LinkedHashMap<>();
    private final Map<String, String> byName = new LinkedHashMap<>();
    private final Map<String, String> alias = new LinkedHashMap<>();
    private final Map<String, String> sections = new LinkedHashMap<>();
    private String title;

    SubstanceTable(RouteStructures structures) {
        this.structures = structures;
    }

    /** The id of {@code name} (as written, with an optional form), adding it when it resolves; null when it does not. */
    String add(String name, String form, Provenance source) {
        String key = norm(name) + "|" + (form == null ? "" : norm(form));
        String known = byName.get(key);
        if (known != null) {
            return known;
        }
        SubstanceRef s = new SubstanceRef(id(name), name, null, form, null, List.of(), source);
        if (!resolves(s)) {
            return null;
        }
        String id = unique(s.id());
        byId.put(id, new SubstanceRef(id, name, null, form, null, List.of(), source));
        byName.put(key, id);
        return id;
    }

    /** Gives the substance {@code id} the declared form ("as its hydrochloride salt"), when it then still resolves. */
    boolean setForm(String id, String form) {
        SubstanceRef s = byId.get(id);
        if (s == null || form == null || form.equalsIgnoreCase(s.form())) {
            return s != null;
        }
        SubstanceRef f = new SubstanceRef(id, s.name(), s.smiles(), form, s.grade(), s.notes(), s.source());
        if (!resolves(f)) {
            return false;
        }
        byId.put(id, f);
        return true;
    }

    /**
     * A substance the text names without a resolving name ("acid chloride", "silyalted X"), declared with the
     * structure a mechanism derived and the note saying how; the id, or null when {@code smiles} does not resolve.
     */
    String derived(String name, String smiles, String note, Provenance source) {
        String key = norm(name) + "|smiles:" + smiles;
        String known = byName.get(key);
        if (known != null) {
            return known;
        }
        SubstanceRef s = new SubstanceRef(id(name), name, smiles, null, null, List.of(note), source);
        if (!resolves(s)) {
            return null;
        }
        String id = unique(s.id());
        byId.put(id, new SubstanceRef(id, name, smiles, null, null, List.of(note), source));
        byName.put(key, id);
        return id;
    }

    /** Gives {@code id} a SMILES override (an assumption a mechanism made) with the note that says why. */
    void override(String id, String smiles, String note) {
        SubstanceRef s = byId.get(id);
        if (s != null) {
            List<String> n = new ArrayList<>(s.notes());
            n.add(note);
            byId.put(id, new SubstanceRef(id, s.name(), smiles, s.form(), s.grade(), n, s.source()));
        }
    }

    /** What {@code id} resolves to (its SMILES override, else its name with its form), or null. */
    Resolution resolution(String id) {
        SubstanceRef s = byId.get(id);
        return s == null ? null : resolution(s);
    }

    /** What a printed name resolves to, or null. */
    Resolution resolveName(String name) {
        return resolution(new SubstanceRef("x", name, null, null, null, List.of(), null));
    }

    private Resolution resolution(SubstanceRef s) {
        try {
            Resolution r = structures.resolve(SCRATCH, s, null);
            return r != null && r.isResolved() && r.inchiKey() != null ? r : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Ids in declaration order. */
    List<String> ids() {
        return List.copyOf(byId.keySet());
    }

    /** Adds a note to a substance. */
    void note(String id, String note) {
        SubstanceRef s = byId.get(id);
        if (s != null && !s.notes().contains(note)) {
            List<String> n = new ArrayList<>(s.notes());
            n.add(note);
            byId.put(id, new SubstanceRef(id, s.name(), s.smiles(), s.form(), s.grade(), n, s.source()));
        }
    }

    /** {@code text} ("bromo intermediate", "SOLUTION A" is not one) stands for {@code id} from here on. */
    void alias(String text, String id) {
        alias.putIfAbsent(norm(strip(text)), id);
    }

    /** The product of a stage, step or example ("stage:I", "example:1") is {@code id}. */
    void section(String kind, String label, String id) {
        sections.put(kind.toLowerCase(Locale.ROOT) + ":" + label.toUpperCase(Locale.ROOT), id);
    }

    /** The title compound of the example. */
    void title(String id) {
        title = id;
    }

    /**
     * The substance {@code text} refers to without naming it (alias, "the title compound", "stage-I product"), or
     * null when it is not a cross-reference.
     */
    String reference(String text) {
        String t = text.strip();
        if (TITLE_COMPOUND.matcher(t).matches()) {
            return title;
        }
        Matcher m = SECTION_PRODUCT.matcher(t);
        if (m.matches()) {
            return sections.get(m.group(1).toLowerCase(Locale.ROOT) + ":" + m.group(2).toUpperCase(Locale.ROOT));
        }
        return alias.get(norm(strip(t)));
    }

    /** The substances in the order first named. */
    List<SubstanceRef> substances() {
        return List.copyOf(byId.values());
    }

    SubstanceRef get(String id) {
        return byId.get(id);
    }

    private boolean resolves(SubstanceRef s) {
        try {
            Resolution r = structures.resolve(SCRATCH, s, null);
            return r != null && r.isResolved() && r.inchiKey() != null;
        } catch (RuntimeException e) {
            return false;
        }
    }

    static String strip(String text) {
        String t = text.strip();
        Matcher m;
        while ((m = LEADING.matcher(t)).find()) {
            t = t.substring(m.end());
        }
        return t;
    }

    private String unique(String base) {
        String id = base;
        for (int i = 2; byId.containsKey(id); i++) {
            id = base + "-" + i;
        }
        return id;
    }

    static String norm(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    /** A substance id from its name: the slug without leading locants ("7-amino-3-..." → "amino-3-..."). */
    static String id(String name) {
        String s = slug(name).replaceFirst("^s-", "").replaceFirst("^[^a-z]+", "");
        return s.isEmpty() ? "substance" : s;
    }

    /** A short id from a name: lower case, words joined by '-', at most 32 characters. */
    static String slug(String name) {
        String s = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (s.length() > 32) {
            s = s.substring(0, 32).replaceAll("-+$", "");
        }
        return s.isEmpty() || !Character.isLetter(s.charAt(0)) ? "s-" + s : s;
    }
}
