package dev.skillbot.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * An ETag on every page (a hash of what was sent), so a reader's browser revalidates with {@code If-None-Match} and
 * gets 304 until the catalog, the language or the page changes. Spring's filter hashes GET only: a HEAD had no
 * ETag and answered 200 to {@code If-None-Match}. A HEAD is built as its GET here (Tomcat sends no body for a HEAD),
 * so it has the same headers and answers the same condition.
 */
final class PageEtagFilter extends ShallowEtagHeaderFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        super.doFilterInternal(
                "HEAD".equals(request.getMethod()) ? new RequestAs(request, "GET") : request, response, chain);
    }
}
