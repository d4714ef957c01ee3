package dev.skillbot.web;

import dev.skillbot.catalog.Catalog;
import dev.skillbot.catalog.CatalogSearch;
import dev.skillbot.catalog.Domain;
import dev.skillbot.catalog.Level;
import dev.skillbot.catalog.Role;
import dev.skillbot.catalog.Skill;
import dev.skillbot.command.SearchReading;
import dev.skillbot.command.SkillLinks;
import dev.skillbot.i18n.MessageKey;
import java.util.List;
import java.util.Optional;

/** The catalog and search pages, from the same catalog, matcher and search the chat uses. */
final class PageBuilders {

    static final int SEARCH_LIMIT = 50;
    static final int MAX_QUERY = 200;

    private final ContentText content;

    PageBuilders(ContentText content) {
        this.content = content;
    }

    CatalogPage catalog(Catalog catalog, Page page) {
        Labels t = page.t();
        List<CatalogPage.DomainSkills> domains = catalog.domains().stream()
                .map(domain -> domain(catalog, domain, t))
                .filter(domain -> !domain.skills().isEmpty())
                .toList();
        return new CatalogPage(
                page, t.chat(MessageKey.LIST_COUNT, catalog.skills().size(), domains.size()), domains);
    }

    private CatalogPage.DomainSkills domain(Catalog catalog, Domain domain, Labels t) {
        List<CatalogPage.Entry> skills = catalog.skills().stream()
                .filter(skill -> skill.domainId().equals(domain.id()))
                .map(skill -> new CatalogPage.Entry(
                        skill.id(), content.name(skill, t.lang()), content.group(skill, t.lang())))
                .toList();
        return new CatalogPage.DomainSkills(
                domain.id(), domain.name(t.lang()), t.get("catalog.skillCount", skills.size()), skills);
    }

    /**
     * A search whose address cannot be read as text (invalid UTF-8 such as {@code %ED%A0%80}, a broken {@code %}
     * escape): an empty search box and a sentence saying so, as the static site's script shows it too.
     */
    SearchPage unreadableSearch(Page page) {
        return withoutResults(page, page.t().get("search.unreadable"));
    }

    private static SearchPage withoutResults(Page page, String summary) {
        return new SearchPage(
                page,
                "",
                page.t().get("search.heading"),
                Optional.empty(),
                List.of(),
                List.of(),
                List.of(),
                "",
                List.of(),
                summary);
    }

    SearchPage search(Catalog catalog, Page page, String rawQuery) {
        Labels t = page.t();
        String query = rawQuery == null ? "" : QueryText.of(rawQuery).strip();
        if (query.isEmpty()) {
            return withoutResults(page, t.get("search.empty"));
        }
        if (query.length() > MAX_QUERY) {
            return withoutResults(page, t.get("search.tooLong", query.length(), MAX_QUERY));
        }
        SearchReading reading = SearchReading.of(query, catalog);
        Optional<SearchPage.Hit> named = reading.named().size() == 1
                ? Optional.of(namedHit(reading.named().get(0), reading, catalog, page))
                : Optional.empty();
        List<SearchPage.Hit> several = reading.named().size() > 1
                ? reading.named().stream()
                        .map(skill -> namedHit(skill, reading, catalog, page))
                        .toList()
                : List.of();
        CatalogSearch.Result result = reading.hits(catalog, SEARCH_LIMIT, page.lang());
        List<SearchPage.Hit> hits =
                result.hits().stream().map(hit -> hit(catalog, hit, page)).toList();
        // a query that names a skill is answered by it, even when no text mentions the words (a typo, an alias)
        String summary = result.total() == 0
                ? reading.named().isEmpty() ? t.chat(reading.nothingFound(), Echo.of(reading.unmatched(query))) : ""
                : result.total() > hits.size() ? t.chat(MessageKey.SEARCH_MORE, result.total() - hits.size()) : "";
        return new SearchPage(
                page,
                query,
                t.chat(MessageKey.SEARCH_TITLE, Echo.of(query)),
                named,
                several,
                skillHits(reading.alternatives(), page),
                skillHits(reading.candidates(), page),
                reading.filter().isNone() ? "" : t.chat(MessageKey.SEARCH_FILTERED, reading.filterLabel(page.lang())),
                hits,
                summary);
    }

    /**
     * A skill the words name, linked to the level (and role) they name, if any, or to the comparison of the two
     * levels they name. The static site has a comparison of neighbouring levels only: for two others the link goes
     * to the lower level's row, from where the matrix shows both.
     */
    private SearchPage.Hit namedHit(Skill skill, SearchReading reading, Catalog catalog, Page page) {
        Optional<Role> role = reading.roleOf(skill);
        Optional<String> roleId = role.map(Role::id);
        String lang = page.lang();
        String roleName = role.map(r -> " · " + r.name(lang)).orElse("");
        if (reading.level().isEmpty()) {
            return role.map(r -> new SearchPage.Hit(
                            page.links()
                                    .skill(
                                            skill.id(),
                                            r.id(),
                                            catalog.levels().get(0).id()),
                            content.name(skill, lang),
                            r.name(lang),
                            content.summary(skill, lang),
                            ""))
                    .orElseGet(() -> skillHit(skill, page));
        }
        Level level = reading.level().get();
        String link = page.links().level(skill.id(), level.id(), roleId);
        String where = level.name(lang);
        if (reading.compared().isPresent()) {
            Level from = reading.compared().get().get(0);
            Level to = reading.compared().get().get(1);
            boolean written = page.links().dynamic()
                    || catalog.next(from).filter(to::equals).isPresent();
            link = written
                    ? page.links().compare(skill.id(), from.id(), to.id(), roleId)
                    : page.links().level(skill.id(), from.id(), roleId);
            where = from.name(lang) + " → " + to.name(lang);
        }
        return new SearchPage.Hit(link, content.name(skill, lang), where + roleName, content.summary(skill, lang), "");
    }

    /**
     * The skills an address that names none comes closest to, for its 404 page: the skills its words name, else the
     * search page's "did you mean" candidates.
     */
    List<SearchPage.Hit> closest(Catalog catalog, Page page, String words) {
        if (words.length() > MAX_QUERY) {
            return List.of();
        }
        SearchReading reading = SearchReading.of(words, catalog);
        return skillHits(reading.named().isEmpty() ? reading.candidates() : reading.named(), page);
    }

    private List<SearchPage.Hit> skillHits(List<Skill> skills, Page page) {
        return skills.stream().map(skill -> skillHit(skill, page)).toList();
    }

    private SearchPage.Hit skillHit(Skill skill, Page page) {
        return new SearchPage.Hit(
                page.links().skill(skill.id()),
                content.name(skill, page.lang()),
                "",
                content.summary(skill, page.lang()),
                "");
    }

    private SearchPage.Hit hit(Catalog catalog, CatalogSearch.Hit hit, Page page) {
        Skill skill = hit.skill();
        String lang = page.lang();
        if (!hit.isCell()) {
            return new SearchPage.Hit(
                    page.links().skill(skill.id()),
                    content.name(skill, lang),
                    page.t().chat(MessageKey.SEARCH_SKILL_HIT),
                    content.summary(skill, lang),
                    "");
        }
        String role = catalog.role(hit.roleId()).map(r -> r.name(lang)).orElse(hit.roleId());
        return new SearchPage.Hit(
                page.links().level(skill.id(), hit.level().id(), Optional.of(hit.roleId())),
                content.name(skill, lang),
                hit.level().name(lang) + " · " + role,
                new ContentText.Text(hit.snippet(), hit.snippetLocale()),
                SkillLinks.cellAnchor(hit.level().id(), hit.roleId()));
    }
}
