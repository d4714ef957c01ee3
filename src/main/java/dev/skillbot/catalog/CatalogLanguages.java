package dev.skillbot.catalog;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The languages the served catalog may be written in. A record of its own beside
 * {@link CatalogProperties}, so that adding it changed no existing constructor.
 *
 * @param defaultLocale {@code SKILLBOT_CATALOG_DEFAULT_LOCALE}: the language a plain text means, and the one shown when a
 *                      translation is missing
 * @param locales       {@code SKILLBOT_CATALOG_LOCALES}: every language a text may carry; the validator refuses any other key
 */
@ConfigurationProperties("skillbot.catalog")
public record CatalogLanguages(
        @DefaultValue(CatalogLocales.DEFAULT_LOCALE) String defaultLocale,
        @DefaultValue({"en", "zh-CN"}) List<String> locales) {

    public CatalogLanguages {
        toLocales(defaultLocale, locales);
    }

    public CatalogLocales toLocales() {
        return toLocales(defaultLocale, locales);
    }

    private static CatalogLocales toLocales(String defaultLocale, List<String> locales) {
        return new CatalogLocales(defaultLocale, locales);
    }
}
