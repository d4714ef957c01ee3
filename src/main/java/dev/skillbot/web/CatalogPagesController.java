package dev.skillbot.web;

import dev.skillbot.catalog.Catalog;
import dev.skillbot.catalog.CurrentCatalog;
import dev.skillbot.catalog.Skill;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriUtils;

/**
 * The catalog's read-only pages on the application's port: {@code /}, {@code /skills/{id}} and
 * {@code /search}. A skill id is only ever a key into the current catalog; anything else is a
 * 404 page. The pages hold no personal data, so they are the same for everyone.
 */
@RestController
class CatalogPagesController {

    private final CurrentCatalog catalogs;
    private final PageRenderer renderer;
    private final SkillPages skillPages;
    private final PageBuilders pages;
    private final ProposalLines proposals;

    CatalogPagesController(
            CurrentCatalog catalogs, PageRenderer renderer, ContentText content, ProposalLines proposals) {
        this.catalogs = catalogs;
        this.renderer = renderer;
        this.skillPages = new SkillPages(content);
        this.pages = new PageBuilders(content);
        this.proposals = proposals;
    }

    @GetMapping("/")
    ResponseEntity<String> catalog(
            @RequestParam(required = false) String lang,
            @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String accept) {
        Catalog catalog = catalogs.current();
        Page page = page(catalog, lang, accept, "title.catalog", ServerLinks::atRoot, Map.of());
        return html(HttpStatus.OK, renderer.catalog(pages.catalog(catalog, page)));
    }

    @GetMapping("/skills/{id}")
    ResponseEntity<String> skill(
            @PathVariable String id,
            @RequestParam(required = false) String lang,
            @RequestParam(required = false) String level,
            @RequestParam(required = false) String role,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String accept,
            HttpServletRequest request) {
        Catalog catalog = catalogs.current();
        Optional<Skill> skill = catalog.skill(id);
        Optional<Skill> meant = skill.isEmpty() ? catalog.matcher().exact(id) : Optional.empty();
        if (meant.isPresent()) { // the chat ignores case and takes names and aliases: /skills/GitOps, /skills/gitops
            String query = request.getQueryString();
            return moved(UriUtils.encodePathSegment(meant.get().id(), StandardCharsets.UTF_8)
                    + (query == null ? "" : "?" + query));
        }
        if (skill.isEmpty()) {
            Page page = page(catalog, lang, accept, "title.notFound", ServerLinks::oneDown, Map.of());
            return html(
                    HttpStatus.NOT_FOUND,
                    renderer.notFound(
                            page,
                            page.t().get("notFound.skill", Echo.of(SkillPages.shorten(id))),
                            pages.closest(catalog, page, id)));
        }
        Map<String, String> shown = new LinkedHashMap<>();
        shown.put("level", level);
        shown.put("role", role);
        shown.put("from", from);
        shown.put("to", to);
        Page page = page(catalog, lang, accept, null, ServerLinks::oneDown, shown);
        Page titled = new Page(
                page.t(),
                page.links(),
                skillPages.title(skill.get(), page.t()),
                page.revision(),
                page.otherLanguageLink(),
                page.otherLanguage(),
                page.langParameter());
        SkillPage built = skillPages.build(
                catalog,
                skill.get(),
                titled,
                new SkillPages.Query(level, role, from, to),
                proposals.of(catalog, skill.get(), page.t()));
        return html(built.notice().isEmpty() ? HttpStatus.OK : HttpStatus.BAD_REQUEST, renderer.skill(built));
    }

    /**
     * A skill's or a file's address with a trailing slash, as readers and some tools write it: a redirect to the page
     * or file (relative, as the pages' links are; an unknown one then gets the 404 page), never a bare error page.
     */
    @GetMapping({"/skills/{id}/", "/assets/{id}/"})
    ResponseEntity<String> withoutTrailingSlash(@PathVariable String id, HttpServletRequest request) {
        String query = request.getQueryString();
        return moved(
                "../" + UriUtils.encodePathSegment(id, StandardCharsets.UTF_8) + (query == null ? "" : "?" + query));
    }

    /** {@code /skills} and {@code /skills/} list no skills of their own: the catalog does. */
    @GetMapping({"/skills", "/skills/"})
    ResponseEntity<String> skills(HttpServletRequest request) {
        String query = request.getQueryString();
        String root = request.getRequestURI().endsWith("/") ? "../" : "./";
        return moved(root + (query == null ? "" : "?" + query));
    }

    private static ResponseEntity<String> moved(String location) {
        return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
                .header(HttpHeaders.LOCATION, location)
                .build();
    }

    @GetMapping("/search")
    ResponseEntity<String> search(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String lang,
            @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String accept) {
        Catalog catalog = catalogs.current();
        Page page = page(catalog, lang, accept, "title.search", ServerLinks::atRoot, Collections.singletonMap("q", q));
        return html(HttpStatus.OK, renderer.search(pages.search(catalog, page, q), false));
    }

    /** The search page for a query that cannot be read, with status 400 ({@link UnreadableQueryAdvice}). */
    ResponseEntity<String> unreadableSearch(String lang, String accept) {
        Catalog catalog = catalogs.current();
        Page page = page(catalog, lang, accept, "title.search", ServerLinks::atRoot, Collections.emptyMap());
        return html(HttpStatus.BAD_REQUEST, renderer.search(pages.unreadableSearch(page), false));
    }

    /**
     * @param links  the links of the page, from where it sits, for the {@code ?lang=} it was asked with
     * @param shown  the query that says what the page shows (null values left out), kept by the other language's link
     */
    private Page page(
            Catalog catalog,
            String lang,
            String accept,
            String titleKey,
            Function<String, Links> links,
            Map<String, String> shown) {
        String chosen = PageLanguage.choose(lang, accept);
        Labels t = Labels.of(chosen);
        String asked = PageLanguage.asked(lang).orElse(null);
        String other = PageLanguage.supported().stream()
                .filter(tag -> !tag.equals(chosen))
                .findFirst()
                .orElse(chosen);
        return new Page(
                t,
                links.apply(asked),
                titleKey == null ? "" : t.get(titleKey),
                catalog.revision(),
                sameIn(shown, other),
                other,
                asked);
    }

    /** The same page in the other language (a query relative to the page): what a reader chose or searched for stays chosen. */
    private static String sameIn(Map<String, String> shown, String lang) {
        StringBuilder link = new StringBuilder("?");
        shown.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                link.append(name)
                        .append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8))
                        .append('&');
            }
        });
        return link.append("lang=").append(lang).toString();
    }

    static ResponseEntity<String> html(HttpStatusCode status, String body) {
        return ResponseEntity.status(status)
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                // revalidated on every use: a catalog reload changes a page without changing its address
                .cacheControl(CacheControl.noCache())
                .body(body);
    }
}
