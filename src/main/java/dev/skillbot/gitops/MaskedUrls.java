package dev.skillbot.gitops;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hides the credentials that URLs carry ({@code https://user:token@host/…}, {@code https://token@host/…})
 * in any text: a configured URL, a log line, a Git error message (JGit quotes the URL it failed on).
 */
public final class MaskedUrls {

    public static final String MASK = "***";
    private static final Pattern USER_INFO = Pattern.compile("\\b([A-Za-z][A-Za-z0-9+.-]*)://([^/?#@\\s]+)@");

    private MaskedUrls() {}

    /**
     * {@code text} with every URL's password masked, and a user name alone masked too unless the URL is
     * SSH, where it is the account ({@code ssh://git@host}), not a secret: over HTTPS it is often the token.
     */
    public static String in(String text) {
        if (text == null || text.indexOf('@') < 0) {
            return text;
        }
        Matcher matcher = USER_INFO.matcher(text);
        return matcher.replaceAll(match ->
                Matcher.quoteReplacement(match.group(1) + "://" + masked(match.group(1), match.group(2)) + "@"));
    }

    private static String masked(String scheme, String userInfo) {
        int colon = userInfo.indexOf(':');
        if (colon >= 0) {
            return userInfo.substring(0, colon) + ":" + MASK;
        }
        return scheme.toLowerCase(Locale.ROOT).contains("ssh") ? userInfo : MASK;
    }
}
