package dev.skillbot.web;

import dev.skillbot.i18n.Messages;
import java.util.List;
import java.util.Locale;

/**
 * The language a page is shown in: {@code ?lang=} when it names a supported one, then the
 * browser's {@code Accept-Language} preferences, then English.
 */
final class PageLanguage {

    private PageLanguage() {}

    static String choose(String langParameter, String acceptLanguage) {
        if (langParameter != null && !langParameter.isBlank()) {
            return Messages.forLocale(langParameter).localeTag();
        }
        if (acceptLanguage != null && !acceptLanguage.isBlank()) {
            try {
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                    String tag = range.getRange().toLowerCase(Locale.ROOT);
                    if (range.getWeight() > 0 && (tag.startsWith("zh") || tag.startsWith("en"))) {
                        return Messages.forLocale(tag).localeTag();
                    }
                }
            } catch (IllegalArgumentException malformed) {
                return Labels.DEFAULT;
            }
        }
        return Labels.DEFAULT;
    }

    static List<String> supported() {
        return Messages.SUPPORTED;
    }
}
