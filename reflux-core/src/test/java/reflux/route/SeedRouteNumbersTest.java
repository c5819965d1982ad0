package reflux.route;

import static org.assertj.core.api.Assertions.assertThat;
import static reflux.route.RouteTrees.numbers;
import static reflux.route.RouteTrees.scalar;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import reflux.testkit.SharedFiles;

/**
 * Every number of the two seed-001 route files against the seed text, stage by stage: nothing printed is missing
 * from the route, nothing in the route's amounts, conditions and analytics is invented. Reads the YAML as a plain
 * tree, so it does not depend on the route reader.
 */
class SeedRouteNumbersTest {

    private static final String SEED = SharedFiles.seedText("001");
    private static final Pattern ISOTOPE = Pattern.compile("[⁰¹²³⁴⁵⁶⁷⁸⁹]+(?:Br|Cl)");
    private static final List<String> CONDITION_KEYS = List.of("temperature", "duration", "pH", "pressure");

    /** The printed text of one stage of one example: from its heading to the next stage or example. */
    static String section(int example, String stage) {
        int ex = SEED.indexOf("Example - " + example);
        int next = example == 1 ? SEED.indexOf("Example - 2") : SEED.indexOf("WE CLAIM:");
        int stage2 = SEED.indexOf("STAGE-II:", ex);
        assertThat(ex).isPositive();
        assertThat(stage2).isBetween(ex, next);
        return stage.equals("I") ? SEED.substring(ex, stage2) : SEED.substring(stage2, next);
    }

    static Stream<Arguments> stages() {
        return Stream.of(
                Arguments.of("cefepime-001-example1.yaml", 1, "I"),
                Arguments.of("cefepime-001-example1.yaml", 1, "II"),
                Arguments.of("cefepime-001-example2.yaml", 2, "I"),
                Arguments.of("cefepime-001-example2.yaml", 2, "II"));
    }

    @Test
    void theTokenizerKeepsPrintedPrecisionAndReadsRangesAndMinusSigns() {
        assertThat(numbers("at -25°C to -20°C, 20-25°C, acetone (2x5 ml), (0.31 g, 0.0040 mol), 3.66 & 4.05 (2d, each 1H)"))
                .containsExactly("-25", "-20", "20", "25", "2", "5", "0.31", "0.0040", "3.66", "4.05", "2", "1");
        assertThat(numbers("¹H NMR (*DMSO-d₆*) cm⁻¹ ⁷⁹Br STAGE-II")).isEmpty();
    }

    @Test
    void theExample2StageIISectionHoldsExactlyTheNumbersReadByHand() {
        // Read by hand from seed 001, Example 2, Stage II (no analytics are printed there).
        List<String> byHand = List.of("0.92", "0.012", "4.0", "0.008", "40", "20", "23", "30", "6", "1.2", "5", "8",
                "92", "2", "10", "3.4", "99.19");
        JsonNode route = RouteTrees.route("cefepime-001-example2.yaml");
        assertThat(seedNumbers(section(2, "II"), route, stage(route, "II"))).containsExactlyInAnyOrderElementsOf(byHand);
    }

    @ParameterizedTest(name = "{0} stage {2}")
    @MethodSource("stages")
    void everyPrintedNumberIsInTheRouteAndNothingElse(String file, int example, String stageId) {
        JsonNode route = RouteTrees.route(file);
        JsonNode stage = stage(route, stageId);
        String text = section(example, stageId);
        List<String> printed = seedNumbers(text, route, stage);
        List<String> recorded = routeNumbers(stage);
        assertThat(printed).as("numbers found in the seed section").isNotEmpty();
        assertThat(minus(printed, recorded)).as("printed in Example %d stage %s but missing from %s", example, stageId,
                file).isEmpty();
        assertThat(minus(recorded, printed)).as("in %s stage %s but not printed in the seed", file, stageId).isEmpty();
    }

    @ParameterizedTest(name = "{0} stage {2}")
    @MethodSource("stages")
    void everyAmountIsWrittenAsPrinted(String file, int example, String stageId) {
        String text = section(example, stageId);
        List<String> amounts = new ArrayList<>();
        RouteTrees.walk(stage(RouteTrees.route(file), stageId), o -> o.path("amounts").forEach(a -> amounts.add(a.asText())));
        assertThat(amounts).isNotEmpty();
        assertThat(amounts).allSatisfy(a -> assertThat(text).as("amount as printed").contains(a));
    }

    @ParameterizedTest(name = "{0} stage {2}")
    @MethodSource("stages")
    void everyConditionKeepsItsPrintedUnit(String file, int example, String stageId) {
        String text = section(example, stageId);
        List<JsonNode> conditions = new ArrayList<>();
        RouteTrees.walk(stage(RouteTrees.route(file), stageId), o -> {
            if (o.has("conditions")) {
                conditions.add(o.path("conditions"));
            }
        });
        assertThat(conditions).isNotEmpty();
        for (JsonNode c : conditions) {
            // "-25 to -20 °C" is printed "-25°C to -20°C" or "between -25°C and -20°C"; "20-25 °C" as "20-25°C"
            for (String t : numbers(c.path("temperature").asText())) {
                assertThat(text).as("temperature %s printed in °C", t)
                        .containsPattern("(?<![\\d.])" + Pattern.quote(t) + "(?:°C|-\\d+°C)");
            }
            String duration = c.path("duration").asText();
            if (!duration.isEmpty()) {
                String printed = duration.replace("~", "~?").replaceAll(" h$", " hours?").replaceAll(" min$", " minutes");
                assertThat(text).as("duration %s as printed", duration).containsPattern("(?<![\\d.])" + printed);
            }
            if (c.has("pH")) {
                assertThat(text).contains("pH was adjusted to " + c.path("pH").asText());
            }
        }
    }

    @ParameterizedTest(name = "{0} stage {2}")
    @MethodSource("stages")
    void analyticsMatchTheirPrintedText(String file, int example, String stageId) {
        JsonNode stage = stage(RouteTrees.route(file), stageId);
        String text = section(example, stageId);
        for (JsonNode outcome : stage.path("outcomes")) {
            JsonNode a = outcome.path("analytics");
            Map<String, List<String>> shiftsByText = new LinkedHashMap<>();
            for (JsonNode peak : a.path("nmr")) {
                String t = peak.path("text").asText();
                shiftsByText.computeIfAbsent(t, k -> new ArrayList<>()).add(scalar(peak.path("shift")));
                assertThat(t).contains(peak.path("protons").asText() + "H");
                assertThat(t).containsPattern("(?<![A-Za-z])\\d*" + peak.path("multiplicity").asText() + "(?![A-Za-z])");
            }
            shiftsByText.forEach((t, shifts) -> {
                assertThat(text).as("NMR signal as printed").contains(t);
                assertThat(shifts).as("peaks of '%s'", t)
                        .containsExactlyElementsOf(numbers(t).stream().filter(n -> n.contains(".")).toList());
            });
            for (JsonNode ms : a.path("ms")) {
                assertThat(text).contains(ms.path("text").asText());
                assertThat(ms.path("text").asText()).contains(scalar(ms.path("mz"))).contains(ms.path("label").asText());
                assertThat(text).contains(ms.path("mode").asText());
            }
            List<String> bands = new ArrayList<>();
            a.path("irBands").forEach(b -> bands.add(scalar(b)));
            if (!bands.isEmpty()) {
                assertThat(text).contains("IR (" + a.path("irMedium").asText() + ") cm⁻¹ : " + String.join(", ", bands));
            }
            if (a.has("hplcPurity")) {
                assertThat(text).contains("HPLC purity " + scalar(a.path("hplcPurity")) + "%");
            }
            if (a.has("nmrFrequencyMHz")) {
                assertThat(text).contains(a.path("nmrNucleus").asText().replace("1H", "¹H") + " NMR ("
                        + scalar(a.path("nmrFrequencyMHz")) + " MHz)");
            }
            String notes = outcome.path("notes").toString();
            Matcher iso = ISOTOPE.matcher(text);
            while (iso.find()) {
                assertThat(notes).as("isotope assignment kept in the outcome notes").contains(iso.group());
            }
        }
    }

    static JsonNode stage(JsonNode route, String id) {
        for (JsonNode s : route.path("stages")) {
            if (s.path("id").asText().equals(id)) {
                return s;
            }
        }
        throw new AssertionError("no stage " + id);
    }

    /** Numbers of the seed section once the names and titles the route records (locants, not values) are masked. */
    static List<String> seedNumbers(String section, JsonNode route, JsonNode stage) {
        Set<String> names = new LinkedHashSet<>();
        route.path("substances").forEach(s -> names.add(s.path("name").asText()));
        names.add(stage.path("name").asText());
        stage.path("steps").forEach(s -> names.add(s.path("name").asText()));
        String masked = section;
        for (String name : names.stream().sorted((x, y) -> y.length() - x.length()).toList()) {
            if (!name.isEmpty()) {
                masked = Pattern.compile(Pattern.quote(name), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                        .matcher(masked).replaceAll(" ");
            }
        }
        masked = masked.replaceAll("Example - \\d", " ").replaceAll("STEP-[A-C]", " ")
                .replaceAll("\\[M\\+(?:\\d|Na|H)\\]", " ");
        return numbers(masked);
    }

    /** Numbers the route records for a stage: amounts, conditions, yields and analytics. */
    static List<String> routeNumbers(JsonNode stage) {
        List<String> out = new ArrayList<>();
        RouteTrees.walk(stage, o -> {
            o.path("amounts").forEach(q -> out.addAll(numbers(q.asText())));
            JsonNode c = o.path("conditions");
            CONDITION_KEYS.forEach(k -> out.addAll(numbers(c.path(k).asText())));
            if (o.hasNonNull("statedYield")) {
                out.addAll(numbers(o.path("statedYield").asText()));
            }
        });
        for (JsonNode outcome : stage.path("outcomes")) {
            JsonNode a = outcome.path("analytics");
            if (a.has("nmrFrequencyMHz")) {
                out.add(scalar(a.path("nmrFrequencyMHz")));
            }
            Set<String> nmrTexts = new LinkedHashSet<>();
            a.path("nmr").forEach(p -> nmrTexts.add(p.path("text").asText()));
            nmrTexts.forEach(t -> out.addAll(numbers(t)));
            a.path("irBands").forEach(b -> out.add(scalar(b)));
            a.path("ms").forEach(m -> out.add(scalar(m.path("mz"))));
            if (a.has("hplcPurity")) {
                out.add(scalar(a.path("hplcPurity")));
            }
        }
        return out;
    }

    /** Multiset difference a − b. */
    static List<String> minus(List<String> a, List<String> b) {
        List<String> rest = new ArrayList<>(a);
        b.forEach(rest::remove);
        return rest;
    }
}
