package dev.skillbot.catalog;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One user-facing text of the catalog in the default language, with its translations. A plain
 * YAML string is a {@code Localized} without translations; a block map such as
 * {@code {en: …, zh-CN: …}} carries the others. Most catalog texts are plain, so a text without
 * translations shares one empty map: 10,000 skills of 100 cells stay cheap.
 *
 * @param text           the text in the catalog's default language
 * @param defaultLocale  the language {@code text} is in (the catalog's default, such as {@code en})
 * @param translations   the other languages' texts, by locale tag; never the default language
 */
public record Localized(String text, String defaultLocale, Map<String, String> translations) {

    /** A text as shown in one language, and whether it is the default language's text standing in for a missing translation. */
    public record Shown(String text, boolean fellBack) {}

    public Localized {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(defaultLocale, "defaultLocale");
        translations = translations.isEmpty() ? Map.of() : Map.copyOf(translations);
        if (translations.containsKey(defaultLocale)) {
            throw new IllegalArgumentException("the default language's text is the text itself, not a translation");
        }
    }

    /** A text in the default language only ({@link CatalogLocales#DEFAULT_LOCALE}). */
    public static Localized plain(String text) {
        return new Localized(text, CatalogLocales.DEFAULT_LOCALE, Map.of());
    }

    /** The text in {@code locale}, or the default language's text, marked as a fallback, when it has none. */
    public Shown in(String locale) {
        if (locale == null || locale.equals(defaultLocale)) {
            return new Shown(text, false);
        }
        String translated = translations.get(locale);
        return translated != null ? new Shown(translated, false) : new Shown(text, true);
    }

    /** Whether the text exists in {@code locale}: the default language always does. */
    public boolean has(String locale) {
        return locale.equals(defaultLocale) || translations.containsKey(locale);
    }

    /** Every variant, the default language first. */
    public Map<String, String> variants() {
        Map<String, String> all = new LinkedHashMap<>();
        all.put(defaultLocale, text);
        all.putAll(translations);
        return all;
    }
}
