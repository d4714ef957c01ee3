package dev.skillbot.slack;

import com.slack.api.bolt.jakarta_servlet.ServletAdapterOps;
import com.slack.api.bolt.response.Response;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A Bolt response, equal to {@code Response.json(200, json)} in every field, that also carries the
 * JSON's UTF-8 bytes encoded once ({@link EncodedJson}). {@link #write} sends what Bolt's servlet
 * adapter sends (status, headers, content type, body), but as those bytes with their length instead of
 * through the servlet's writer, which copied and encoded the 4.4 KB of a card on every request.
 */
final class EncodedJsonResponse extends Response {

    private final transient EncodedJson json;

    EncodedJsonResponse(EncodedJson json) {
        super(200, CONTENT_TYPE_APPLICATION_JSON_UTF8, new HashMap<>(), json.text());
        this.json = json;
    }

    /**
     * Writes {@code response} as {@link ServletAdapterOps#writeResponse} does. The kept bytes are used
     * only while the body and content type are still the ones they were encoded for, so a middleware
     * that changed either gets Bolt's own writing.
     */
    static void write(HttpServletResponse servlet, Response response) throws IOException {
        if (!(response instanceof EncodedJsonResponse encoded)
                || encoded.getBody() != encoded.json.text()
                || !CONTENT_TYPE_APPLICATION_JSON_UTF8.equals(encoded.getContentType())) {
            ServletAdapterOps.writeResponse(servlet, response);
            return;
        }
        servlet.setStatus(encoded.getStatusCode());
        for (Map.Entry<String, List<String>> header : encoded.getHeaders().entrySet()) {
            for (String value : header.getValue()) {
                servlet.addHeader(header.getKey(), value);
            }
        }
        servlet.setHeader("Content-Type", encoded.getContentType());
        byte[] utf8 = encoded.json.utf8();
        servlet.setContentLength(utf8.length);
        servlet.getOutputStream().write(utf8);
    }
}
