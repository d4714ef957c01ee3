package dev.skillbot.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.List;
import java.util.Map;

/**
 * Renders the page models with the templates of {@code src/main/jte}, compiled into the jar at build
 * time: the server and the static site render with the same templates, and every value is
 * HTML-escaped by JTE unless a template says otherwise (none does).
 */
public final class PageRenderer {

    private final TemplateEngine templates;

    PageRenderer(TemplateEngine templates) {
        this.templates = templates;
    }

    /** The templates compiled into the jar, without Spring (the static site, benchmarks). */
    public static PageRenderer precompiled() {
        return new PageRenderer(TemplateEngine.createPrecompiled(ContentType.Html));
    }

    public String skill(SkillPage page) {
        return render("skill.jte", Map.of("p", page));
    }

    public String catalog(CatalogPage page) {
        return render("catalog.jte", Map.of("p", page));
    }

    /** @param scripted whether the page loads the static site's search script (the server searches itself) */
    public String search(SearchPage page, boolean scripted) {
        return render("search.jte", Map.of("p", page, "scripted", scripted));
    }

    public String notFound(Page page, String message) {
        return notFound(page, message, List.of());
    }

    /** @param closest the skills to offer instead, "did you mean" */
    String notFound(Page page, String message, List<SearchPage.Hit> closest) {
        return render(
                "notfound.jte",
                Map.of(
                        "page",
                        page,
                        "heading",
                        page.t().get("notFound.heading"),
                        "message",
                        message,
                        "closest",
                        closest));
    }

    /** A page that says why a request got no page: not found, unreadable, failed. */
    String problem(Page page, String heading, String message) {
        return render("notfound.jte", Map.of("page", page, "heading", heading, "message", message));
    }

    /** The same, on the actuator's port: no link, form or stylesheet, none of which that port serves. */
    String portProblem(String lang, String heading, String message) {
        return render("portproblem.jte", Map.of("lang", lang, "heading", heading, "message", message));
    }

    private String render(String template, Map<String, Object> params) {
        StringOutput output = new StringOutput(16 * 1024);
        templates.render(template, params, output);
        return output.toString();
    }
}
