package dev.skillbot.http;

import jakarta.servlet.FilterChain;
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

    /** The path as the servlet container decoded and normalised it (so {@code /%61ctuator} is {@code /actuator}). */
    private static String decodedPath(HttpServletRequest request) {
        String info = request.getPathInfo();
        return info == null ? request.getServletPath() : request.getServletPath() + info;
    }

    private boolean isActuator(String path) {
        return path.equals(actuatorPath) || path.startsWith(actuatorPath + "/");
    }
}
