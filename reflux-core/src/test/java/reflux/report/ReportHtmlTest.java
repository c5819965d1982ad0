package reflux.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reflux.model.identity.Resolution;
import reflux.model.identity.ResolutionStatus;
import reflux.route.RouteStructures;
import reflux.testkit.SharedFiles;

class ReportHtmlTest {

    private static final Path ROUTES = SharedFiles.repoRoot().resolve("routes");
    private final ReportHtml html = new ReportHtml(new Depictions(256), RouteStructures.standard());

    @Test
    void seedExampleReportsDrawEveryResolvedSubstanceAndGiveEachStageItsVerdict() throws Exception {
        for (String name : List.of("cefepime-001-example1.yaml", "cefepime-001-example2.yaml")) {
            RouteCheck.Result r = RouteCheck.check().process(ROUTES.resolve(name));
            String page = html.page("t", List.of(new ReportHtml.Entry(r, null)), null);
            // resolved substances counted through the resolver, independently of the page
            Map<String, Resolution> res = RouteStructures.standard().resolve(r.route(), null);
            long resolved = res.values().stream().filter(x -> x.status() == ResolutionStatus.RESOLVED).count();
            assertThat(resolved).as(name).isGreaterThan(5);
            Matcher cards = Pattern.compile("<figure class=\"card resolved\"[^>]*><div class=\"mol\"><svg").matcher(page);
            int drawn = 0;
            while (cards.find()) {
                drawn++;
            }
            assertThat(drawn).as(name + ": one drawing per resolved substance").isEqualTo((int) resolved);
            // seed 001 prints both stages' products, and the README says the seed routes match: two MATCH badges
            assertThat(page).contains("data-stage=\"I\"", "data-stage=\"II\"");
            assertThat(count(page, "<span class=\"verdict v-match\">MATCH</span>")).as(name).isEqualTo(2);
            assertThat(page).contains("<div class=\"scheme\"><svg", "Green metrics", "Mass balance", "Audit findings");
            // self-contained: no script and nothing fetched
            assertThat(page).doesNotContain("<script", "src=\"http", "href=\"http", "@import", "url(");
        }
    }

    @Test
    void hostileNamesAndNotesRenderAsText(@TempDir Path dir) throws Exception {
        String yaml = Files.readString(ROUTES.resolve("cefepime-001-example1.yaml"));
        String hostile = "<script>alert('x')</script> \\\"q\\\" {{7*7}} & co";
        String quoted = Matcher.quoteReplacement("\"" + hostile + "\"");
        yaml = yaml.replaceFirst("(?m)^title: .*$", "title: " + quoted)
                .replaceFirst("(?m)^notes:\\n", "notes:\n  - " + quoted + "\n")
                .replaceFirst("(?m)^    name: methylene chloride$", "    name: " + quoted);
        Path file = dir.resolve("hostile.yaml");
        Files.writeString(file, yaml);
        RouteCheck.Result r = RouteCheck.audit().process(file);
        assertThat(r.route().title()).contains("<script>");
        String page = html.page("<script>title</script>", List.of(new ReportHtml.Entry(r, null)), null);
        assertThat(page).doesNotContain("<script", "{{", "\"q\"");
        assertThat(page).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &quot;q&quot; &#123;&#123;7*7}} &amp; co");
        assertThat(count(page, "&lt;script&gt;alert")).isGreaterThanOrEqualTo(3);
    }

    private static int count(String s, String sub) {
        int n = 0;
        for (int i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + 1)) {
            n++;
        }
        return n;
    }
}
