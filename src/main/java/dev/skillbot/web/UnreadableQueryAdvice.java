package dev.skillbot.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A page's query that cannot be decoded ({@code ?level=%}, {@code ?lang=%ff}) is the catalog's 400 page, in the
 * language a readable {@code lang} in it asks for; the search page's is the search page saying its words could not be
 * read.
 * Tomcat throws when a parameter is first read; uncaught, that was logged as a servlet failure with
 * its stack trace for every such request.
 */
@RestControllerAdvice(assignableTypes = CatalogPagesController.class)
class UnreadableQueryAdvice {

    /** The search page says so on itself, with its search box, as the static site's search does. */
    private static final String SEARCH = "/search";

    private final ErrorPages pages;
    private final CatalogPagesController controller;

    UnreadableQueryAdvice(ErrorPages pages, CatalogPagesController controller) {
        this.pages = pages;
        this.controller = controller;
    }

    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<String> unreadable(HttpServletRequest request, HttpServletResponse response) {
        if (SEARCH.equals(request.getServletPath())) {
            PageHeadersFilter.secure(response);
            return controller.unreadableSearch(
                    PageLanguage.fromQuery(request.getQueryString()), request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        }
        ErrorPages.Answer answer = pages.answer(
                400,
                request.getRequestURI(),
                PageLanguage.fromQuery(request.getQueryString()),
                request.getHeader(HttpHeaders.ACCEPT_LANGUAGE),
                request.getLocalPort());
        PageHeadersFilter.secure(response);
        return CatalogPagesController.html(HttpStatusCode.valueOf(answer.status()), answer.html());
    }
}
