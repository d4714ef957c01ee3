package dev.skillbot.gitops;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;

/**
 * Whether a push webhook's body is well formed: one JSON object, sent as {@code application/json}
 * or, GitHub's default, as the {@code payload} field of a form. Read as a stream of tokens, nothing
 * kept, so that a body of up to GitHub's 25 MB is never held in memory; the whole stream is read
 * in any case, for the signature computed over it.
 */
final class PushPayload {

    private static final JsonFactory JSON =
            JsonFactory.builder().disable(StreamReadFeature.AUTO_CLOSE_SOURCE).build();
    private static final byte[] FORM_FIELD = "payload=".getBytes(StandardCharsets.US_ASCII);

    private PushPayload() {}

    /** Reads {@code body} to its end; an {@link IOException} of the stream itself (too large, cut) is thrown. */
    static boolean wellFormed(InputStream body, String contentType) throws IOException {
        String type =
                contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        boolean wellFormed = switch (type) {
            case "application/json" -> oneObject(body);
            case "application/x-www-form-urlencoded" ->
                Arrays.equals(body.readNBytes(FORM_FIELD.length), FORM_FIELD) && oneObject(new FormValueStream(body));
            default -> false;
        };
        body.transferTo(OutputStream.nullOutputStream());
        return wellFormed;
    }

    private static boolean oneObject(InputStream in) throws IOException {
        try (JsonParser parser = JSON.createParser(ObjectReadContext.empty(), in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            parser.skipChildren(); // skips string values without reading them into memory
            return parser.nextToken() == null;
        } catch (JacksonIOException e) {
            throw e.getCause();
        } catch (JacksonException | MalformedFormException e) {
            return false;
        }
    }

    private static final class MalformedFormException extends RuntimeException {
        MalformedFormException() {
            super("malformed percent-encoding", null, false, false);
        }
    }

    /** A form field's value, percent-decoded, up to the next {@code &}. */
    private static final class FormValueStream extends InputStream {

        private final InputStream in;
        private boolean ended;

        FormValueStream(InputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            int c = ended ? -1 : in.read();
            if (c == '&' || c < 0) {
                ended = true;
                return -1;
            }
            if (c == '+') {
                return ' ';
            }
            return c == '%' ? (hex(in.read()) << 4) | hex(in.read()) : c;
        }

        private static int hex(int c) {
            int digit = Character.digit(c, 16);
            if (c < 0 || digit < 0) {
                throw new MalformedFormException();
            }
            return digit;
        }
    }
}
