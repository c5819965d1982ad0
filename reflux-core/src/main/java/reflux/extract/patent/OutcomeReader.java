package reflux.extract.patent;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import reflux.extract.Quantity;
import reflux.extract.QuantityKind;
import reflux.extract.QuantityScanner;
import reflux.extract.Span;
import reflux.model.route.Provenance;
import reflux.route.units.Parsed;
import reflux.route.units.QuantityParser;

/**
 * The product part of a clause: "... to obtain the bromo intermediate as its hydrochloride salt (13.2 g)", "to give
 * 1.47 g of NAME having HPLC purity 99.42%", "affording NAME (4.1 g, 80%)": the product (a name, or a cross-reference
 * such as "the title compound" or an alias), its declared salt form, isolated amounts, yield and HPLC purity, each
 * with offsets. "to obtain a clear solution" is not a product. Stateless, thread-safe.
 */
final class OutcomeReader {

    /**
     * A product found in a clause.
     *
     * @param verbStart document offset where the product phrase starts ("to obtain")
     * @param substance substance id in the route's table
     * @param amounts   isolated amounts as printed
     * @param yield     yield as printed (%), or null
     * @param purity    HPLC purity (%), or null
     * @param source    the product phrase
     */
    record Found(int verbStart, String substance, List<reflux.model.quantity.Quantity> amounts,
                 reflux.model.quantity.Quantity yield, Double purity, Provenance source) {
    }

    private static final Pattern VERB = Pattern.compile("\\b(?:to\\s+(?:obtain|give|afford|yield|provide|furnish|get)"
            + "|gave|afforded|yielded|provided|furnished|giving|affording|yielding|furnishing)\\s+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern STATE = Pattern.compile("^(?:a|an)\\s+(?:\\w+\\s+)?(?:solution|suspension|slurry|"
            + "mixture|emulsion)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern AMOUNT_FIRST = Pattern.compile(
            "^((?:\\d+(?:\\.\\d+)?\\s*(?:mg|g|kg|mmol|mol)\\b[\\s,]*)+(?:\\([^()]*\\)\\s*)?)(?:of\\s+)");
    private static final Pattern NAME_END = Pattern.compile("\\s+(?:having|as\\s+(?:its|a|an|the)\\s|with\\s|in\\s+(?:a\\s+)?"
            + "(?:yield|\\d)|which|that)\\b|\\s\\(|,\\s|;\\s|\\s*$");
    private static final Pattern FORM = Pattern.compile("^\\s*as\\s+(?:its|the|a|an)\\s+([A-Za-z]+(?:\\s+[A-Za-z]+)?)\\s+salt\\b");
    private static final Pattern BRACKET = Pattern.compile("^[^()]{0,40}?\\(([^()]*)\\)");
    private static final Pattern YIELD = Pattern.compile(
            "(\\d{1,3}(?:\\.\\d+)?)\\s*%\\s*(?:yield|of\\s+theory)|yield\\s*(?:of\\s*|:\\s*)?(\\d{1,3}(?:\\.\\d+)?)\\s*%",
            Pattern.CASE_INSENSITIVE);

    private final QuantityScanner scanner;

    OutcomeReader(QuantityScanner scanner) {
        this.scanner = scanner;
    }

    /** The product of {@code part} (a span of the paragraph {@code t} at document offset {@code off}), or null. */
    Found find(String t, int off, Span part, ProcedureReader.Context ctx) {
        Matcher v = VERB.matcher(part.text());
        if (!v.find()) {
            return null;
        }
        String rest = part.text().substring(v.end());
        if (STATE.matcher(rest).find() || rest.isBlank()) {
            return null;
        }
        int base = part.start() + v.end();
        List<reflux.model.quantity.Quantity> amounts = new ArrayList<>();
        reflux.model.quantity.Quantity yield = null;
        int nameStart = 0;
        Matcher a = AMOUNT_FIRST.matcher(rest);
        if (a.find()) {
            yield = amounts(a.group(1), amounts, yield);
            nameStart = a.end();
        }
        Matcher e = NAME_END.matcher(rest);
        int nameEnd = e.find(nameStart) ? e.start() : rest.length();
        String name = rest.substring(nameStart, nameEnd).strip();
        if (name.isEmpty()) {
            return null;
        }
        String after = rest.substring(nameEnd);
        String form = null;
        Matcher f = FORM.matcher(after);
        int at = 0;
        if (f.find()) {
            form = f.group(1).toLowerCase(java.util.Locale.ROOT);
            at = f.end();
        }
        Matcher b = BRACKET.matcher(after.substring(at));
        if (b.find()) {
            yield = amounts(b.group(1), amounts, yield);
        }
        Matcher y = YIELD.matcher(rest);
        if (yield == null && y.find()) {
            Parsed<reflux.model.quantity.Quantity> p = QuantityParser.parse(
                    (y.group(1) != null ? y.group(1) : y.group(2)) + " %", null);
            yield = p.isOk() ? p.value() : null;
        }
        Double purity = AnalyticsReader.purity(rest);
        Span nameSpan = Span.of(t, base + nameStart, base + nameEnd);
        String id = ctx.table().reference(name);
        if (id != null) {
            if (form != null && !ctx.table().setForm(id, form)) {
                ctx.unparsed().add(new Unparsed(ctx.example(), off + nameSpan.start(), off + nameSpan.end(),
                        nameSpan.text(), "the " + form + " of this product does not resolve; form left out"));
            }
        } else {
            id = ctx.table().add(name, form, ProcedureReader.prov(ctx, t, off, nameSpan.start(), nameSpan.end()));
        }
        if (id == null) {
            ctx.unparsed().add(new Unparsed(ctx.example(), off + nameSpan.start(), off + nameSpan.end(), name,
                    "product name does not resolve to a structure; no outcome recorded"));
            return null;
        }
        return new Found(off + part.start() + v.start(), id, amounts, yield, purity,
                ProcedureReader.prov(ctx, t, off, part.start() + v.start(), part.end()));
    }

    /** Masses and moles of {@code text} into {@code out}; a percentage is the yield. */
    private reflux.model.quantity.Quantity amounts(String text, List<reflux.model.quantity.Quantity> out,
                                                   reflux.model.quantity.Quantity yield) {
        for (Quantity q : scanner.scan(text)) {
            if (q.kind() == QuantityKind.MASS || q.kind() == QuantityKind.MOLES) {
                Parsed<reflux.model.quantity.Quantity> p = QuantityParser.parse(q.span().text(), null);
                if (p.isOk()) {
                    out.add(p.value());
                }
            } else if (q.kind() == QuantityKind.PERCENT && yield == null) {
                Parsed<reflux.model.quantity.Quantity> p = QuantityParser.parse(q.span().text(), null);
                yield = p.isOk() ? p.value() : null;
            }
        }
        return yield;
    }
}
