package dev.skillbot.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillbot.catalog.Catalog;
import dev.skillbot.catalog.CatalogLoader;
import dev.skillbot.catalog.Expectation;
import dev.skillbot.testing.FixtureCatalog;
import dev.skillbot.testing.SyntheticCatalog;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.util.FileSystemUtils;

/**
 * A cell's snippet on the search page is in the page's language where that text matches, and its
 * {@code lang} names the language it is written in: a Chinese page searching "argo" showed the
 * English texts marked {@code lang="zh-CN"}, an English page searching "金丝雀" Chinese ones marked "en".
 */
class SearchSnippetPropertyTest {

    private static final Catalog CATALOG = bilingualSynthetic();

    @Property(tries = 80)
    void everySnippetIsPartOfTheCellsTextInTheLanguageItIsMarkedWith(
            @ForAll("words") String query, @ForAll("langs") String lang) {
        Document page = Jsoup.parse(new Pages(CATALOG).search(query, lang), "http://localhost/");

        for (Element hit : page.select(".hit[data-cell]:not([data-cell=''])")) {
            Element snippet = hit.selectFirst("p");
            Expectation cell = cellOf(hit);
            String text = cell.content().variants().get(snippet.attr("lang"));
            assertThat(text).as("%s in %s", query, snippet).isNotNull().contains(core(snippet.text()));
            if (cell.content().has(lang) && contains(cell.content().in(lang).text(), query)) {
                assertThat(snippet.attr("lang")).as("%s in %s", query, snippet).isEqualTo(lang);
            }
        }
    }

    @Example
    void aChinesePageShowsTheChineseTextOfACellThatMatchesInBothLanguages() {
        Document page = Jsoup.parse(new Pages(FixtureCatalog.bilingual("rev")).search("argo", "zh-CN"));
        Element junior = page.selectFirst(".hit[data-cell=junior-devops] p");
        assertThat(junior.text()).isEqualTo("初级 devops 使用 Argo CD 从 Git 调和集群状态。");
        assertThat(junior.attr("lang")).isEqualTo("zh-CN");
    }

    @Provide
    Arbitrary<String> words() {
        List<String> words = new ArrayList<>();
        for (var skill : CATALOG.skills()) {
            for (Expectation cell : skill.cells()) {
                for (String text : cell.content().variants().values()) {
                    for (String word : text.split("[\\s,.:：。]+")) {
                        if (word.length() >= 2) {
                            words.add(word.substring(0, Math.min(word.length(), 4))
                                    .toLowerCase());
                        }
                    }
                }
            }
        }
        return Arbitraries.of(words.stream().distinct().toList());
    }

    @Provide
    Arbitrary<String> langs() {
        return Arbitraries.of("en", "zh-CN");
    }

    private static Expectation cellOf(Element hit) {
        URI link = URI.create(hit.selectFirst("a").absUrl("href"));
        String skillId = link.getPath().substring(link.getPath().lastIndexOf('/') + 1);
        String[] levelRole = hit.attr("data-cell").split("-", 2);
        return CATALOG.skill(skillId)
                .flatMap(skill -> skill.expectation(CATALOG.level(levelRole[0]).orElseThrow(), levelRole[1]))
                .orElseThrow();
    }

    /** The snippet without the ellipses that mark where it was cut. */
    private static String core(String snippet) {
        String core = snippet.startsWith("…") ? snippet.substring(1) : snippet;
        return core.endsWith("…") ? core.substring(0, core.length() - 1) : core;
    }

    private static boolean contains(String text, String word) {
        return text.toLowerCase().contains(word);
    }

    private static Catalog bilingualSynthetic() {
        try {
            Path dir = Files.createTempDirectory("skillbot-snippets-");
            try {
                SyntheticCatalog.write(dir, new SyntheticCatalog.Spec(6, 3, 200, 11).bilingual());
                return new CatalogLoader().load(dir).catalog().orElseThrow();
            } finally {
                FileSystemUtils.deleteRecursively(dir);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
