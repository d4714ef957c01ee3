package dev.skillbot.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillbot.catalog.Catalog;
import dev.skillbot.testing.FixtureCatalog;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** The controller's own work on the pages, without a server: titles and the link to the other language. */
class CatalogPagesControllerTest {

    private static final Catalog BILINGUAL = FixtureCatalog.bilingual("rev");

    private final CatalogPagesController controller = new CatalogPagesController(
            () -> BILINGUAL,
            PageRenderer.precompiled(),
            ContentText.IN_PAGE_LANGUAGE,
            new ProposalLines((skillId, limit) -> List.of(), ContentText.IN_PAGE_LANGUAGE));

    @Test
    void aSkillPagesTitleNamesTheSkillInThePagesLanguageAsItsHeadingDoes() {
        Document chinese = skill(FixtureCatalog.GITOPS, "zh-CN", null, null, null, null);
        assertThat(chinese.title()).isEqualTo("GitOps 实践 · 技能目录");
        assertThat(chinese.title()).startsWith(chinese.selectFirst("h1").text());
        Document english = skill(FixtureCatalog.GITOPS, "en", null, null, null, null);
        assertThat(english.title()).startsWith("GitOps Practices · ");
    }

    @Test
    void theOtherLanguagesLinkShowsTheSameSearchLevelOrComparison() {
        String hostile = "git ops & <b>&lang=en #x";
        Document search = Jsoup.parse(controller.search(hostile, null, null).getBody());
        String link = search.selectFirst("a.language").attr("href");
        assertThat(link).startsWith("?q=").endsWith("&lang=zh-CN");
        assertThat(query(link, "q")).isEqualTo(hostile);

        Document compare = skill(FixtureCatalog.GITOPS, "zh-CN", null, "sre", "junior", "senior");
        String english = compare.selectFirst("a.language").attr("href");
        assertThat(english).isEqualTo("?role=sre&from=junior&to=senior&lang=en");
        Document followed = skill(
                FixtureCatalog.GITOPS,
                "en",
                null,
                query(english, "role"),
                query(english, "from"),
                query(english, "to"));
        assertThat(followed.select("#compare .change")).hasSize(1);

        assertThat(skill(FixtureCatalog.GITOPS, null, "senior", null, null, null)
                        .selectFirst("a.language")
                        .attr("href"))
                .isEqualTo("?level=senior&lang=zh-CN");
    }

    @Test
    void aLangParameterNamingNoSupportedLanguageLeavesTheChoiceToTheBrowser() {
        Document page = Jsoup.parse(controller.catalog("fr", "zh-CN,zh;q=0.9").getBody());
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("zh-CN");
        assertThat(page.select(".skills a").eachAttr("href"))
                .allSatisfy(link -> assertThat(link).doesNotContain("lang="));
        assertThat(Jsoup.parse(controller.catalog("zh", "en").getBody())
                        .selectFirst("html")
                        .attr("lang"))
                .isEqualTo("zh-CN");
        assertThat(Jsoup.parse(controller.catalog("", "zh-CN").getBody())
                        .selectFirst("html")
                        .attr("lang"))
                .isEqualTo("zh-CN");
    }

    /** One parameter of a link's query, decoded as a server decodes it. */
    private static String query(String link, String name) {
        for (String pair : URI.create(link).getRawQuery().split("&")) {
            String[] parts = pair.split("=", 2);
            if (parts[0].equals(name)) {
                return URLDecoder.decode(parts[1], StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private Document skill(String id, String lang, String level, String role, String from, String to) {
        return Jsoup.parse(controller
                .skill(id, lang, level, role, from, to, null, new MockHttpServletRequest())
                .getBody());
    }
}
