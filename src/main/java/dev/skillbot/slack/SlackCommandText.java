package dev.skillbot.slack;

import java.util.regex.Pattern;

/**
 * The text of {@code /skill} as Slack sends it with the manifest's {@code should_escape: true}: a
 * person typed as {@code @frank} arrives as {@code <@U123|frank>} (kept: {@code me share} reads the id
 * from it), a link as {@code <https://…|label>} (back to the address), and {@code & < >} as entities
 * (back to the characters the person typed).
 */
final class SlackCommandText {

    private static final Pattern LINK = Pattern.compile("<((?:https?|mailto):[^|>]*)(?:\\|[^>]*)?>");

    private SlackCommandText() {}

    static String of(String sent) {
        if (sent == null) {
            return "";
        }
        return entities(LINK.matcher(sent).replaceAll("$1"));
    }

    /** {@code & < >} back from the entities Slack writes them as, in a command's text as in a shared link's address. */
    static String entities(String sent) {
        return sent.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
}
