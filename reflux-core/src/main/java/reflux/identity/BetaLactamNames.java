package reflux.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import reflux.data.TsvTable;

/**
 * Translates semi-systematic β-lactam names (3-cephem, ceph-3-em, 2-cephem/Δ2, cepham, penam, penicillanic acid)
 * into von Baeyer names OPSIN understands, renumbering the top-level substituent locants and stereodescriptors.
 *
 * <pre>{@code
 * BetaLactamNames.translate("7-amino-3-methyl-3-cephem-4-carboxylic acid").get().name();
 * // (6R,7R)-7-amino-3-methyl-8-oxo-5-thia-1-azabicyclo[4.2.0]oct-2-ene-2-carboxylic acid
 * }</pre>
 *
 * <p>Cephem atoms S1,C2,C3,C4,N5,C6,C7,C8 are von Baeyer 5,4,3,2,1,6,7,8; penam S1,C2,C3,N4,C5,C6,C7 are 4,3,2,1,5,6,7.
 * The natural configuration ((6R,7R) cephems, (2S,5R,6R) penams) is added only when the name states none for the
 * ring, and only when the substituent at C-7 (C-6 of penams) is N-linked, so that the descriptor means β; a warning
 * says so. Explicit descriptors always win. Stateless and thread-safe.
 */
final class BetaLactamNames {

    /** The von Baeyer name and the assumptions made. */
    record Translation(String name, List<String> warnings) {
        Translation {
            warnings = List.copyOf(warnings);
        }
    }

    private static final Map<Integer, Integer> CEPHEM = Map.of(1, 5, 2, 4, 3, 3, 4, 2, 5, 1, 6, 6, 7, 7, 8, 8);
    private static final Map<Integer, Integer> PENAM = Map.of(1, 4, 2, 3, 3, 2, 4, 1, 5, 5, 6, 6, 7, 7);
    private static final String CEPH_BICYCLE = "5-thia-1-azabicyclo[4.2.0]";
    private static final String PEN_BICYCLE = "4-thia-1-azabicyclo[3.2.0]";

    /** A trailing S-oxide: " 1-oxide", " 1,1-dioxide" (locants renumbered like the others). */
    private static final String OXIDE = "(?:\\s+(?<oxloc>\\d(?:,\\d)?)-(?<oxide>oxide|dioxide))?";
    private static final Pattern CEPH = Pattern.compile("(?i)^(?<prefix>.*?)(?:(?:delta|Δ|δ)-?(?<d1>[23])-?cephem"
            + "|(?<d2>[23])-cephem|ceph-(?<d3>[23])-em|(?<plain>cephem)|(?<sat>cepham))"
            + "(?:-(?<acidloc>\\d)-(?<acid>carboxylic acid|carboxylate))?" + OXIDE + "\\s*$");
    private static final Pattern PENAM_NAME = Pattern.compile("(?i)^(?<prefix>.*?)penam"
            + "(?:-(?<acidloc>\\d)-(?<acid>carboxylic acid|carboxylate))?" + OXIDE + "\\s*$");
    private static final Pattern PENICILLANIC = Pattern.compile("(?i)^(?<prefix>.*?)penicillan(?<acid>ic acid|ate)"
            + OXIDE + "\\s*$");
    private static final Pattern DESCRIPTORS = Pattern.compile(
            "^\\(((?:\\d{1,2}[RSrs]|[EZ])(?:,\\s*(?:\\d{1,2}[RSrs]|[EZ]))*)\\)-?");
    private static final Pattern LOCANTS = Pattern.compile(
            "^(\\d{1,2}(?:α|β|alpha|beta)?(?:,\\d{1,2}(?:α|β|alpha|beta)?)*)-");
    private static final Pattern COMPLETE_PREFIX = Pattern.compile("(?i)(?:yl|oxy|thio|o|ido|ino|ato|idene|ylene)"
            + "[)\\]}]*$");
    private static final Pattern N_LINKED = Pattern.compile("(?i)(amino|amido|imido|azido|ureido|amine)$");

    private BetaLactamNames() {
    }

    /** A trivial parent rewritten as a cephem name ({@code beta-lactam-parents.tsv}). */
    private record Parent(Pattern pattern, String expansion, String meaning, LiteralGate gate) {
    }

    private static final List<Parent> PARENTS = TsvTable.load("/reflux/identity/beta-lactam-parents.tsv",
            "pattern", "expansion", "meaning", "source").stream()
            .map(r -> {
                Pattern p = Pattern.compile(r.get("pattern"));
                return new Parent(p, r.get("expansion"), r.get("meaning"), LiteralGate.of(p));
            }).toList();
    /** No cephem, penam or penicillanic name without one of these patterns' literals (a plain name skips all three). */
    private static final List<LiteralGate> NAME_GATES = List.of(LiteralGate.of(CEPH), LiteralGate.of(PENAM_NAME),
            LiteralGate.of(PENICILLANIC));

    /** The patterns behind {@link LiteralGate}s here (the gate test checks that a closed gate hides no match). */
    static List<Pattern> gatedPatterns() {
        List<Pattern> all = new ArrayList<>(PARENTS.stream().map(Parent::pattern).toList());
        all.addAll(List.of(CEPH, PENAM_NAME, PENICILLANIC));
        return all;
    }

    /** The von Baeyer name, or empty when the name has no β-lactam trivial parent this class knows. */
    static Optional<Translation> translate(String name) {
        NameText text = NameText.of(name);
        for (Parent p : PARENTS) {
            if (!p.gate().mayFind(text)) {
                continue;
            }
            Matcher pm = p.pattern().matcher(name);
            if (pm.find()) {
                String prefix = name.substring(0, pm.start());
                String expanded = (prefix.isEmpty() ? "" : prefix + "-")
                        + pm.replaceFirst(p.expansion()).substring(pm.start());
                Optional<Translation> t = translateCephem(expanded);
                return t.map(x -> {
                    List<String> w = new ArrayList<>(x.warnings());
                    w.add(0, "'" + pm.group() + "' read as: " + p.meaning());
                    return new Translation(x.name(), w);
                });
            }
        }
        return NAME_GATES.stream().anyMatch(g -> g.mayFind(text)) ? translateCephem(name) : Optional.empty();
    }

    private static Optional<Translation> translateCephem(String name) {
        Matcher m = CEPH.matcher(name);
        if (m.matches()) {
            String d = m.group("d1") != null ? m.group("d1") : m.group("d2") != null ? m.group("d2") : m.group("d3");
            List<String> warnings = new ArrayList<>();
            String ring;
            if (m.group("sat") != null) {
                ring = CEPH_BICYCLE + "octane";
            } else {
                if (d == null) {
                    d = "3";
                    warnings.add("'cephem' without locant read as 3-cephem (Δ3)");
                }
                ring = CEPH_BICYCLE + ("3".equals(d) ? "oct-2-ene" : "oct-3-ene");
                if ("2".equals(d)) {
                    warnings.add("configuration at C-4 of the Δ2-cephem not given by the name: left undefined");
                }
            }
            return build(m.group("prefix"), ring, acid(m, CEPHEM) + oxide(m, CEPHEM, warnings), CEPHEM, 8, 7,
                    "(6R,7R)", "cephem", warnings);
        }
        m = PENICILLANIC.matcher(name);
        if (m.matches()) {
            List<String> warnings = new ArrayList<>();
            boolean freeAcid = m.group("acid").toLowerCase(Locale.ROOT).startsWith("ic");
            String acid = "-2-carboxyl" + (freeAcid ? "ic acid" : "ate");
            return build(m.group("prefix"), "3,3-dimethyl-7-oxo-" + PEN_BICYCLE + "heptane",
                    acid + oxide(m, PENAM, warnings), PENAM, -1, 6, "(2S,5R,6R)", "penicillanic acid", warnings);
        }
        m = PENAM_NAME.matcher(name);
        if (m.matches()) {
            List<String> warnings = new ArrayList<>();
            return build(m.group("prefix"), PEN_BICYCLE + "heptane", acid(m, PENAM) + oxide(m, PENAM, warnings),
                    PENAM, 7, 6, "(2S,5R,6R)", "penam", warnings);
        }
        return Optional.empty();
    }

    private static String oxide(Matcher m, Map<Integer, Integer> map, List<String> warnings) {
        if (m.group("oxide") == null) {
            return "";
        }
        if ("oxide".equalsIgnoreCase(m.group("oxide"))) {
            warnings.add("configuration at the sulfoxide sulfur not given by the name: left undefined");
        }
        List<String> locs = new ArrayList<>();
        for (String l : m.group("oxloc").split(",")) {
            Integer to = map.get(Integer.parseInt(l));
            locs.add(String.valueOf(to == null ? l : to));
        }
        return " " + String.join(",", locs) + "-" + m.group("oxide").toLowerCase(Locale.ROOT);
    }

    private static String acid(Matcher m, Map<Integer, Integer> map) {
        if (m.group("acid") == null) {
            return "";
        }
        int loc = Integer.parseInt(m.group("acidloc"));
        Integer mapped = map.get(loc);
        String suffix = m.group("acid").toLowerCase(Locale.ROOT);
        return "-" + (mapped == null ? loc : mapped) + "-" + suffix;
    }

    private static Optional<Translation> build(String rawPrefix, String ring, String acid, Map<Integer, Integer> map,
                                               int oxoLocant, int amideLocant, String natural, String parent,
                                               List<String> warnings) {
        String prefix = rawPrefix.trim();
        // an ester or salt word before the name ("benzhydryl 7-amino-...") is kept as is
        String lead = "";
        int space = lastTopLevelSpace(prefix);
        if (space >= 0) {
            lead = prefix.substring(0, space + 1);
            prefix = prefix.substring(space + 1);
        }
        String descriptors = null;
        Matcher dm = DESCRIPTORS.matcher(prefix);
        if (dm.find()) {
            descriptors = dm.group(1);
            prefix = prefix.substring(dm.end());
        }
        StringBuilder out = new StringBuilder();
        List<Integer> usedLocants = new ArrayList<>();
        List<String> greek = new ArrayList<>();
        String amideSubstituent = null;
        int depth = 0;
        int i = 0;
        while (i < prefix.length()) {
            char c = prefix.charAt(i);
            if (depth == 0 && (i == 0 || prefix.charAt(i - 1) == '-') && Character.isDigit(c)) {
                Matcher lm = LOCANTS.matcher(prefix.substring(i));
                if (lm.find()) {
                    List<String> mapped = new ArrayList<>();
                    for (String loc : lm.group(1).split(",")) {
                        String digits = loc.replaceAll("\\D", "");
                        String g = loc.substring(digits.length());
                        int n = Integer.parseInt(digits);
                        Integer to = map.get(n);
                        if (to == null) {
                            return Optional.empty();
                        }
                        if (!g.isEmpty()) {
                            greek.add(n + g);
                        }
                        usedLocants.add(to);
                        mapped.add(String.valueOf(to));
                        if (n == amideLocant) {
                            amideSubstituent = substituentAfter(prefix, i + lm.end());
                        }
                    }
                    out.append(String.join(",", mapped)).append('-');
                    i += lm.end();
                    continue;
                }
            }
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            }
            out.append(c);
            i++;
        }
        String body = out.toString();
        if (!body.isEmpty() && !body.endsWith("-")) {
            body += "-";
        }
        if (oxoLocant > 0 && !usedLocants.contains(oxoLocant)) {
            body += oxoLocant + "-oxo-";
            warnings.add("β-lactam carbonyl (" + oxoLocant + "-oxo) implied by '" + parent + "'");
        }
        String stereo = stereo(descriptors, map, greek, amideSubstituent, usedLocants, amideLocant, natural, parent,
                warnings);
        if (stereo == null) {
            return Optional.empty();
        }
        String name = lead + stereo + body + ring + acid;
        return Optional.of(new Translation(name, warnings));
    }

    private static String stereo(String descriptors, Map<Integer, Integer> map, List<String> greek,
                                 String amideSubstituent, List<Integer> usedLocants, int amideLocant, String natural,
                                 String parent, List<String> warnings) {
        String other = "";
        if (descriptors != null) {
            List<String> mapped = new ArrayList<>();
            boolean ring = false;
            for (String d : descriptors.split(",")) {
                String t = d.trim();
                String digits = t.replaceAll("\\D", "");
                if (digits.isEmpty()) {
                    mapped.add(t);
                } else {
                    Integer to = map.get(Integer.parseInt(digits));
                    int loc = to == null ? Integer.parseInt(digits) : to;
                    ring |= natural.contains(String.valueOf(loc)) || loc == 2;
                    mapped.add(loc + t.substring(digits.length()).toUpperCase(Locale.ROOT));
                }
            }
            String group = "(" + String.join(",", mapped) + ")-";
            if (ring) {
                if (!greek.isEmpty()) {
                    warnings.add("α/β descriptors " + greek + " ignored: explicit R/S descriptors given");
                }
                return group;
            }
            // descriptors for side-chain double bonds only: the ring still needs its configuration
            other = group;
        }
        long atAmide = usedLocants.stream().filter(l -> l == amideLocant).count();
        boolean nLinked = amideSubstituent != null && N_LINKED.matcher(amideSubstituent).find();
        boolean greekNatural = greek.isEmpty() || greek.stream().allMatch(g -> g.startsWith(amideLocant + "β")
                || g.startsWith(amideLocant + "beta"));
        if (!greekNatural) {
            warnings.add("α/β descriptors " + greek + " not translated: stereo left undefined");
            return other;
        }
        if (atAmide == 1 && nLinked) {
            warnings.add("natural " + natural + " configuration assumed for a " + parent
                    + " name without ring stereodescriptors" + (greek.isEmpty() ? "" : " (from " + greek + ")"));
            return natural + "-" + other;
        }
        if (atAmide == 0) {
            String ringOnly = natural.replaceAll(",?\\d+R\\)", ")").replace("(,", "(");
            warnings.add("no substituent at C-" + amideLocant + ": natural " + ringOnly + " configuration assumed");
            return ringOnly + "-" + other;
        }
        warnings.add("configuration at C-" + amideLocant + " not assumed (substituent not a single N-linked group):"
                + " stereo left undefined");
        return other;
    }

    /** The substituent text that follows a top-level locant, without enclosing brackets. */
    private static String substituentAfter(String prefix, int start) {
        int depth = 0;
        int end = prefix.length();
        for (int j = start; j < prefix.length(); j++) {
            char c = prefix.charAt(j);
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (depth == 0 && c == '-' && j + 1 < prefix.length() && Character.isDigit(prefix.charAt(j + 1))
                    && COMPLETE_PREFIX.matcher(prefix.substring(start, j)).find()) {
                // "thiophene-2-acetamido", "1H-tetrazole-1-acetamido": a locant after a parent hydride name belongs
                // to the substituent; only after a complete prefix (…yl, …oxy, …amido) does the next one begin
                end = j;
                break;
            }
        }
        String s = prefix.substring(start, end).replaceAll("-$", "");
        while (s.length() > 1 && (s.startsWith("(") || s.startsWith("[")) && (s.endsWith(")") || s.endsWith("]"))) {
            s = s.substring(1, s.length() - 1);
        }
        return s.replaceAll("-$", "");
    }

    private static int lastTopLevelSpace(String s) {
        int depth = 0;
        int last = -1;
        for (int j = 0; j < s.length(); j++) {
            char c = s.charAt(j);
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (c == ' ' && depth == 0) {
                last = j;
            }
        }
        return last;
    }
}
