package dev.skillbot.http;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.IntSupplier;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The actuator only on its own port, and only the actuator there: a request to {@code /actuator} on
 * the public port, or to anything else on the actuator's port, is answered 404 as if the path did
 * not exist, which is what the two separate servers answered. The port is the socket's own
 * ({@code getLocalPort}), which forwarded headers do not change, and the path the decoded one that
 * Spring MVC matches.
 */
final class ManagementPortFilter extends OncePerRequestFilter {

    private final IntSupplier managementPort;
    private final String actuatorPath;

    ManagementPortFilter(IntSupplier managementPort, String actuatorPath) {
        this.managementPort = managementPort;
        this.actuatorPath = actuatorPath;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean onManagementPort = request.getLocalPort() == managementPort.getAsInt();
        if (onManagementPort != isActuator(decodedPath(request))) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * The path as the servlet container decoded and normalised it (so {@code /%61ctuator} is {@code /actuator}); in
     * an include, such as the error page asking an address which methods it takes for a refused TRACE, the included
     * address's, which the request's own path (the error page's) is not.
     */
    private static String decodedPath(HttpServletRequest request) {
        boolean included = request.getDispatcherType() == DispatcherType.INCLUDE;
        Object servletPath =
                included ? request.getAttribute(RequestDispatcher.INCLUDE_SERVLET_PATH) : request.getServletPath();
        Object info = included ? request.getAttribute(RequestDispatcher.INCLUDE_PATH_INFO) : request.getPathInfo();
        return (servletPath instanceof String path ? path : "") + (info instanceof String more ? more : "");
    }

    private boolean isActuator(String path) {
        return path.equals(actuatorPath) || path.startsWith(actuatorPath + "/");
    }
}
