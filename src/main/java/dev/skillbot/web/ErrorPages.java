package dev.skillbot.web;

import dev.skillbot.catalog.CurrentCatalog;
import java.util.Optional;

/**
 * The catalog's own page for a request it cannot answer, whatever the address looked like: a 404 for
 * a page that is not there (and for {@code /error} asked for directly), a 400 for an address or query
 * the server cannot read, a 5xx when something failed. It tells no more than that (no exception, no
 * stack trace, no server version), and its links lead back from wherever the odd address sits.
 */
final class ErrorPages {

    /** The status to send and the page. */
    record Answer(int status, String html) {}

    private final PageRenderer renderer;
    private final CurrentCatalog catalogs;

    ErrorPages(PageRenderer renderer, CurrentCatalog catalogs) {
        this.renderer = renderer;
        this.catalogs = catalogs;
    }

    /**
     * @param status     the status the request ended with (anything below 400 when {@code /error} is asked for itself)
     * @param requestUri the address as it was sent, which the page's relative links start from
     * @param lang       the {@code ?lang=} when it could be read, else null
     */
    Answer answer(int status, String requestUri, String lang, String acceptLanguage) {
        int sent = status < 400 ? 404 : status;
        String chosen = PageLanguage.choose(lang, acceptLanguage);
        Labels t = Labels.of(chosen);
        String kind = sent == 404 ? "notFound" : sent < 500 ? "badRequest" : "error";
        Page page = new Page(
                t,
                ServerLinks.under(requestUri, PageLanguage.asked(lang).orElse(null)),
                t.get("title." + kind),
                revision(),
                null,
                null,
                PageLanguage.asked(lang).orElse(null));
        return new Answer(sent, renderer.problem(page, t.get(kind + ".heading"), t.get(kind + ".page")));
    }

    private String revision() {
        try {
            return Optional.ofNullable(catalogs.current().revision()).orElse("");
        } catch (RuntimeException noCatalogYet) {
            return "";
        }
    }
}
