package dev.skillbot.card;

import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A person or a channel named in a card's text, which each platform draws as it draws a user or a
 * channel (Slack {@code <@U123>}, Discord {@code <@123>} with no one pinged), never as raw text a
 * user could have typed. The text holds {@link #PLACEHOLDER} where each mention goes, in order; the
 * mentions themselves are carried beside the text ({@link Section#mentions()}).
 */
public record Mention(String id, boolean channel) {

    /** U+FFFC OBJECT REPLACEMENT CHARACTER: stands for the next mention in a section's text. */
    public static final char PLACEHOLDER = '\uFFFC';

    /**
     * A mention as a user types it: Slack's {@code <@U1>}, {@code <!here>}, {@code <#C1|x>}, Discord's {@code <@1>},
     * {@code <@!1>}, {@code <@&1>}, {@code <#1>}, and {@code @name} ({@code @everyone}).
     */
    private static final Pattern TYPED = Pattern.compile("<[@#!][^<>\\s]*>|@[\\p{L}\\p{N}][\\p{L}\\p{N}_.-]*");

    /** What an answer shows for a mention a user typed, which it never repeats: it names no one. */
    public static final String UNSAID = "@…";

    public static Mention user(String id) {
        return new Mention(id, false);
    }

    /** Whether a word a user typed (without the quotes around it) is a mention. */
    public static boolean isTyped(String word) {
        return TYPED.matcher(word).matches();
    }

    /** The user's words with each mention typed among them shown as {@link #UNSAID}, for an answer that repeats them. */
    public static String unsaid(String words) {
        return TYPED.matcher(words).replaceAll(UNSAID);
    }

    /** Text a user wrote, made safe to put beside mentions: a placeholder in it is only a replacement mark. */
    public static String literal(String userText) {
        return userText.replace(PLACEHOLDER, '\uFFFD');
    }

    /**
     * The text, already escaped for its platform, with each placeholder replaced by the next mention as
     * {@code form} draws it; a placeholder past the last mention is dropped.
     */
    public static String fill(String escaped, List<Mention> mentions, Function<Mention, String> form) {
        if (escaped.indexOf(PLACEHOLDER) < 0) {
            return escaped;
        }
        Iterator<Mention> next = mentions.iterator();
        StringBuilder out = new StringBuilder(escaped.length() + 16 * mentions.size());
        for (int i = 0; i < escaped.length(); i++) {
            char c = escaped.charAt(i);
            if (c != PLACEHOLDER) {
                out.append(c);
            } else if (next.hasNext()) {
                out.append(form.apply(next.next()));
            }
        }
        return out.toString();
    }
}
