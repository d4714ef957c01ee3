package dev.skillbot.discord.fake;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;

/** One REST request the fake Discord received: method, path below {@code /api/v10/}, query and body. */
public record Recorded(String method, String path, String query, String body) {

    /** The JSON body; of a multipart body (a message with files), its {@code payload_json} part. */
    public DataObject json() {
        return DataObject.fromJson(multipart() ? part("payload_json") : body);
    }

    /** The attached file {@code name} of a multipart body, as text, or empty when there is none. */
    public Optional<String> file(String name) {
        if (!multipart()) {
            return Optional.empty();
        }
        return parts().filter(part -> part.contains("filename=\"" + name + "\""))
                .findFirst()
                .map(Recorded::content);
    }

    private boolean multipart() {
        return body.startsWith("--");
    }

    private String part(String name) {
        return parts().filter(part -> part.contains("name=\"" + name + "\""))
                .findFirst()
                .map(Recorded::content)
                .orElseThrow(() -> new AssertionError("no part " + name + " in " + body));
    }

    private Stream<String> parts() {
        String boundary = body.substring(0, body.indexOf("\r\n"));
        return Arrays.stream(body.split(Pattern.quote(boundary))).skip(1);
    }

    /** A part's content: after its headers' blank line, without the line end before the next boundary. */
    private static String content(String part) {
        String content = part.substring(part.indexOf("\r\n\r\n") + 4);
        return content.endsWith("\r\n") ? content.substring(0, content.length() - 2) : content;
    }

    public DataArray array() {
        return DataArray.fromJson(body);
    }

    public boolean is(String method, String pathPattern) {
        return this.method.equals(method) && path.matches(pathPattern);
    }

    /** For an interaction callback: the response type (4 reply, 5 deferred reply, 6 deferred edit, 7 edit, 8 choices). */
    public int callbackType() {
        return json().getInt("type");
    }

    /** For an interaction callback: its message data. */
    public DataObject data() {
        return json().getObject("data");
    }
}
