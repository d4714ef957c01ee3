package dev.skillbot.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every error the application answers, on any path and for any method, gets the catalog's own page
 * ({@link ErrorPages}) instead of Spring's JSON or Whitelabel error, which named the framework and,
 * for {@code /error} asked for directly, answered 500.
 */
@RestController
class CatalogErrorController implements ErrorController {

    private final ErrorPages pages;

    CatalogErrorController(ErrorPages pages) {
        this.pages = pages;
    }

    /** Every method, OPTIONS too: Spring answered {@code OPTIONS /error} itself, 200 with every method in Allow. */
    @RequestMapping(
            value = "${server.error.path:/error}",
            method = {
                RequestMethod.GET,
                RequestMethod.HEAD,
                RequestMethod.POST,
                RequestMethod.PUT,
                RequestMethod.PATCH,
                RequestMethod.DELETE,
                RequestMethod.OPTIONS,
                RequestMethod.TRACE
            })
    ResponseEntity<String> error(HttpServletRequest request, HttpServletResponse response) {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String address = uri instanceof String original ? original : request.getRequestURI();
        int code = status instanceof Integer known ? known : 404;
        // the error dispatch is a GET: the refused request's method is this attribute
        if (code == 405 && "TRACE".equals(request.getAttribute(RequestDispatcher.ERROR_METHOD))) {
            code = refusedTrace(request, response, address);
        }
        ErrorPages.Answer answer = pages.answer(
                code, address, lang(request), request.getHeader(HttpHeaders.ACCEPT_LANGUAGE), request.getLocalPort());
        PageHeadersFilter.secure(response);
        if (answer.status() == 405 && response.getHeader(HttpHeaders.ALLOW) != null) {
            response.setHeader(HttpHeaders.ALLOW, withImplied(response.getHeader(HttpHeaders.ALLOW)));
        }
        return CatalogPagesController.html(HttpStatusCode.valueOf(answer.status()), answer.html());
    }

    /**
     * Tomcat refuses TRACE on every address (it would echo the request, cookies and all) before any servlet sees it,
     * naming in Allow every method the servlet class has code for, PUT and DELETE on the read-only pages. The
     * address's own methods are what OPTIONS there answers, and an address that has none is not found, as for any
     * other method it does not take.
     *
     * @return the status to answer with
     */
    private static int refusedTrace(HttpServletRequest request, HttpServletResponse response, String address) {
        String path = address.substring(Math.min(request.getContextPath().length(), address.length()));
        AddressMethods.Answer options =
                AddressMethods.of(request, response, path).orElse(new AddressMethods.Answer(404, null));
        if (options.status() >= 300 || options.allow() == null) {
            response.reset(); // Tomcat's Allow: what is not there takes no method
            return options.status() >= 400 ? options.status() : 404;
        }
        response.setHeader(HttpHeaders.ALLOW, options.allow());
        return 405;
    }

    /**
     * The methods a 405 names, with the HEAD and OPTIONS every GET address also answers (Spring named GET alone,
     * where {@code OPTIONS} on the same address says {@code GET,HEAD,OPTIONS}), and never TRACE.
     */
    static String withImplied(String allow) {
        Set<String> methods = new LinkedHashSet<>();
        for (String method : allow.split(",")) {
            if (!method.isBlank()) {
                methods.add(method.strip());
            }
        }
        methods.remove("TRACE"); // refused on every address, though a servlet's own OPTIONS names it
        if (methods.contains("GET")) {
            methods.add("HEAD");
            methods.add("OPTIONS");
        }
        return String.join(", ", methods);
    }

    /** The {@code ?lang=} of the failed request, also when the rest of its query could not be read. */
    private static String lang(HttpServletRequest request) {
        Object query = request.getAttribute(RequestDispatcher.ERROR_QUERY_STRING);
        return PageLanguage.fromQuery(query instanceof String original ? original : request.getQueryString());
    }
}
