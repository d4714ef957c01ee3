package dev.skillbot.web;

import dev.skillbot.catalog.Catalog;
import dev.skillbot.catalog.Skill;
import java.util.List;

/** Renders pages the way the server does, without a server, for tests and benchmarks. */
public final class Pages {

    private final PageRenderer renderer = PageRenderer.precompiled();
    private final Catalog catalog;
    private final OpenProposals proposals;

    public Pages(Catalog catalog) {
        this(catalog, (skillId, limit) -> List.of());
    }

    Pages(Catalog catalog, OpenProposals proposals) {
        this.catalog = catalog;
        this.proposals = proposals;
    }

    /** A page under {@code /skills/}, as a skill page is. */
    public static Page page(Catalog catalog, String lang) {
        return page(catalog, lang, ServerLinks.oneDown(null));
    }

    private static Page page(Catalog catalog, String lang, Links links) {
        return new Page(Labels.of(lang), links, "Test", catalog.revision(), "?lang=zh-CN", "zh-CN", null);
    }

    public String skill(String id, String lang, String level, String role, String from, String to) {
        Skill skill = catalog.skill(id).orElseThrow();
        SkillPages pages = new SkillPages(ContentText.IN_PAGE_LANGUAGE);
        Labels t = Labels.of(lang);
        Page page = new Page(
                t, ServerLinks.oneDown(null), pages.title(skill, t), catalog.revision(), "?lang=zh-CN", "zh-CN", null);
        return renderer.skill(pages.build(
                catalog,
                skill,
                page,
                new SkillPages.Query(level, role, from, to),
                new ProposalLines(proposals, ContentText.IN_PAGE_LANGUAGE).of(catalog, skill, page.t())));
    }

    public String catalog(String lang) {
        return renderer.catalog(new PageBuilders(ContentText.IN_PAGE_LANGUAGE)
                .catalog(catalog, page(catalog, lang, ServerLinks.atRoot(null))));
    }

    public String search(String query, String lang) {
        return renderer.search(
                new PageBuilders(ContentText.IN_PAGE_LANGUAGE)
                        .search(catalog, page(catalog, lang, ServerLinks.atRoot(null)), query),
                false);
    }

    public String notFound(String lang) {
        Page page = page(catalog, lang);
        return renderer.notFound(page, page.t().get("notFound.page"));
    }
}
