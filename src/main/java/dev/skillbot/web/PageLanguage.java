package dev.skillbot.web;

import dev.skillbot.i18n.Messages;
import dev.skillbot.i18n.ReaderLanguage;
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

    static List<String> supported() {
        return Messages.SUPPORTED;
    }
}
