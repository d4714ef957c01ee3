package dev.skillbot.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/** A request as if it had been sent with another method. */
class RequestAs extends HttpServletRequestWrapper {

    private final String method;

    RequestAs(HttpServletRequest request, String method) {
        super(request);
        this.method = method;
    }

    @Override
    public String getMethod() {
        return method;
    }
}
