package reflux.extract.patent;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import reflux.extract.Quantity;
import reflux.extract.Span;
import reflux.model.quantity.Dimension;
import reflux.model.quantity.Range;
import reflux.route.units.Parsed;
import reflux.route.units.QuantityParser;

/** Temperature and time spans of a procedure paragraph joined as printed ("between -25°C and -20°C", "~1 hour"). */
final class ConditionSpans {
    private static final Pattern RANGE_JOIN = Pattern.compile("^\\s*(?:to|and|-|–)\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern APPROX = Pattern.compile("(?:about|approx\\.?|approximately|ca\\.?|~)\\s*$",
            Pattern.CASE_INSENSITIVE);

    private ConditionSpans() {
    }

    /** Temperatures with "A to B" / "between A and B" joined into one range span. */
    static List<Span> temperatures(String t, List<Quantity> qs) {
        List<Span> out = new ArrayList<>();
        for (int i = 0; i < qs.size(); i++) {
            Quantity q = qs.get(i);
            if (q.high() == null && i + 1 < qs.size() && qs.get(i + 1).high() == null
                    && RANGE_JOIN.matcher(t.substring(q.span().end(), qs.get(i + 1).span().start())).matches()) {
                out.add(Span.of(t, q.span().start(), qs.get(i + 1).span().end()));
                i++;
            } else {
                out.add(q.span());
            }
        }
        return out;
    }

    /** Times with a printed approximation ("about 10 minutes", "~1 hour") kept in front. */
    static List<Span> times(String t, List<Quantity> qs) {
        List<Span> out = new ArrayList<>();
        for (Quantity q : qs) {
            int s = q.span().start();
            Matcher m = APPROX.matcher(t.substring(Math.max(0, s - 16), s));
            out.add(m.find() ? Span.of(t, Math.max(0, s - 16) + m.start(), q.span().end()) : q.span());
        }
        return out;
    }

    static List<Range> ranges(String t, int off, List<Span> spans, Span part, ProcedureReader.Context ctx, Dimension bare) {
        List<Range> out = new ArrayList<>();
        for (Span s : spans) {
            if (!part.covers(s)) {
                continue;
            }
            String text = s.text().replaceAll("(?i)\\s+and\\s+", " to ");
            Parsed<Range> r = QuantityParser.range(text, bare);
            if (r.isOk()) {
                out.add(new Range(r.value().low(), r.value().high(), text));
            } else {
                ctx.unparsed().add(new Unparsed(ctx.example(), off + s.start(), off + s.end(), s.text(),
                        "condition not understood: " + r.error()));
            }
        }
        return out;
    }

}
