package dev.skillbot.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Security headers of the web pages: a Content-Security-Policy that allows no script at all (the
 * served pages need none) and styles only from the site, no framing, no MIME sniffing, no referrer
 * leaving the site.
 */
final class PageHeadersFilter extends OncePerRequestFilter {

    static final String POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; script-src 'none'; "
            + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        secure(response);
        chain.doFilter(request, response);
    }

    static void secure(HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "DENY");
    }
}
