package dev.skillbot.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A parameter given twice on a page ({@code ?level=senior&level=lead}) counts with its first value, as
 * {@code getParameter} and the static site's search script ({@code URLSearchParams.get}) read it and as the error
 * pages read {@code lang}: Spring joined the values ("senior,lead") and the page named a level nobody asked for.
 */
final class FirstValueParameters extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(new FirstValues(request), response);
    }

    private static final class FirstValues extends HttpServletRequestWrapper {

        FirstValues(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = super.getParameterValues(name);
            return values == null || values.length <= 1 ? values : new String[] {values[0]};
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            Map<String, String[]> first = new LinkedHashMap<>();
            super.getParameterMap()
                    .forEach((name, values) -> first.put(name, values.length <= 1 ? values : new String[] {values[0]}));
            return first;
        }
    }
}
