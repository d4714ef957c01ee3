package dev.skillbot.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillbot.catalog.Catalog;
import dev.skillbot.testing.FixtureCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of page is well-formed HTML5: jsoup's HTML5 tree builder, tracking errors, has nothing
 * to repair; every element is one HTML knows; ids are unique; every form control has a label; the
 * matrix is a table with a caption and header cells that say their scope. (The Nu HTML checker is
 * not on Maven Central, so this is the check the build can run.)
 */
class HtmlValidityTest {

    private static final Catalog CATALOG = FixtureCatalog.load();
    private static final Set<String> KNOWN = Set.of(
            "html",
            "head",
            "meta",
            "title",
            "link",
            "body",
            "a",
            "header",
            "nav",
            "form",
            "label",
            "input",
            "button",
            "main",
            "footer",
            "p",
            "h1",
            "h2",
            "h3",
            "section",
            "ul",
            "ol",
            "li",
            "span",
            "article",
            "dl",
            "div",
            "dt",
            "dd",
            "select",
            "option",
            "table",
            "caption",
            "thead",
            "tbody",
            "tr",
            "th",
            "td",
            "del",
            "ins",
            "q",
            "code",
            "script",
            "noscript",
            "#root");

    @TempDir
    Path site;

    @Test
    void everyServedPageKindParsesWithoutErrors() {
        Pages pages = new Pages(CATALOG);
        Map<String, String> kinds = new LinkedHashMap<>();
        kinds.put("catalog", pages.catalog("en"));
        kinds.put("catalog zh-CN", pages.catalog("zh-CN"));
        kinds.put("skill", pages.skill(FixtureCatalog.CANARY_RELEASES, "en", null, null, null, null));
        kinds.put(
                "skill at a level and role",
                pages.skill(FixtureCatalog.CANARY_RELEASES, "en", "senior", "sre", null, null));
        kinds.put(
                "comparison", pages.skill(FixtureCatalog.CANARY_RELEASES, "zh-CN", null, null, "junior", "principal"));
        kinds.put("skill with a notice", pages.skill(FixtureCatalog.LOAD_TESTING, "en", "<b>", null, null, null));
        kinds.put("search", pages.search("k6", "en"));
        kinds.put("search, did you mean", pages.search("relase", "en"));
        kinds.put("search, nothing", pages.search("", "zh-CN"));
        kinds.put("not found", pages.notFound("en"));
        kinds.forEach(this::valid);
    }

    @Test
    void everyStaticPageParsesWithoutErrors() throws IOException {
        new SiteCommand(System.out, System.err, Map.of())
                .run(new String[] {"site", "--out", site.toString(), "--catalog", FixtureCatalog.DIR.toString()});
        List<Path> files;
        try (Stream<Path> walk = Files.walk(site)) {
            files = walk.filter(file -> file.toString().endsWith(".html")).toList();
        }
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            valid(site.relativize(file).toString(), Files.readString(file));
        }
    }

    private void valid(String kind, String html) {
        assertThat(html).as(kind).startsWith("<!DOCTYPE html>");
        Parser parser = Parser.htmlParser().setTrackErrors(50);
        Document document = parser.parseInput(html, "");
        assertThat(parser.getErrors()).as("parse errors in %s", kind).isEmpty();
        assertThat(document.getAllElements())
                .as(kind)
                .allSatisfy(element -> assertThat(KNOWN).as(kind).contains(element.tagName()));
        List<String> ids = document.select("[id]").eachAttr("id");
        assertThat(ids).as("ids in %s", kind).doesNotHaveDuplicates();
        for (Element control : document.select("input:not([type=hidden]), select")) {
            assertThat(document.select("label[for=" + control.id() + "]"))
                    .as("label of #%s in %s", control.id(), kind)
                    .hasSize(1);
        }
        for (Element table : document.select("table")) {
            assertThat(table.select("caption")).as(kind).hasSize(1);
            assertThat(table.select("th"))
                    .as(kind)
                    .allSatisfy(th -> assertThat(th.attr("scope")).isIn("col", "row"));
        }
        assertThat(document.selectFirst("html").attr("lang")).as(kind).isNotBlank();
        assertThat(document.select("h1")).as(kind).hasSize(1);
    }
}
