package dev.skillbot.web;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

/**
 * The catalog's error page for what Tomcat refuses before the application sees it (an encoded slash or
 * backslash, a broken {@code %} escape, invalid UTF-8 in the path): without it Tomcat answered those
 * with its own "HTTP Status 400" page. Errors the application answers go to {@link CatalogErrorController}.
 */
final class CatalogErrorValve extends ErrorReportValve {

    private final ErrorPages pages;

    CatalogErrorValve(ErrorPages pages) {
        this.pages = pages;
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean();
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        ErrorPages.Answer answer = pages.answer(
                status,
                request.getRequestURI(),
                PageLanguage.fromQuery(request.getQueryString()),
                request.getHeader("Accept-Language"),
                request.getLocalPort());
        try {
            response.setContentType("text/html;charset=UTF-8");
            PageHeadersFilter.secure(response);
            // in the reader's language, as every page: a cache must not hand one reader's language to another
            response.setHeader("Vary", "Accept-Language");
            response.setHeader("Cache-Control", "no-cache");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(answer.html());
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client went away, or the response was already on its way: nothing more can be said
        }
    }
}
