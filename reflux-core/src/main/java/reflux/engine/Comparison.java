package reflux.engine;

import java.util.ArrayList;
import java.util.List;
import reflux.model.run.Verdict;

/**
 * Compares the parent molecules a derivation reached with the declared product's parents (salt and hydrate
 * components are the salt-form check's business, {@link SaltForm}): by the first two InChIKey blocks (connectivity
 * and stereo; the third block is the protonation state), and where only the first block agrees, by the stereo layers
 * of the two InChIs: a centre or double bond fixed differently is a stereo mismatch, one left open on one side is
 * undetermined. A component without an InChIKey is never equal to anything.
 */
final class Comparison {

    /** The verdict, the derived parents that matched (in declared order), and the evidence. */
    record Result(Verdict verdict, List<String> matched, List<String> evidence) {
    }

    private Comparison() {
    }

    static Result compare(List<String> derived, List<String> declared, FactsCache cache) {
        List<String> evidence = new ArrayList<>();
        List<String> pool = new ArrayList<>(derived);
        List<String> matched = new ArrayList<>();
        Verdict worst = Verdict.MATCH;
        for (String d : declared) {
            String kd = cache.key(d);
            if (kd == null) {
                evidence.add("declared " + d + " has no InChIKey: not comparable");
                worst = worse(worst, Verdict.NOT_COMPARABLE);
                continue;
            }
            String hit = null;
            for (String p : pool) {
                String kp = cache.key(p);
                if (kp != null && kp.regionMatches(0, kd, 0, 25)) {
                    hit = p;
                    break;
                }
            }
            if (hit != null) {
                pool.remove(hit);
                matched.add(hit);
                evidence.add("derived " + hit + " is the declared " + d + " (" + kd.substring(0, 25)
                        + ", InChIKey blocks 1-2)");
                continue;
            }
            Verdict v = Verdict.MISMATCH;
            for (String p : pool) {
                String kp = cache.key(p);
                if (kp != null && kp.regionMatches(0, kd, 0, 14)) {
                    String rel = stereo(cache.facts(p).inchi(), cache.facts(d).inchi());
                    v = "conflict".equals(rel) ? Verdict.CONSTITUTION_ONLY : Verdict.STEREO_UNDETERMINED;
                    evidence.add("derived " + p + " (" + kp + ", stereo " + reflux.chem.Locants.standard().describe(
                            cache.facts(p).smiles(), cache.cip(p)) + ") has the constitution of the declared " + d + " (" + kd + ", stereo "
                            + reflux.chem.Locants.standard().describe(cache.facts(d).smiles(), cache.cip(d)) + ") but "
                            + ("conflict".equals(rel) ? "a stereocentre or double bond fixed the other way"
                            : "stereo left open on one side"));
                    break;
                }
            }
            if (v == Verdict.MISMATCH) {
                evidence.add("declared " + d + " (" + kd + ") is not among the derived " + derived);
            }
            worst = worse(worst, v);
        }
        return new Result(worst, matched, evidence);
    }

    private static final List<Verdict> ORDER = List.of(Verdict.MATCH, Verdict.STEREO_UNDETERMINED,
            Verdict.CONSTITUTION_ONLY, Verdict.MISMATCH, Verdict.NOT_COMPARABLE);

    /** The worse of two verdicts (MATCH best, NOT_COMPARABLE worst). */
    static Verdict worse(Verdict a, Verdict b) {
        return ORDER.indexOf(a) >= ORDER.indexOf(b) ? a : b;
    }

    /** Rank of a verdict, 0 = MATCH. */
    static int rank(Verdict v) {
        int i = ORDER.indexOf(v);
        return i < 0 ? ORDER.size() : i;
    }

    /**
     * How the stereo layers of two InChIs of the same constitution relate: "conflict" when a centre (/t, with /m)
     * or double bond (/b) is present in both with other parities, else "open".
     */
    static String stereo(String derived, String declared) {
        java.util.Map<String, Character> a = parities(derived);
        java.util.Map<String, Character> b = parities(declared);
        for (var e : a.entrySet()) {
            Character other = b.get(e.getKey());
            if (other != null && other != '?' && e.getValue() != '?' && !other.equals(e.getValue())) {
                return "conflict";
            }
        }
        return "open";
    }

    private static java.util.Map<String, Character> parities(String inchi) {
        java.util.Map<String, Character> out = new java.util.HashMap<>();
        if (inchi == null) {
            return out;
        }
        String t = null;
        String bLayer = null;
        boolean inverted = false;
        for (String layer : inchi.split("/")) {
            if (layer.startsWith("t") && t == null) {
                t = layer.substring(1);
            } else if (layer.startsWith("b") && bLayer == null) {
                bLayer = layer.substring(1);
            } else if (layer.startsWith("m") && layer.length() > 1) {
                inverted = layer.charAt(1) == '1';
            } else if (layer.startsWith("i") || layer.startsWith("f")) {
                break; // isotope / fixed-H layers repeat stereo; the main layers suffice
            }
        }
        if (t != null) {
            for (String e : t.split("[,;]")) {
                if (e.length() > 1) {
                    char p = e.charAt(e.length() - 1);
                    if (inverted && (p == '+' || p == '-')) {
                        p = p == '+' ? '-' : '+';
                    }
                    out.put("t" + e.substring(0, e.length() - 1), p);
                }
            }
        }
        if (bLayer != null) {
            for (String e : bLayer.split("[,;]")) {
                if (e.length() > 1) {
                    out.put("b" + e.substring(0, e.length() - 1), e.charAt(e.length() - 1));
                }
            }
        }
        return out;
    }
}
