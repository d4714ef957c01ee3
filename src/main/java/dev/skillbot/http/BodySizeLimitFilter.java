package dev.skillbot.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request body over {@code limit} bytes with 413 before it is read into memory: a
 * declared Content-Length at once, a chunked body as soon as its reader passes the limit (the
 * reader gets a {@link BodyTooLargeException}; if it lets it through, the answer is 413 here).
 */
final class BodySizeLimitFilter extends OncePerRequestFilter {

    private final long limit;

    BodySizeLimitFilter(long limit) {
        this.limit = limit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > limit) {
            PlainAnswer.tooLarge(response, limit);
            return;
        }
        try {
            chain.doFilter(new LimitedBodyRequest(request, limit), response);
        } catch (BodyTooLargeException e) {
            if (!response.isCommitted()) {
                PlainAnswer.tooLarge(response, limit);
            }
        }
    }
}
