package dev.skillbot.web;

import dev.skillbot.catalog.CurrentCatalog;
import java.util.Optional;
import java.util.function.IntPredicate;

/**
 * The catalog's own page for a request it cannot answer, whatever the address looked like: a 404 for
 * a page that is not there (and for {@code /error} asked for directly), a 400 for an address or query
 * the server cannot read, a 405 for a method the address does not take, a 5xx when something failed. It tells no more than that (no exception, no
 * stack trace, no server version), and its links lead back from wherever the odd address sits.
 */
final class ErrorPages {

    /** The status to send and the page. */
    record Answer(int status, String html) {}

    private final PageRenderer renderer;
    private final CurrentCatalog catalogs;
    private final IntPredicate managementPort;

    /** @param managementPort whether a local port is the actuator's, which serves no catalog page to link to */
    ErrorPages(PageRenderer renderer, CurrentCatalog catalogs, IntPredicate managementPort) {
        this.renderer = renderer;
        this.catalogs = catalogs;
        this.managementPort = managementPort;
    }

    /**
     * @param status     the status the request ended with (anything below 400 when {@code /error} is asked for itself)
     * @param requestUri the address as it was sent, which the page's relative links start from
     * @param lang       the {@code ?lang=} when it could be read, else null
     * @param localPort  the port the request came in on: the actuator's gets a page without the catalog's links,
     *                   search and stylesheet, which that port does not serve
     */
    Answer answer(int status, String requestUri, String lang, String acceptLanguage, int localPort) {
        int sent = status < 400 ? 404 : status;
        String chosen = PageLanguage.choose(lang, acceptLanguage);
        Labels t = Labels.of(chosen);
        String kind = kind(sent);
        if (managementPort.test(localPort)) {
            String heading = t.get(kind + ".heading");
            return new Answer(sent, renderer.portProblem(chosen, heading, t.get("management." + kind)));
        }
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

    /**
     * Which page a status gets: a method the address does not take has its own; Tomcat's 501 (a transfer coding
     * it does not know) and 505 (an HTTP version it does not speak) are the client's request, not a failure to retry.
     */
    private static String kind(int status) {
        return switch (status) {
            case 404 -> "notFound";
            case 405 -> "methodNotAllowed";
            case 501, 505 -> "badRequest";
            default -> status < 500 ? "badRequest" : "error";
        };
    }

    private String revision() {
        try {
            return Optional.ofNullable(catalogs.current().revision()).orElse("");
        } catch (RuntimeException noCatalogYet) {
            return "";
        }
    }
}
