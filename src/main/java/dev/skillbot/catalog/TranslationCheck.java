package dev.skillbot.catalog;

import java.util.Set;

/**
 * Which languages the loader reports as missing from a text ({@code validate --missing zh-CN}), and
 * whether a missing one makes the catalog invalid ({@code validate --strict}, for catalogs that
 * promise every language). By default nothing is reported: a plain text is valid and means the
 * default language.
 */
public record TranslationCheck(Set<String> locales, boolean strict) {

    public static final TranslationCheck NONE = new TranslationCheck(Set.of(), false);

    public TranslationCheck {
        locales = Set.copyOf(locales);
    }

    /** List texts that lack {@code locale}, without failing the load. */
    public static TranslationCheck missing(String locale) {
        return new TranslationCheck(Set.of(locale), false);
    }

    /** Every translated language of {@code locales} must be there, or the catalog is invalid. */
    public static TranslationCheck strict(CatalogLocales locales) {
        return new TranslationCheck(locales.translated(), true);
    }
}
