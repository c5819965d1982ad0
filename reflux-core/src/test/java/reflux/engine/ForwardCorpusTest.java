package reflux.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import reflux.audit.Auditor;
import reflux.model.finding.Finding;
import reflux.model.finding.Severity;
import reflux.model.route.Route;
import reflux.model.route.Stage;
import reflux.model.route.Variant;
import reflux.model.run.RunResult;
import reflux.model.run.StageRun;
import reflux.model.run.Verdict;
import reflux.route.io.RouteLoad;
import reflux.route.io.RouteReader;
import reflux.testkit.SharedFiles;

/**
 * The corpus that judges the forward engine (each stage executed from what is charged, rule ids only hints):
 * new-chemistry routes written from textbook chemistry without any {@code rules:} must match at every stage with no
 * error; deliberately wrong routes (copies of seed 001 Examples 1 and 2 and of the new-chemistry routes, each with ONE
 * planted error, listed in {@code corpus/wrong-routes.tsv}) must be reported with their expected code as an error; and
 * every seed route still matches at every stage once its {@code rules:} lists are removed. The corpus and how each
 * structure was checked are described in {@code corpus/README.md}.
 */
class ForwardCorpusTest {

    private static final Path CORPUS = SharedFiles.repoRoot()
            .resolve("reflux-core/src/test/resources/reflux/engine/corpus");

    /** The new-chemistry routes (no rules named anywhere). */
    private static final List<String> NEW_CHEMISTRY = List.of(
            "benzanilide.yaml",
            "cefotaxime-atma-chloride.yaml",
            "cefotaxime-bsa-atma-chloride.yaml",
            "cefotaxime-maem.yaml",
            "cefotaxime-bromo-thiourea.yaml",
            "aminophenylthiazole-hbr.yaml",
            "diamine-benzoyl-n-methyl-amide.yaml",
            "diamine-benzoyl-primary-amide.yaml");

    /** New-chemistry routes where two products can form from what is charged (the declared one among them). */
    private static final Set<String> SELECTIVE = Set.of(
            "diamine-benzoyl-n-methyl-amide.yaml",
            "diamine-benzoyl-primary-amide.yaml");

    /** Manifest rows whose comment starts with this record a code observed with today's {@code check}: asserted as
     *  a code, whatever its severity. */
    private static final String OBSERVED = "observed";

    /** A finding's code as text, whether {@link Finding#code()} is a String or a FindingCode. */
    static String code(Finding f) {
        return String.valueOf(f.code());
    }

    // --- running a route ------------------------------------------------------------------------------------------

    /** One executed and audited variant (variant null for a route without variants). */
    private record Checked(String variant, RunResult run, List<Finding> findings) {
    }

    private static Route read(Path file) {
        RouteLoad load = new RouteReader().read(file);
        assertThat(load.problems()).as(file + " must read cleanly").isEmpty();
        return load.route();
    }

    private static List<Variant> variantsOrNull(Route route) {
        List<Variant> out = new ArrayList<>();
        if (route.variants().isEmpty()) {
            out.add(null);
        } else {
            out.addAll(route.variants());
        }
        return out;
    }

    private static Checked check(Route route, Variant variant) {
        RunResult run = Executor.standard().run(route, variant);
        return new Checked(variant == null ? null : variant.id(), run, Auditor.standard().audit(route, run).findings());
    }

    private static List<Checked> checkEveryVariant(Route route) {
        return variantsOrNull(route).stream().map(v -> check(route, v)).toList();
    }

    private static String describe(StageRun s) {
        return "stage " + s.stageId() + " " + s.verdict() + " " + s.equation() + " " + s.evidence();
    }

    private static String describe(List<Finding> findings) {
        StringBuilder b = new StringBuilder();
        for (Finding f : findings) {
            if (f.severity() != Severity.INFO) {
                b.append("\n  ").append(f.severity()).append(' ').append(code(f)).append(' ').append(f.path())
                        .append(": ").append(f.message());
            }
        }
        return b.toString();
    }

    // --- A. new chemistry -----------------------------------------------------------------------------------------

    static Stream<String> newChemistry() {
        return NEW_CHEMISTRY.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("newChemistry")
    void newChemistryRouteMatchesAtEveryStageWithoutAnError(String file) {
        Route route = read(CORPUS.resolve(file));
        assertThat(route.stages()).as("new-chemistry routes name no rules")
                .allSatisfy(st -> assertThat(st.rules()).isEmpty());
        for (Checked c : checkEveryVariant(route)) {
            assertThat(c.run().stages()).as(file + " stages run").hasSameSizeAs(route.stages());
            for (StageRun s : c.run().stages()) {
                assertThat(s.verdict()).as(file + " " + describe(s)).isEqualTo(Verdict.MATCH);
            }
            assertThat(c.findings()).as(file + " errors:" + describe(c.findings()))
                    .noneMatch(f -> f.severity() == Severity.ERROR);
            if (SELECTIVE.contains(file)) {
                assertThat(c.findings()).as(file + " must report that another product can form:"
                        + describe(c.findings())).anyMatch(f -> code(f).equals("RUN_SELECTIVITY"));
            }
        }
    }

    // --- B. wrong routes ------------------------------------------------------------------------------------------

    static List<Map<String, String>> manifest() {
        return SharedFiles.tsv(CORPUS.resolve("wrong-routes.tsv"));
    }

    static Stream<Arguments> wrongRoutes() {
        return manifest().stream().map(r -> Arguments.of(r.get("file"), r.get("expected_code"), r.get("stage"),
                r.get("what_is_wrong"), r.get("comment")));
    }

    @ParameterizedTest(name = "{0} -> {1} (stage {2})")
    @MethodSource("wrongRoutes")
    void wrongRouteIsReportedWithItsExpectedCode(String file, String expected, String stage, String what,
                                                 String comment) {
        Route route = read(CORPUS.resolve(file));
        List<String> codes = Arrays.asList(expected.split("\\|"));
        boolean observedOnly = comment != null && comment.startsWith(OBSERVED);
        for (Checked c : checkEveryVariant(route)) {
            String why = file + " (" + what + ") expects " + expected + (observedOnly ? "" : " as ERROR")
                    + " at stage " + stage + "; stages: " + c.run().stages().stream().map(ForwardCorpusTest::describe)
                    .toList() + "; findings:" + describe(c.findings());
            assertThat(c.findings()).as(why).anyMatch(f -> codes.contains(code(f))
                    && (observedOnly || f.severity() == Severity.ERROR)
                    && atStage(f, route, stage));
        }
    }

    /** True when the finding is not located at all, or {@code stage} is "-" (route-wide), or its path names it. */
    private static boolean atStage(Finding f, Route route, String stage) {
        if ("-".equals(stage) || f.path() == null) {
            return true;
        }
        int index = -1;
        for (int i = 0; i < route.stages().size(); i++) {
            if (route.stages().get(i).id().equals(stage)) {
                index = i;
            }
        }
        return f.path().startsWith("stages[" + stage + "]") || f.path().startsWith("stages[" + index + "]");
    }

    @Test
    void everyCorpusRouteIsNewChemistryOrListedInTheManifestAndTheManifestNamesRealFilesAndCodes() throws IOException {
        Set<String> files = new TreeSet<>();
        try (Stream<Path> s = Files.list(CORPUS)) {
            s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).forEach(files::add);
        }
        Set<String> listed = new TreeSet<>(NEW_CHEMISTRY);
        Set<String> knownCodes = new TreeSet<>();
        for (reflux.model.finding.FindingCode fc : reflux.model.finding.FindingCode.values()) {
            knownCodes.add(fc.name());
        }
        for (Map<String, String> row : manifest()) {
            assertThat(listed.add(row.get("file"))).as("listed once: " + row.get("file")).isTrue();
            assertThat(files).as("manifest file exists").contains(row.get("file"));
            assertThat(Arrays.asList(row.get("expected_code").split("\\|"))).as(row.get("file"))
                    .allSatisfy(c -> assertThat(knownCodes).contains(c));
        }
        assertThat(listed).isEqualTo(files);
    }

    // --- C. the seed routes without their rule hints ---------------------------------------------------------------

    /** The route with every stage's {@code rules:} list emptied. */
    static Route withoutRules(Route r) {
        List<Stage> stages = r.stages().stream().map(s -> new Stage(s.id(), s.name(), List.of(), s.reactants(),
                s.product(), s.steps(), s.outcomes(), s.optional(), s.notes(), s.source())).toList();
        return new Route(r.schema(), r.id(), r.title(), r.documents(), r.kind(), r.substances(), stages,
                r.variants(), r.notes());
    }

    static Stream<Arguments> seedRuns() throws IOException {
        List<Arguments> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(SharedFiles.repoRoot().resolve("routes"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                Route r = read(p);
                for (Variant v : variantsOrNull(r)) {
                    out.add(Arguments.of(p.getFileName().toString(), v == null ? null : v.id()));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("seedRuns")
    void seedRouteMatchesAtEveryStageWithItsRuleHintsRemoved(String file, String variantId) {
        Route stripped = withoutRules(read(SharedFiles.repoRoot().resolve("routes").resolve(file)));
        assertThat(stripped.stages()).allSatisfy(s -> assertThat(s.rules()).isEmpty());
        Variant v = variantId == null ? null
                : stripped.variants().stream().filter(x -> x.id().equals(variantId)).findFirst().orElseThrow();
        RunResult run = Executor.standard().run(stripped, v);
        List<String> gaps = SeedRoutesRunTest.oximeGeometryGaps(stripped, v);
        if (!gaps.isEmpty()) {
            // as in SeedRoutesRunTest: a route that states no oxime geometry cannot prove the (Z) product
            assertThat(run.stages()).allSatisfy(s -> assertThat(s.verdict()).as(file + " " + variantId + " "
                    + describe(s)).isIn(Verdict.MATCH, Verdict.CONSTITUTION_ONLY));
            Assumptions.abort("route data gap: " + gaps + " resolve without oxime geometry");
        }
        assertThat(run.stages()).as(file + " " + variantId + " stages run").isNotEmpty();
        for (StageRun s : run.stages()) {
            assertThat(s.verdict()).as(file + " " + variantId + " without rules: " + describe(s))
                    .isEqualTo(Verdict.MATCH);
        }
    }
}
