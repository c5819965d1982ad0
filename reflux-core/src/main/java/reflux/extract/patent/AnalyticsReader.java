package reflux.extract.patent;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import reflux.extract.Span;
import reflux.model.route.Analytics;
import reflux.model.route.MsPeak;
import reflux.model.route.NmrPeak;
import reflux.model.route.Provenance;

/**
 * Analytical lines of an example as the route format holds them: 1H NMR (frequency, solvent, each signal with
 * multiplicity and integral; "3.66 &amp; 4.05 (2d, each 1H)" is two signals), IR bands with the medium, MS m/z values
 * with ion labels and mode ("503, 505 [M+1]" is two peaks), HPLC purity. What a line holds beyond that is returned
 * as not understood. Stateless, thread-safe.
 */
final class AnalyticsReader {

    private static final Pattern NMR_HEAD = Pattern.compile("^(?:([¹1]H|[¹1][³3]C|13C)[-\\s]?)?NMR", Pattern.CASE_INSENSITIVE);
    private static final Pattern MHZ = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*MHz", Pattern.CASE_INSENSITIVE);
    private static final Pattern SOLVENT = Pattern.compile("\\b(DMSO-?d6|CDCl3|D2O|CD3OD|MeOD|acetone-d6|C6D6|CD3CN)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SIGNAL = Pattern.compile(
            "(\\d{1,2}\\.\\d{1,3})(?:\\s*[-–]\\s*(\\d{1,2}\\.\\d{1,3}))?(?:\\s*(?:&|and|,)\\s*(\\d{1,2}\\.\\d{1,3}))?"
            + "\\s*\\(([^()]*)\\)");
    private static final Pattern PROTONS = Pattern.compile("(\\d+)\\s*H\\b");
    private static final Pattern IR_HEAD = Pattern.compile("^(?:FT-?)?IR\\b\\s*(?:\\(([^)]*)\\))?", Pattern.CASE_INSENSITIVE);
    private static final Pattern BAND = Pattern.compile("(?<![\\d.])(\\d{3,4})(?:\\.\\d+)?(?![\\d.])");
    private static final Pattern MS_HEAD = Pattern.compile("^(?:MASS|MS|ESI[-\\s]?MS|ESI|LC-?MS|HRMS|Mass\\s+spectrum)"
            + "\\b\\s*(?:\\(([^)]*)\\))?", Pattern.CASE_INSENSITIVE);
    private static final Pattern MS_GROUP = Pattern.compile(
            "((?:\\d{2,4}(?:\\.\\d+)?\\s*[,/]?\\s*)+)(\\[[^\\]]+\\]|\\((?:M|m)[^)]*\\))");
    private static final Pattern MZ = Pattern.compile("\\d{2,4}(?:\\.\\d+)?");
    private static final Pattern PURITY = Pattern.compile(
            "(?:HPLC\\s*(?:purity)?|purity\\s*(?:\\(HPLC\\)|by\\s+HPLC)?)\\s*(?:of|:|-|=|is)?\\s*(\\d{1,3}(?:\\.\\d+)?)\\s*%",
            Pattern.CASE_INSENSITIVE);

    private AnalyticsReader() {
    }

    /** Analytics of {@code lines} (spans of {@code text}); lines it cannot read go to {@code unparsed}. */
    static Analytics read(String document, String locator, List<Span> lines, Double purity, List<Span> unparsed) {
        String nucleus = null;
        Double mhz = null;
        String solvent = null;
        String irMedium = null;
        String msMode = null;
        List<NmrPeak> nmr = new ArrayList<>();
        List<Double> bands = new ArrayList<>();
        List<MsPeak> ms = new ArrayList<>();
        Double hplc = purity;
        for (Span line : lines) {
            String s = normal(line.text());
            Matcher m;
            boolean read = false;
            if ((m = NMR_HEAD.matcher(s)).find()) {
                if (nucleus == null) {
                    nucleus = m.group(1) == null ? "1H" : m.group(1).replace("¹", "1").replace("³", "3");
                    Matcher f = MHZ.matcher(s);
                    mhz = f.find() ? Double.valueOf(f.group(1)) : null;
                    Matcher v = SOLVENT.matcher(s);
                    solvent = v.find() ? solvent(v.group(1)) : null;
                }
                int from = Math.max(s.indexOf('δ'), 0);
                Matcher g = SIGNAL.matcher(s);
                g.region(from, s.length());
                while (g.find()) {
                    signals(g, nmr);
                    read = true;
                }
            } else if ((m = IR_HEAD.matcher(s)).find()) {
                irMedium = irMedium != null ? irMedium : m.group(1) == null ? null : m.group(1).strip();
                Matcher b = BAND.matcher(s.substring(m.end()));
                while (b.find()) {
                    bands.add(Double.valueOf(b.group(1)));
                    read = true;
                }
            } else if ((m = MS_HEAD.matcher(s)).find()) {
                msMode = msMode != null ? msMode : m.group(1) == null ? null : m.group(1).strip();
                Matcher g = MS_GROUP.matcher(s.substring(m.end()));
                while (g.find()) {
                    String label = g.group(2).startsWith("(") ? "[" + g.group(2).substring(1, g.group(2).length() - 1)
                            + "]" : g.group(2);
                    Matcher z = MZ.matcher(g.group(1));
                    while (z.find()) {
                        ms.add(new MsPeak(Double.parseDouble(z.group()), label, msMode, g.group().strip()));
                        read = true;
                    }
                }
            } else if ((m = PURITY.matcher(s)).find()) {
                hplc = Double.valueOf(m.group(1));
                read = true;
            }
            if (!read) {
                unparsed.add(line);
            }
        }
        if (nucleus == null && bands.isEmpty() && ms.isEmpty() && hplc == null) {
            return Analytics.NONE;
        }
        Span first = lines.isEmpty() ? null : lines.get(0);
        Provenance p = first == null ? Provenance.NONE
                : new Provenance(document, locator, first.text(), first.start(), first.end());
        return new Analytics(nucleus, mhz, solvent, nmr, bands, irMedium, ms, hplc, null, p);
    }

    /** The HPLC purity printed in a sentence ("having HPLC purity 99.42%"), or null. */
    static Double purity(String sentence) {
        Matcher m = PURITY.matcher(sentence);
        return m.find() ? Double.valueOf(m.group(1)) : null;
    }

    private static void signals(Matcher g, List<NmrPeak> out) {
        double shift = Double.parseDouble(g.group(1));
        Double high = g.group(2) == null ? null : Double.valueOf(g.group(2));
        String inside = g.group(4);
        String[] parts = inside.split(",");
        String mult = parts[0].replace("*", "").strip();
        Matcher p = PROTONS.matcher(inside);
        Integer protons = p.find() ? Integer.valueOf(p.group(1)) : null;
        String text = g.group().strip();
        if (g.group(3) != null) {
            // "3.66 & 4.05 (2d, each 1H)": two signals of the one multiplicity
            String one = mult.replaceFirst("^2\\s*", "");
            out.add(new NmrPeak(shift, null, one, protons, text));
            out.add(new NmrPeak(Double.parseDouble(g.group(3)), null, one, protons, text));
        } else {
            out.add(new NmrPeak(shift, high, mult.isEmpty() ? null : mult, protons, text));
        }
    }

    private static String solvent(String s) {
        String l = s.toLowerCase(Locale.ROOT);
        return l.startsWith("dmso") ? "DMSO-d6" : l.equals("cdcl3") ? "CDCl3" : l.equals("d2o") ? "D2O"
                : l.equals("cd3od") || l.equals("meod") ? "CD3OD" : s;
    }

    /** Subscript and superscript digits as ASCII, markup stars and dollar signs out, so the patterns read plain text. */
    static String normal(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '₀' && c <= '₉') {
                b.append((char) ('0' + (c - '₀')));
            } else if (c == '$') {
                b.append(' ');
            } else {
                b.append(c);
            }
        }
        return b.toString().replace("*DMSO", "DMSO").replace("d6*", "d6");
    }
}
