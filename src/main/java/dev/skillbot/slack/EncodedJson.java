package dev.skillbot.slack;

import java.nio.charset.StandardCharsets;

/**
 * A JSON answer with its UTF-8 bytes, encoded once when its card is drawn: an answer served from the
 * cache is then written as those bytes ({@link EncodedJsonResponse}) instead of being encoded again
 * through the servlet's writer on every request.
 */
final class EncodedJson {

    private final String text;
    private final byte[] utf8;

    private EncodedJson(String text) {
        this.text = text;
        this.utf8 = text.getBytes(StandardCharsets.UTF_8);
    }

    static EncodedJson of(String json) {
        return new EncodedJson(json);
    }

    String text() {
        return text;
    }

    /** The bytes themselves, not a copy: only {@link EncodedJsonResponse} writes them, and never changes them. */
    byte[] utf8() {
        return utf8;
    }

    /** About the bytes it holds: the text (one byte a character when it is ASCII, as card JSON is) and its UTF-8. */
    int weight() {
        return text.length() + utf8.length;
    }

    /** A new Bolt response, {@code 200} with this JSON, as {@code Response.json(200, text())} builds it. */
    EncodedJsonResponse response() {
        return new EncodedJsonResponse(this);
    }
}
