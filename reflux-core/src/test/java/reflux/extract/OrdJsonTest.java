package reflux.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import reflux.model.identity.Resolution;
import reflux.model.identity.ResolutionStatus;
import reflux.testkit.SharedFiles;

/**
 * The ORD JSON uses only field names and enum values of {@code ../shared/ord-schema/reaction.proto} (in protobuf's
 * lowerCamelCase JSON form), plus the one documented extension {@link OrdJson#EXTRA_AMOUNTS}.
 */
class OrdJsonTest {
    private static final String PARAGRAPH = "A solution of benzyl chloride (5.0 g, 39.5 mmol) in ethanol (50 ml) was "
            + "stirred at 20° C. for 2 hours under nitrogen. The mixture was filtered and concentrated to give "
            + "benzyl alcohol (3.9 g, 91%).";

    private static Set<String> protoFieldNames() throws Exception {
        String proto = Files.readString(SharedFiles.shared("ord-schema/reaction.proto"));
        Set<String> names = new HashSet<>();
        Matcher m = Pattern.compile("(?m)^\\s*(?:repeated\\s+|optional\\s+)?(?:map<[^>]+>|[\\w.]+)\\s+(\\w+)\\s*=\\s*\\d+")
                .matcher(proto);
        while (m.find()) {
            names.add(camel(m.group(1)));
        }
        return names;
    }

    private static Set<String> protoEnumValues() throws Exception {
        String proto = Files.readString(SharedFiles.shared("ord-schema/reaction.proto"));
        Set<String> names = new HashSet<>();
        Matcher m = Pattern.compile("(?m)^\\s*([A-Z][A-Z0-9_]*)\\s*=\\s*\\d+").matcher(proto);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static String camel(String snake) {
        StringBuilder b = new StringBuilder();
        boolean up = false;
        for (char c : snake.toCharArray()) {
            if (c == '_') {
                up = true;
            } else {
                b.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        return b.toString();
    }

    private static void walk(JsonNode n, String path, Set<String> fields, Set<String> enums) {
        if (n.isArray()) {
            int i = 0;
            for (JsonNode c : n) {
                walk(c, path + "[" + i++ + "]", fields, enums);
            }
        } else if (n.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = n.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                boolean mapKey = path.endsWith(".inputs");
                if (!mapKey && !e.getKey().equals(OrdJson.EXTRA_AMOUNTS)) {
                    assertThat(fields).as(path + "." + e.getKey()).contains(e.getKey());
                }
                if ((e.getKey().equals("type") || e.getKey().equals("units") || e.getKey().equals("reactionRole"))
                        && e.getValue().isTextual()) {
                    assertThat(enums).as(path + "." + e.getKey()).contains(e.getValue().asText());
                }
                walk(e.getValue(), path + "." + e.getKey(), fields, enums);
            }
        }
    }

    @Test
    void everyFieldAndEnumValueIsInReactionProto() throws Exception {
        Resolution benzyl = new Resolution("x", ResolutionStatus.RESOLVED, "OCc1ccccc1", "C7H8O", 108.14, 108.0575, 0,
                "InChI=1S/C7H8O/c8-6-7-4-2-1-3-5-7/h1-5,8H,6H2", "WVDDGKGOMKODPV-UHFFFAOYSA-N", java.util.List.of(),
                "test", java.util.List.of(), null, java.util.List.of());
        JsonNode r = new OrdJson(n -> benzyl).reaction("r1", ParagraphExtractor.standard().extract(PARAGRAPH));
        walk(r, "reaction", protoFieldNames(), protoEnumValues());
        assertThat(r.get("reactionId").asText()).isEqualTo("r1");
    }

    @Test
    void inputsProductsAndYieldAsTheParagraphStatesThem() {
        JsonNode r = new OrdJson(null).reaction("r1", ParagraphExtractor.standard().extract(PARAGRAPH));
        JsonNode m1 = r.get("inputs").get("m1").get("components").get(0);
        assertThat(m1.get("identifiers").get(0).get("value").asText()).isEqualTo("benzyl chloride");
        assertThat(m1.get("amount").get("mass").get("value").asDouble()).isEqualTo(5.0);
        assertThat(m1.get("amount").get("mass").get("units").asText()).isEqualTo("GRAM");
        assertThat(m1.get(OrdJson.EXTRA_AMOUNTS).get(0).get("moles").get("units").asText()).isEqualTo("MILLIMOLE");
        JsonNode product = r.get("outcomes").get(0).get("products").get(0);
        assertThat(product.get("identifiers").get(0).get("value").asText()).isEqualTo("benzyl alcohol");
        assertThat(product.get("measurements").findValues("percentage").get(0).get("value").asDouble()).isEqualTo(91.0);
        assertThat(r.get("conditions").get("temperature").get("setpoint").get("value").asDouble()).isEqualTo(20.0);
        assertThat(r.get("outcomes").get(0).get("reactionTime").get("units").asText()).isEqualTo("HOUR");
    }

    @Test
    void aCalculatedYieldComesFromMolarMassesWhenNoneIsPrinted() {
        // 2.16 g benzyl alcohol (108.14 g/mol) = 19.97 mmol from 20.0 mmol of chloride: 99.9 %
        String p = "Benzyl chloride (20.0 mmol) in water (50 ml) was heated to give benzyl alcohol (2.16 g).";
        JsonNode r = withBenzylAlcohol(p);
        java.util.List<JsonNode> ys = yields(r);
        assertThat(ys).isNotEmpty();
        JsonNode y = ys.get(ys.size() - 1);
        assertThat(y.get("details").asText()).isEqualTo("CALCULATEDPERCENTYIELD");
        assertThat(y.get("percentage").get("value").asDouble()).isEqualTo(99.9);
    }

    @Test
    void aStartingMaterialAgainstATenfoldExcessIsStillTheLimitingCharge() {
        // 0.195 g benzyl alcohol (108.14 g/mol) = 1.803 mmol from 2.0 mmol of chloride: 90.2 % (not 9.0 % of the
        // 20.0 mmol of 2-bromopropane, the excess partner)
        String p = "Benzyl chloride (2.0 mmol) and 2-bromopropane (20.0 mmol) in water (50 ml) were heated to give benzyl "
                + "alcohol (0.195 g).";
        JsonNode r = withBenzylAlcohol(p);
        java.util.List<JsonNode> ys = yields(r);
        assertThat(ys).isNotEmpty();
        JsonNode y = ys.get(ys.size() - 1);
        assertThat(y.get("percentage").get("value").asDouble()).isEqualTo(90.2);
    }

    @Test
    void aPrintedYieldKeepsTheCalculatedOneNextToIt() {
        // 1.95 g benzyl alcohol (108.14 g/mol) = 18.03 mmol from 20.0 mmol of chloride: 90.2 % (90 % printed)
        String p = "Benzyl chloride (20.0 mmol) in water (50 ml) was heated to give benzyl alcohol (1.95 g, 90%).";
        JsonNode r = withBenzylAlcohol(p);
        java.util.List<String> yields = new java.util.ArrayList<>();
        for (JsonNode m : yields(r)) {
            yields.add(m.get("details").asText() + " " + m.get("percentage").get("value").asDouble());
        }
        assertThat(yields).containsExactly("PERCENTYIELD 90.0", "CALCULATEDPERCENTYIELD 90.2");
    }

    @Test
    void theCompoundAFormDescribesIsTheProductAndGivesTheCalculatedYield() {
        // 1.95 g benzyl alcohol (108.14 g/mol) = 18.03 mmol from 20.0 mmol of chloride: 90.2 %; the amount is printed
        // after the form ("as a colourless oil (1.95 g)"), the name before it
        String p = "Benzyl chloride (20.0 mmol) in water (50 ml) was heated. Chromatography gave benzyl alcohol as a "
                + "colourless oil (1.95 g).";
        JsonNode r = withBenzylAlcohol(p);
        JsonNode product = r.get("outcomes").get(0).get("products").get(0);
        assertThat(product.get("identifiers").get(0).get("value").asText()).isEqualTo("benzyl alcohol");
        java.util.List<JsonNode> ys = yields(r);
        assertThat(ys).hasSize(1);
        assertThat(ys.get(0).get("percentage").get("value").asDouble()).isEqualTo(90.2);
        // the solvent a product is crystallised from is not what the form describes
        String crystallised = "Benzyl chloride (20.0 mmol) in water (50 ml) was heated to give, after crystallisation "
                + "from ethanol as colourless needles (1.95 g), the pure product.";
        java.util.List<String> named = new java.util.ArrayList<>();
        for (JsonNode prod : withBenzylAlcohol(crystallised).get("outcomes").get(0).get("products")) {
            named.add(prod.get("identifiers").get(0).get("value").asText());
        }
        assertThat(named).doesNotContain("ethanol");
    }

    /** The ORD reaction of {@code p}, with benzyl alcohol (108.14 g/mol) the one name that resolves. */
    private static JsonNode withBenzylAlcohol(String p) {
        Resolution alcohol = new Resolution("benzyl alcohol", ResolutionStatus.RESOLVED, "OCc1ccccc1", "C7H8O", 108.14,
                108.0575, 0, null, null, java.util.List.of(), "test", java.util.List.of(), null, java.util.List.of());
        return new OrdJson(n -> n.equals("benzyl alcohol") ? alcohol : null).reaction("r",
                ParagraphExtractor.standard().extract(p));
    }

    /** The first product's YIELD measurements, in order. */
    private static java.util.List<JsonNode> yields(JsonNode r) {
        java.util.List<JsonNode> out = new java.util.ArrayList<>();
        for (JsonNode m : r.get("outcomes").get(0).get("products").get(0).get("measurements")) {
            if (m.get("type").asText().equals("YIELD")) {
                out.add(m);
            }
        }
        return out;
    }
}
