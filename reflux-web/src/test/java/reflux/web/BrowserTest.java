package reflux.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import reflux.testkit.SharedFiles;

/**
 * The web UI driven in Debian's headless Chromium: open a seed route's report, see its scheme, edit an amount to an
 * invalid one, see the message at its line, fix it, save and re-check. Screenshots go to
 * {@code target/screenshots/}. Needs /usr/bin/chromium and /usr/bin/chromedriver ({@code .ci/run} installs them):
 * without them the test fails in CI ({@code CI} set) and is skipped elsewhere.
 */
@Tag("browser")
class BrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final String ROUTE = "cefepime-001-example1.yaml";

    @TempDir
    Path tmp;

    @Test
    void openASeedRouteSeeItsSchemeEditValidateFixSaveAndRecheck() throws Exception {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        if (!present && System.getenv("CI") != null) {
            fail("browser tests need " + CHROMIUM + " and " + DRIVER + " (apt-get install chromium chromium-driver;"
                    + " .ci/run installs them)");
        }
        Assumptions.assumeTrue(present, "no " + CHROMIUM + " / " + DRIVER + ": browser test skipped (CI unset)");

        Path repo = SharedFiles.repoRoot();
        Path root = Files.createDirectories(tmp.resolve("routes"));
        Files.copy(repo.resolve("routes").resolve(ROUTE), root.resolve(ROUTE));
        Path claims = Files.createDirectories(tmp.resolve("claims"));
        try (var s = Files.list(repo.resolve("claims"))) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                Files.copy(p, claims.resolve(p.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Path shots = Files.createDirectories(Path.of("target", "screenshots"));
        WebServer server = WebServer.start(new WebServer.Options(root, "127.0.0.1", 0, 4, 1 << 20));
        WebDriver driver = null;
        try {
            driver = chrome();
            String base = "http://127.0.0.1:" + server.port();

            driver.get(base + "/route/" + ROUTE);
            List<WebElement> schemes = driver.findElements(By.cssSelector(".scheme svg"));
            assertThat(schemes).as("one reaction scheme per stage of 001 Example 1").hasSize(2);
            assertThat(driver.findElements(By.cssSelector("figure.card.resolved .mol svg"))).isNotEmpty();
            assertThat(driver.findElements(By.cssSelector(".verdict.v-match"))).hasSize(2);
            screenshot(driver, shots.resolve("report-top.png"));
            ((JavascriptExecutor) driver).executeScript("document.querySelector('section.stage').scrollIntoView()");
            screenshot(driver, shots.resolve("report-stage.png"));
            ((JavascriptExecutor) driver).executeScript(
                    "[...document.querySelectorAll('h3')].find(h => h.textContent == 'Green metrics').scrollIntoView()");
            screenshot(driver, shots.resolve("report-metrics.png"));
            assertNoSevere(driver, "report");

            driver.findElement(By.id("edit-link")).click();
            String original = Files.readString(root.resolve(ROUTE));
            int line = original.substring(0, original.indexOf("[\"10 g\"")).split("\n", -1).length;
            setYaml(driver, original.replaceFirst("\\[\"10 g\"", "[\"10 parsecs\""));
            driver.findElement(By.id("save")).click();
            WebElement problems = driver.findElement(By.id("problems"));
            assertThat(problems.getText()).contains("not saved", "line " + line, ROUTE + ":" + line + ":");
            screenshot(driver, shots.resolve("editor-invalid.png"));
            assertThat(Files.readString(root.resolve(ROUTE))).isEqualTo(original);

            String fixed = original.replaceFirst("(?m)^title: ", "title: Edited in the browser, ");
            setYaml(driver, fixed);
            driver.findElement(By.id("save")).click();
            assertThat(driver.findElement(By.id("status")).getText()).startsWith("saved and re-checked: ok, 0 error(s)");
            assertThat(driver.findElements(By.id("problems"))).isEmpty();
            assertThat(Files.readString(root.resolve(ROUTE))).isEqualTo(fixed);
            screenshot(driver, shots.resolve("editor-saved.png"));

            driver.get(base + "/route/" + ROUTE);
            assertThat(driver.findElement(By.tagName("h2")).getText()).startsWith("Edited in the browser, ");
            driver.get(base + "/");
            assertThat(driver.findElement(By.cssSelector("table.routes")).getText()).contains(ROUTE, "ok");
            screenshot(driver, shots.resolve("route-list.png"));
            assertNoSevere(driver, "editor and list");
        } finally {
            if (driver != null) {
                driver.quit();
            }
            server.stop();
        }
    }

    /**
     * Every seed route's report renders in Chromium without a console error, with a drawing in every card of a
     * substance that resolved and a reaction scheme per executed stage.
     */
    @Test
    void everySeedRouteReportRendersWithADrawingPerResolvedSubstance() throws Exception {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        if (!present && System.getenv("CI") != null) {
            fail("browser tests need " + CHROMIUM + " and " + DRIVER + " (.ci/run installs them)");
        }
        Assumptions.assumeTrue(present, "no " + CHROMIUM + " / " + DRIVER + ": browser test skipped (CI unset)");
        Path repo = SharedFiles.repoRoot();
        Path root = Files.createDirectories(tmp.resolve("routes"));
        List<Path> seeds;
        try (var s = Files.list(repo.resolve("routes"))) {
            seeds = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertThat(seeds).hasSizeGreaterThanOrEqualTo(4);
        for (Path p : seeds) {
            Files.copy(p, root.resolve(p.getFileName()));
        }
        Path claims = Files.createDirectories(tmp.resolve("claims"));
        try (var s = Files.list(repo.resolve("claims"))) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                Files.copy(p, claims.resolve(p.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Path shots = Files.createDirectories(Path.of("target", "screenshots"));
        WebServer server = WebServer.start(new WebServer.Options(root, "127.0.0.1", 0, 4, 1 << 20));
        WebDriver driver = null;
        try {
            driver = chrome();
            String base = "http://127.0.0.1:" + server.port();
            for (Path p : seeds) {
                String name = p.getFileName().toString();
                driver.get(base + "/route/" + name);
                List<WebElement> resolved = driver.findElements(By.cssSelector("figure.card.resolved"));
                assertThat(resolved).as(name + ": substances that resolved").isNotEmpty();
                for (WebElement card : resolved) {
                    assertThat(card.findElements(By.cssSelector(".mol svg")))
                            .as(name + ": drawing of " + card.getAttribute("data-substance")).hasSize(1);
                }
                assertThat(driver.findElements(By.cssSelector(".scheme svg"))).as(name + ": schemes").isNotEmpty();
                Object overflow = ((JavascriptExecutor) driver).executeScript(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                assertThat(((Number) overflow).intValue()).as(name + ": page wider than the window (px)")
                        .isLessThanOrEqualTo(0);
                screenshot(driver, shots.resolve("seed-" + name.replace(".yaml", "") + ".png"));
                assertNoSevere(driver, name + " report");
            }
        } finally {
            if (driver != null) {
                driver.quit();
            }
            server.stop();
        }
    }

    private WebDriver chrome() throws Exception {
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM.toFile());
        o.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-quic", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,1000",
                "--user-data-dir=" + Files.createDirectories(tmp.resolve("chrome-profile")));
        o.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER.toString()))
                .usingAnyFreePort().build();
        ChromeDriver d = new ChromeDriver(service, o);
        // the first report checks and renders the route on a shared, loaded machine
        d.manage().timeouts().pageLoadTimeout(Duration.ofMinutes(5)).implicitlyWait(Duration.ofSeconds(5));
        return d;
    }

    private static void setYaml(WebDriver driver, String text) {
        WebElement area = driver.findElement(By.id("yaml"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", area, text);
    }

    private static void screenshot(WebDriver driver, Path file) throws Exception {
        Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    private static void assertNoSevere(WebDriver driver, String where) {
        List<LogEntry> severe = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
        assertThat(severe).as("console errors on the " + where + " pages").isEmpty();
    }
}
