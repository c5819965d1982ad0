package reflux.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reflux.testkit.SharedFiles;

/**
 * Regression floors of the extractor on the development corpora, scored by the shared scorers
 * ({@code ../shared/tools/ordscore.py}, {@code chemu_score.py}) exactly as the README's figures are. Floors sit a
 * little below the figures measured on 2026-12-02 (docs/extraction-scores.md); a drop below one is a regression.
 * The ChEMU role figures are the role model's 5-fold cross-validated ones (never scored on its own training folds).
 */
class ExtractionScoresTest {
    private static final Pattern CHEMU_LINE = Pattern.compile("(?m)^(\\S+)\\s+P=([\\d.]+) R=([\\d.]+) F1=([\\d.]+)");

    @TempDir
    Path dir;

    @Test
    void ordAmountsAndProductAmountsOnTheDevSetWithoutNameLookup() throws Exception {
        Path ref = SharedFiles.shared("data/uspto-ord-dev/reactions.jsonl.gz");
        Path in = dir.resolve("dev.jsonl");
        python("ordscore.py", "texts", ref.toString(), in.toString());
        Path pred = dir.resolve("pred.jsonl");
        assertThat(reflux("extract", in.toString(), "--ord", pred.toString(), "--no-resolve")).isEqualTo(0);
        JsonNode s = new ObjectMapper().readTree(python("ordscore.py", "score", ref.toString(), pred.toString(),
                "--json"));
        // measured: amount recall 0.955, precision 0.662, product-amount recall 0.940
        assertThat(s.get("amount_recall").asDouble()).isGreaterThanOrEqualTo(0.950);
        assertThat(s.get("amount_precision").asDouble()).isGreaterThanOrEqualTo(0.650);
        assertThat(s.get("product_amount_recall").asDouble()).isGreaterThanOrEqualTo(0.935);
    }

    @Test
    @Tag("slow")
    void ordYieldsWithCalculatedOnesOnTheDevSet() throws Exception {
        Path ref = SharedFiles.shared("data/uspto-ord-dev/reactions.jsonl.gz");
        Path in = dir.resolve("dev.jsonl");
        python("ordscore.py", "texts", ref.toString(), in.toString());
        Path pred = dir.resolve("pred.jsonl");
        assertThat(reflux("extract", in.toString(), "--ord", pred.toString())).isEqualTo(0);
        JsonNode s = new ObjectMapper().readTree(python("ordscore.py", "score", ref.toString(), pred.toString(),
                "--json"));
        assertThat(s.get("yield_recall").asDouble()).isGreaterThanOrEqualTo(YIELD_FLOOR);
        assertThat(s.get("amount_recall").asDouble()).isGreaterThanOrEqualTo(0.950);
    }

    /** Measured yield recall (with calculated yields) minus a margin; see docs/extraction-scores.md. */
    static final double YIELD_FLOOR = 0.74;

    @Test
    void chemuConditionAndYieldSpansOfTheRules() throws Exception {
        // these labels come from rules only (no trained weights), so the training snippets are a fair test of them
        Path conll = SharedFiles.shared("data/chemu2020-train/conll");
        Path texts = dir.resolve("texts");
        python("chemu_score.py", "texts", conll.toString(), texts.toString());
        Path mentions = dir.resolve("m.jsonl");
        assertThat(reflux("extract", texts.toString(), "--mentions", mentions.toString())).isEqualTo(0);
        Map<String, Double> f1 = chemuF1(python("chemu_score.py", "score", conll.toString(), mentions.toString()));
        // measured: TEMPERATURE 0.970, TIME 0.982, YIELD_OTHER 0.971, YIELD_PERCENT 0.971
        assertThat(f1.get("TEMPERATURE")).isGreaterThanOrEqualTo(0.96);
        assertThat(f1.get("TIME")).isGreaterThanOrEqualTo(0.97);
        assertThat(f1.get("YIELD_OTHER")).isGreaterThanOrEqualTo(0.96);
        assertThat(f1.get("YIELD_PERCENT")).isGreaterThanOrEqualTo(0.96);
    }

    @Test
    @Tag("slow")
    void chemuRolesOfTheModelCrossValidated() throws Exception {
        Path conll = SharedFiles.shared("data/chemu2020-train/conll");
        Path held = dir.resolve("held.jsonl");
        assertThat(reflux("bench", "roles", "--conll", conll.toString(), "--predictions", held.toString()))
                .isEqualTo(0);
        Map<String, Double> f1 = chemuF1(python("chemu_score.py", "score", conll.toString(), held.toString()));
        CV_FLOORS.forEach((label, floor) -> assertThat(f1.get(label)).as(label).isGreaterThanOrEqualTo(floor));
    }

    /** 5-fold cross-validated F1 per role minus a margin (figures in docs/extraction-scores.md). */
    static final Map<String, Double> CV_FLOORS = Map.of("STARTING_MATERIAL", 0.89, "REAGENT_CATALYST", 0.89,
            "SOLVENT", 0.915, "REACTION_PRODUCT", 0.89, "OTHER_COMPOUND", 0.935);

    private static Map<String, Double> chemuF1(String report) {
        Map<String, Double> out = new HashMap<>();
        Matcher m = CHEMU_LINE.matcher(report);
        while (m.find()) {
            out.put(m.group(1), Double.parseDouble(m.group(4)));
        }
        return out;
    }

    private static int reflux(String... args) {
        StringWriter err = new StringWriter();
        int code = Main.execute(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), args);
        assertThat(err.toString()).doesNotContain("\tat ");
        return code;
    }

    /** Runs a shared scorer with python3 and returns its standard output. */
    private static String python(String tool, String... args) throws IOException, InterruptedException {
        Path script = SharedFiles.shared("tools/" + tool);
        List<String> cmd = new ArrayList<>(List.of("python3", script.toString()));
        cmd.addAll(List.of(args));
        Process p;
        try {
            p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeTrue(false, "python3 is needed to run the shared scorers (.ci/run installs it)");
            throw e;
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(tool + " " + out).isZero();
        return out;
    }
}
