package dev.skillbot.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillbot.catalog.Catalog;
import dev.skillbot.testing.FixtureCatalog;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

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

    private Document skill(String id, String lang, String level, String role, String from, String to) {
        return Jsoup.parse(
                controller.skill(id, lang, level, role, from, to, null).getBody());
    }
}
