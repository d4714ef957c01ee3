package dev.skillbot.web;

import dev.skillbot.i18n.Messages;
import dev.skillbot.i18n.ReaderLanguage;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The language a page is shown in: {@code ?lang=} when it names a supported one, then the
 * browser's {@code Accept-Language} preferences (RFC 4647 lookup, as the chat reads a platform's tag), then English.
 */
final class PageLanguage {

    private PageLanguage() {}

    static String choose(String langParameter, String acceptLanguage) {
        Optional<String> asked = asked(langParameter);
        if (asked.isPresent()) {
            return asked.get();
        }
        return ReaderLanguage.negotiate(acceptLanguage).orElse(Labels.DEFAULT);
    }

    /** The supported language {@code ?lang=} names, if it names one ({@code ?lang=fr} does not). */
    static Optional<String> asked(String langParameter) {
        return langParameter == null || langParameter.isBlank()
                ? Optional.empty()
                : ReaderLanguage.supported(langParameter);
    }

    /**
     * The first {@code lang} of a raw query string, however broken the rest of it is (an error page for
     * {@code ?q=%ZZ&lang=zh-CN} is still Chinese), or null; a value that does not decode counts as none.
     */
    static String fromQuery(String queryString) {
        if (queryString == null) {
            return null;
        }
        for (String pair : queryString.split("&")) {
            if (pair.startsWith("lang=")) {
                try {
                    return URLDecoder.decode(pair.substring("lang=".length()), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException unreadable) {
                    return null;
                }
            }
        }
        return null;
    }

    static List<String> supported() {
        return Messages.SUPPORTED;
    }
}
