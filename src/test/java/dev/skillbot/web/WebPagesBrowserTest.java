package dev.skillbot.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillbot.testing.FixtureCatalog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The pages in a real browser (headless Chromium): the running server's pages, and the static
 * site opened from {@code file://}. The catalog is a copy of the fixture whose Flagger cells
 * (Senior infra, Principal platform) name Crossplane instead, as the seed's Crossplane cells do.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebPagesBrowserTest {

    static final Path CATALOG = crossplaneCatalog();
    private static Browser browser;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void catalog(DynamicPropertyRegistry registry) {
        registry.add("skillbot.catalog.dir", CATALOG::toString);
    }

    @BeforeAll
    static void open() {
        browser = Browser.start();
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @AfterEach
    void noConsoleErrors() {
        assertThat(browser.consoleErrors()).as("browser console errors").isEmpty();
    }

    @Test
    void theSeedShapedSkillShowsAll20CellsWithTheirMarks() {
        get("/skills/canary-releases");
        List<WebElement> cells = browser.driver().findElements(By.cssSelector("table td.cell"));
        assertThat(cells).hasSize(20).allSatisfy(cell -> {
            assertThat(cell.isDisplayed()).isTrue();
            WebElement mark = cell.findElement(By.cssSelector(".mark"));
            assertThat(mark.isDisplayed()).isTrue();
            String symbol = (String)
                    browser.driver().executeScript("return getComputedStyle(arguments[0], '::before').content;", mark);
            assertThat(mark.getText() + " " + symbol).isIn("Required \"● \"", "Optional \"○ \"");
        });
        assertThat(cells.stream()
                        .filter(cell -> cell.getText().contains("Optional"))
                        .map(cell -> cell.getAttribute("id")))
                .containsExactly("principal-devops", "principal-infra", "principal-platform", "principal-sre");
        browser.screenshot("skill-page");
    }

    @Test
    void theLevelSelectorShowsOneLevelRoleByRole() {
        get("/skills/canary-releases");
        new Select(browser.driver().findElement(By.id("level"))).selectByVisibleText("Senior");
        new Select(browser.driver().findElement(By.id("role"))).selectByVisibleText("Infrastructure Engineer");
        browser.submit(By.cssSelector(".pick-level button"), "level=senior");
        assertThat(browser.driver().getCurrentUrl()).contains("role=infra");
        assertThat(browser.driver().findElement(By.cssSelector("#focus h2")).getText())
                .isEqualTo("Senior");
        List<WebElement> focus = browser.driver().findElements(By.cssSelector("#focus .focus-cell"));
        assertThat(focus).hasSize(1);
        assertThat(focus.get(0).getText()).contains("Infrastructure Engineer").contains("Crossplane");
        assertThat(browser.driver().findElement(By.id("level-senior")).getAttribute("class"))
                .isEqualTo("selected");
    }

    @Test
    void theCompareViewShowsTheWordDiff() {
        get("/skills/canary-releases");
        new Select(browser.driver().findElement(By.id("from"))).selectByVisibleText("Senior");
        new Select(browser.driver().findElement(By.id("to"))).selectByVisibleText("Lead");
        browser.submit(By.cssSelector(".pick-compare button"), "to=lead");
        assertThat(browser.driver().getCurrentUrl()).contains("from=senior");
        WebElement compare = browser.driver().findElement(By.id("compare"));
        assertThat(compare.findElement(By.tagName("h2")).getText()).isEqualTo("Senior → Lead");
        assertThat(compare.findElements(By.cssSelector(".change"))).hasSize(4);
        assertThat(compare.findElements(By.tagName("ins")))
                .isNotEmpty()
                .allSatisfy(ins -> assertThat(ins.isDisplayed()).isTrue());
        assertThat(compare.findElements(By.tagName("del"))).isNotEmpty();
        browser.screenshot("compare");
    }

    @Test
    void searchFindsCrossplaneInTheRightCellsAndLeadsToThem() {
        get("/");
        browser.driver().findElement(By.id("site-q")).sendKeys("crossplane");
        browser.submit(By.cssSelector("form.search button"), "/search?q=crossplane");
        List<WebElement> hits = browser.driver().findElements(By.cssSelector(".hit"));
        assertThat(hits)
                .extracting(hit -> hit.getAttribute("data-cell"))
                .containsExactlyInAnyOrder("senior-infra", "principal-platform");
        browser.submit(hits.get(0).findElement(By.tagName("a")), "/skills/");
        assertThat(browser.driver().getCurrentUrl())
                .contains("/skills/canary-releases")
                .contains("#");
    }

    @Test
    void theChinesePageShowsNoEnglishLabel() {
        get("/skills/canary-releases?lang=zh-CN&from=senior&to=lead&level=senior");
        assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang"))
                .isEqualTo("zh-CN");
        // the page's own words: everything but the catalog's English content, which is marked lang="en"
        String labels = (String) browser.driver().executeScript("""
                const copy = document.body.cloneNode(true);
                copy.querySelectorAll('[lang]:not([lang="zh-CN"])').forEach(element => element.remove());
                return copy.innerText;""");
        assertThat(labels).contains("技能档案").contains("必要");
        for (String english : EnglishLabels.fragments()) {
            assertThat(labels)
                    .as("English label \"%s\" on the Chinese page", english)
                    .doesNotContain(english);
        }
        browser.screenshot("skill-page-zh-CN");
    }

    @Test
    void theStaticSiteWorksFromFileLinksAndSearch() throws IOException {
        Path site = Files.createTempDirectory("skillbot-site-");
        assertThat(new SiteCommand(System.out, System.err, Map.of())
                        .run(new String[] {"site", "--out", site.toString(), "--catalog", CATALOG.toString()}))
                .isZero();
        browser.driver().get(site.resolve("index.html").toUri().toString());
        browser.submit(By.linkText("Canary Releases"), "skills/canary-releases.html");
        assertThat(browser.driver().getCurrentUrl()).startsWith("file:");
        assertThat(browser.driver().findElements(By.cssSelector("td.cell"))).hasSize(20);
        browser.submit(By.linkText("Senior → Lead"), "compare/");
        assertThat(browser.driver().findElements(By.cssSelector("#compare .change")))
                .hasSize(4);
        browser.driver().findElement(By.id("site-q")).sendKeys("crossplane");
        browser.submit(By.cssSelector("form.search button"), "search.html?q=crossplane");
        List<WebElement> hits = browser.driver().findElements(By.cssSelector("#results .hit"));
        assertThat(hits)
                .extracting(hit -> hit.getAttribute("data-cell"))
                .containsExactlyInAnyOrder("senior-infra", "principal-platform");
        browser.submit(hits.get(0).findElement(By.tagName("a")), "skills/canary-releases.html#");
        browser.screenshot("static-site");
    }

    private void get(String path) {
        browser.driver().get("http://localhost:" + port + path);
    }

    private static Path crossplaneCatalog() {
        try {
            Path copy = FixtureCatalog.copyTo(Files.createTempDirectory("skillbot-web-catalog-"));
            Path skill = copy.resolve("build-deploy/canary-releases.yml");
            Files.writeString(skill, Files.readString(skill).replace("Flagger", "Crossplane"));
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The English page labels, as the fragments between their arguments, long enough not to be a name. */
    static final class EnglishLabels {

        static List<String> fragments() {
            Labels en = Labels.of("en");
            List<String> fragments = new ArrayList<>();
            for (String key : en.keys()) {
                if (key.equals("nav.otherLanguage")) {
                    continue; // the name of the other language, in that language
                }
                for (String fragment : en.get(key).split("\\{[^}]*}")) {
                    if (fragment.strip().length() >= 5) {
                        fragments.add(fragment.strip());
                    }
                }
            }
            fragments.add("Required");
            fragments.add("Optional");
            fragments.add("Promotion gap");
            return fragments;
        }
    }
}
