package dev.skillbot.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;

/**
 * An address with a path parameter ({@code /skills/x;x=1}, {@code /search;jsessionid=1}) is not found, on either
 * port: Tomcat strips a {@code ;} segment parameter before the application sees the path, so such an address served
 * the page of the address without it ({@code /skills/x}), and a permalink had any number of spellings, while
 * {@code /;x=1} or {@code /skills/x/;x=1} were the 404 page. The application takes no path parameter (it keeps no
 * session), so none is one of its addresses; an encoded {@code %3B} is a character of the address, not a parameter.
 */
final class PathParameterValve extends ValveBase {

    PathParameterValve() {
        super(true);
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        String sent = request.getRequestURI();
        if (sent != null && sent.indexOf(';') >= 0) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        getNext().invoke(request, response);
    }
}
