package reflux.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the TEMPERATURE_WORD phrases of the lexicon ("room temperature", "RT", "reflux") outside numeric ones. */
final class TemperatureWords {
    private final Pattern pat;

    TemperatureWords(Lexicon lexicon) {
        List<String> phrases = new ArrayList<>(lexicon.entries(Lexicon.WordClass.TEMPERATURE_WORD));
        phrases.sort((a, b) -> b.length() - a.length());
        StringBuilder alt = new StringBuilder();
        for (String p : phrases) {
            alt.append(alt.length() == 0 ? "" : "|").append(Pattern.quote(p));
        }
        pat = Pattern.compile("(?<![\\p{L}\\p{N}])(?i:" + alt + ")(?![\\p{L}\\p{N}])");
    }

    List<Span> find(String text, List<Quantity> numeric) {
        List<Span> out = new ArrayList<>();
        Matcher m = pat.matcher(text);
        while (m.find()) {
            String s = m.group();
            // "RT"/"rt" only in these two cases; "Rt" is a retention time
            if (s.equalsIgnoreCase("rt") && !(s.equals("RT") || s.equals("rt"))) {
                continue;
            }
            int st = m.start();
            if (numeric.stream().noneMatch(q -> q.span().start() < m.end() && st < q.span().end())) {
                out.add(Span.of(text, st, m.end()));
            }
        }
        return out;
    }
}
