package reflux.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Function;
import reflux.export.OrdVocabulary;
import reflux.model.identity.Resolution;

/**
 * Writes an {@link Extraction} as an Open Reaction Database {@code Reaction} in protobuf's JSON mapping
 * (lowerCamelCase field names of {@code reaction.proto}): one input per charged chemical with its name as written,
 * its structure where the resolver found one, its role and one amount (mass, else volume, else moles — ORD's
 * {@code Compound.amount} holds one); temperature and time; work-ups; the products with AMOUNT and YIELD
 * measurements (the printed yield, {@code details} PERCENTYIELD, then the calculated one,
 * CALCULATEDPERCENTYIELD, wherever the amounts give it). Thread-safe.
 *
 * <pre>{@code
 * JsonNode r = new OrdJson(NameResolver.standard()::resolve).reaction("id-1", extraction);
 * }</pre>
 */
public final class OrdJson {
    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * The one field outside {@code reaction.proto}: a component's other printed amounts ("5 g (20 mmol)" keeps the
     * 20 mmol here; ORD's {@code amount} holds one). {@code ordscore.py} reads it; strict ORD consumers ignore it.
     */
    public static final String EXTRA_AMOUNTS = "amounts";
    private final Function<String, Resolution> resolver;
    private final CalculatedYield calculator;
    private final Workups workups;
    private final Lexicon lexicon;
    private final NameBounds bounds;
    private final ChemicalWords words;
    private final boolean allAmounts;

    /** A writer that looks names up with {@code resolver} (null = names only) and keeps every printed amount. */
    public OrdJson(Function<String, Resolution> resolver) {
        this(resolver, true);
    }

    /** As {@link #OrdJson(Function)}; {@code allAmounts} false writes strict ORD (one amount per component). */
    public OrdJson(Function<String, Resolution> resolver, boolean allAmounts) {
        this.resolver = resolver;
        this.calculator = resolver == null ? null : new CalculatedYield(resolver);
        this.workups = Workups.standard();
        this.lexicon = Lexicon.standard();
        this.bounds = new NameBounds(lexicon);
        this.words = ChemicalWords.standard();
        this.allAmounts = allAmounts;
    }

    /** The reaction of {@code x} with {@code reactionId}. */
    public ObjectNode reaction(String reactionId, Extraction x) {
        ObjectNode r = JSON.createObjectNode();
        r.put("reactionId", reactionId);
        ObjectNode inputs = r.putObject("inputs");
        int n = 0;
        for (Mention m : x.inputs()) {
            ObjectNode input = inputs.putObject("m" + ++n);
            ObjectNode c = input.putArray("components").addObject();
            identifiers(c, m.name().text());
            Quantity a = preferred(m.quantities());
            if (a != null) {
                amount(c.putObject("amount"), a);
                if (allAmounts) {
                    ArrayNode all = null;
                    for (Quantity q : m.quantities()) {
                        if (q != a && q.isOrdAmount()) {
                            if (all == null) {
                                all = c.putArray(EXTRA_AMOUNTS);
                            }
                            amount(all.addObject(), q);
                        }
                    }
                }
            }
            c.put("reactionRole", m.role().ordRole());
        }
        ObjectNode cond = r.putObject("conditions");
        if (!x.temperatures().isEmpty()) {
            Quantity t = x.temperatures().get(0);
            ObjectNode sp = cond.putObject("temperature").putObject("setpoint");
            sp.put("value", t.value());
            sp.put("units", t.unit());
        }
        if (!x.atmospheres().isEmpty()) {
            cond.putObject("pressure").putObject("atmosphere").put("type", "CUSTOM")
                    .put("details", x.atmospheres().get(0).text());
        }
        r.putObject("notes").put("procedureDetails", x.text());
        ArrayNode w = r.putArray("workups");
        for (Span s : x.actions()) {
            String type = workups.ordType(s.text());
            if (type != null) {
                w.addObject().put("type", type).put("details", s.text());
            }
        }
        ObjectNode outcome = r.putArray("outcomes").addObject();
        if (!x.times().isEmpty()) {
            Quantity t = x.times().get(0);
            ObjectNode rt = outcome.putObject("reactionTime");
            rt.put("value", t.value());
            rt.put("units", t.unit());
        }
        ArrayNode products = outcome.putArray("products");
        for (Mention isolated : Products.isolated(x.products(), lexicon)) {
            Mention p = shown(x, isolated);
            ObjectNode c = products.addObject();
            if (p.name() != null) {
                identifiers(c, p.name().text());
            }
            ArrayNode ms = c.putArray("measurements");
            for (Quantity q : p.quantities()) {
                if (q.isOrdAmount()) {
                    ObjectNode m = ms.addObject();
                    m.put("type", "AMOUNT");
                    amount(m.putObject("amount"), q);
                } else if (q.kind() == QuantityKind.PERCENT) {
                    ObjectNode m = ms.addObject();
                    m.put("type", "YIELD");
                    m.put("details", "PERCENTYIELD");
                    m.putObject("percentage").put("value", q.value());
                }
            }
            // the printed yield and, where the amounts allow it, the calculated one (as ORD's USPTO import keeps both)
            if (calculator != null) {
                calculator.of(x, p).ifPresent(y -> {
                    ObjectNode m = ms.addObject();
                    m.put("type", "YIELD");
                    m.put("details", "CALCULATEDPERCENTYIELD");
                    m.putObject("percentage").put("value", Math.round(y * 10) / 10.0);
                });
            }
            c.put("reactionRole", "PRODUCT");
        }
        return r;
    }

    /**
     * The product as ORD names it: the compound a form description describes ("X as a pale oil (0.43 g)" is X, whose
     * structure then gives the calculated yield), else the described form or product phrase
     * ({@link DescribedProduct}); the extraction itself keeps the name printed at the amount.
     */
    private Mention shown(Extraction x, Mention p) {
        if (p.name() == null) {
            return p;
        }
        int floor = ParagraphExtractor.sentenceOf(x.sentences(), p.name().start(), x.text()).start();
        Span n = DescribedProduct.compound(x.text(), p.name(), Math.min(floor, p.name().start()), lexicon, bounds,
                words);
        if (n == null) {
            n = DescribedProduct.name(x.text(), p.name(), lexicon);
        }
        return n.equals(p.name()) ? p : new Mention(n, p.role(), p.quantities());
    }

    /** The one line of JSON for {@code node}. */
    public static String line(JsonNode node) {
        return node.toString();
    }

    /** NAME as written, then SMILES, InChI and InChIKey where resolved: the vocabulary shared with the export. */
    private void identifiers(ObjectNode c, String name) {
        OrdVocabulary.identifiers(c.putArray("identifiers"), name, resolver == null ? null : resolver.apply(name));
    }

    /** Mass first, then volume, then moles: the order ORD's USPTO records keep one of them in. */
    static Quantity preferred(List<Quantity> qs) {
        for (QuantityKind k : List.of(QuantityKind.MASS, QuantityKind.VOLUME, QuantityKind.MOLES)) {
            for (Quantity q : qs) {
                if (q.kind() == k && q.isOrdAmount()) {
                    return q;
                }
            }
        }
        return null;
    }

    private static void amount(ObjectNode amount, Quantity q) {
        String field = switch (q.kind()) {
            case MASS -> "mass";
            case MOLES -> "moles";
            default -> "volume";
        };
        ObjectNode v = amount.putObject(field);
        v.put("value", q.total());
        v.put("units", q.unit());
    }
}
