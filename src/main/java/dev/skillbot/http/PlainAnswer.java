package dev.skillbot.http;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** A short plain-text answer to a request refused before any handler ran: a status and one line, no stack trace. */
public final class PlainAnswer {

    private PlainAnswer() {}

    public static void send(HttpServletResponse response, int status, String line) throws IOException {
        byte[] body = (line + "\n").getBytes(StandardCharsets.UTF_8);
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType("text/plain;charset=UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }

    /** 413; the connection is closed afterwards, so the rest of the body is never read. */
    public static void tooLarge(HttpServletResponse response, long limit) throws IOException {
        response.setHeader("Connection", "close");
        send(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "request body over " + limit + " bytes");
    }
}
